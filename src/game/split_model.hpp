#pragma once
// Internal to the split: the congregation contracted to a graph of blocks, shared by the
// heuristic and its baselines so that all three solve exactly the same problem.
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "game/split.hpp"

namespace msol::game::detail {

// Deterministic on every platform, unlike std::uniform_int_distribution (splitmix64).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

struct MemberTie {
  int a = 0;
  int b = 0;
  std::int64_t weight = 0;
};

struct BlockGraph {
  std::vector<std::string> members;
  std::vector<int> block_of;                                        // member index -> block
  std::vector<int> size;                                            // members per block
  std::vector<std::vector<std::pair<int, std::int64_t>>> adjacent;  // block -> (block, weight)
  std::vector<MemberTie> ties;                                      // merged: one per member pair
  int lo = 0;  // allowed members on side 0 (and so on side 1): lo..hi, lo + hi == n
  int hi = 0;
  bool balanced = true;
  std::string note;

  int blocks() const { return static_cast<int>(size.size()); }
};

BlockGraph build_block_graph(const SplitInput& input);

// A random assignment of blocks to sides 0/1 with side 0 holding lo..hi members.
std::vector<int> random_balanced_sides(const BlockGraph& g, Rng& rng);

// Tie weight kept inside halves, block edges only (ties inside a block are always kept).
std::int64_t kept_between_blocks(const BlockGraph& g, const std::vector<int>& side);

SplitResult make_result(const BlockGraph& g, const std::vector<int>& side);

}  // namespace msol::game::detail
