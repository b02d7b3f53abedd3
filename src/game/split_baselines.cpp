// The two yardsticks for suggest_split: a random balanced split and the exact optimum.
#include <fmt/format.h>

#include <bit>

#include "domain/errors.hpp"
#include "game/split.hpp"
#include "game/split_model.hpp"

namespace msol::game {

SplitResult random_balanced_split(const SplitInput& input, std::uint64_t seed) {
  const auto g = detail::build_block_graph(input);
  detail::Rng rng(seed);
  return detail::make_result(g, detail::random_balanced_sides(g, rng));
}

// Walks all assignments in Gray-code order so each step flips one block and updates the kept
// weight in O(degree); block 0 stays on side 0 because the two sides are interchangeable.
SplitResult exact_split(const SplitInput& input) {
  const auto g = detail::build_block_graph(input);
  if (g.blocks() > kExactMaxBlocks)
    throw Failure(
        fmt::format("the exact split handles at most {} crews and uncrewed members; "
                    "this congregation has {}",
                    kExactMaxBlocks, g.blocks()));
  std::vector<int> side(g.blocks(), 0);
  int size0 = static_cast<int>(g.members.size());
  std::int64_t kept = detail::kept_between_blocks(g, side);
  std::vector<int> best;
  std::int64_t best_kept = -1;
  const std::uint64_t steps = std::uint64_t{1} << (g.blocks() - 1);
  for (std::uint64_t i = 1;; ++i) {
    if (size0 >= g.lo && size0 <= g.hi && kept > best_kept) {
      best_kept = kept;
      best = side;
    }
    if (i == steps) break;
    const int b = 1 + std::countr_zero(i);
    for (const auto& [c, w] : g.adjacent[b]) kept += side[c] == side[b] ? -w : w;
    size0 += side[b] == 0 ? -g.size[b] : g.size[b];
    side[b] = 1 - side[b];
  }
  return detail::make_result(g, best);
}

}  // namespace msol::game
