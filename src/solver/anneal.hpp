#pragma once
// Simulated annealing over move, swap and ejection-chain neighbourhoods, with restarts from the
// best partition found so far. One call is one thread's whole search.
#include <chrono>
#include <cstdint>
#include <vector>

#include "solver/model.hpp"
#include "solver/shared_bound.hpp"

namespace msol::solver {

// How long one search runs: a number of evaluated moves, and never past the deadline. When
// deterministic the schedule follows the moves alone (so a seed gives the same crews anywhere)
// and the deadline only cuts it short; otherwise it follows whichever runs out first.
struct Budget {
  bool deterministic = false;
  std::uint64_t moves = 0;
  std::chrono::steady_clock::time_point deadline;
  // A round past its hottest part ends once this many moves brought no new best.
  std::uint64_t stall_moves = 0;
  // When set, the search also ends once its best partition meets this proven bound (optimal),
  // and tells it each better partition it finds.
  SharedBound* shared = nullptr;
};

struct SearchOutcome {
  std::vector<int> assignment;  // crew slot of each unit; the bin is the last slot
  std::int64_t energy = 0;
  std::uint64_t moves = 0;
  bool cut_short = false;  // the deadline ended it before its moves (deterministic only)
};

class Watch;

// `shuffled` starts from a randomised greedy partition instead of the most-constrained-first one.
// A `watch` (may be null) is shown the best partition so far from time to time.
SearchOutcome anneal(const Model& model, const Budget& budget, std::uint64_t seed, bool shuffled,
                     Watch* watch = nullptr);

}  // namespace msol::solver
