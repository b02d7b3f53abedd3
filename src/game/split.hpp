#pragma once
// `msol split --suggest` as a pure optimisation (SPEC section 7): split the congregation in two
// halves of similar size, never splitting a crew, keeping as much tie weight inside the halves as
// possible.
//
// Crews are contracted into blocks (a member in two crews glues them into one block; an uncrewed
// member is a block of one) and the blocks are bisected with Fiduccia–Mattheyses passes and
// Kernighan–Lin style exchanges of two blocks, from several seeded random balanced starts.
// random_balanced_split and exact_split are the baselines the tests and the benchmark compare it
// with.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace msol::game {

// A reason two members belong together: a mutual or one-way want, shared crew history, game
// events. The caller picks the weights; ties between the same two members add up.
struct Tie {
  std::string a;
  std::string b;
  std::int64_t weight = 1;  // > 0
};

struct SplitInput {
  std::vector<std::string> members;
  std::vector<std::vector<std::string>> crews;  // each stays whole in one half
  std::vector<Tie> ties;
};

struct SplitResult {
  // Each half sorted by name; halves[0] holds the member whose name sorts first.
  std::array<std::vector<std::string>, 2> halves;
  int kept_ties = 0;  // member pairs with a tie, both in one half
  int cut_ties = 0;
  std::int64_t kept_weight = 0;
  std::int64_t cut_weight = 0;
  // Each half within 10% of half the congregation (or as close as an odd size allows). When
  // crews make that impossible the halves are as even as the crews allow and `note` says so.
  bool balanced = true;
  std::string note;
};

struct SplitOptions {
  int restarts = 16;       // independent starts; the best result wins
  std::uint64_t seed = 1;  // same input and seed, same split on any machine
};

// Throws UsageError for malformed input (unknown or repeated member, self tie, weight <= 0) and
// Failure when no split exists (fewer than two members, or crews gluing everyone together).
SplitResult suggest_split(const SplitInput& input, const SplitOptions& options = {});

// A uniformly drawn crew-respecting split within the same size bounds: the baseline to beat.
SplitResult random_balanced_split(const SplitInput& input, std::uint64_t seed);

// The optimum by enumerating every assignment of blocks; Failure above kExactMaxBlocks blocks.
inline constexpr int kExactMaxBlocks = 24;
SplitResult exact_split(const SplitInput& input);

}  // namespace msol::game
