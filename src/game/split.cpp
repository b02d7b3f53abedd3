#include "game/split.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "game/split_model.hpp"

namespace msol::game {
namespace {

using detail::BlockGraph;

// Gain of moving block b to the other side: its cut ties become kept, its kept ties cut.
std::vector<std::int64_t> gains(const BlockGraph& g, const std::vector<int>& side) {
  std::vector<std::int64_t> gain(g.blocks(), 0);
  for (int b = 0; b < g.blocks(); ++b)
    for (const auto& [c, w] : g.adjacent[b]) gain[b] += side[b] != side[c] ? w : -w;
  return gain;
}

int side0_size(const BlockGraph& g, const std::vector<int>& side) {
  int n = 0;
  for (int b = 0; b < g.blocks(); ++b)
    if (side[b] == 0) n += g.size[b];
  return n;
}

struct Mover {
  const BlockGraph& g;
  std::vector<int>& side;
  std::vector<std::int64_t> gain;
  int size0;

  void move(int b) {
    for (const auto& [c, w] : g.adjacent[b]) gain[c] += side[c] == side[b] ? 2 * w : -2 * w;
    size0 += side[b] == 0 ? -g.size[b] : g.size[b];
    side[b] = 1 - side[b];
    gain[b] = -gain[b];
  }
};

// The unlocked block with the highest gain whose move keeps side 0 within [lo, hi] widened by
// `slack`; -1 if none. The slack lets a move out be followed by a move back when the bounds are
// tight, as in an exchange of Kernighan–Lin.
int best_move(const Mover& m, const std::vector<bool>& locked, int slack) {
  int best = -1;
  for (int b = 0; b < m.g.blocks(); ++b) {
    if (locked[b]) continue;
    const int after = m.size0 + (m.side[b] == 0 ? -m.g.size[b] : m.g.size[b]);
    if (after < m.g.lo - slack || after > m.g.hi + slack) continue;
    if (best < 0 || m.gain[b] > m.gain[best]) best = b;
  }
  return best;
}

// One Fiduccia–Mattheyses pass: move every block once, greedily, then keep the best balanced
// prefix of the moves. Returns the improvement kept.
std::int64_t fm_pass(const BlockGraph& g, std::vector<int>& side) {
  Mover m{g, side, gains(g, side), side0_size(g, side)};
  const int slack = *std::max_element(g.size.begin(), g.size.end());
  std::vector<bool> locked(g.blocks(), false);
  std::vector<int> moves;
  std::int64_t total = 0, best_total = 0;
  size_t best_prefix = 0;
  for (int b = best_move(m, locked, slack); b >= 0; b = best_move(m, locked, slack)) {
    total += m.gain[b];
    m.move(b);
    locked[b] = true;
    moves.push_back(b);
    if (m.size0 >= g.lo && m.size0 <= g.hi && total > best_total) {
      best_total = total;
      best_prefix = moves.size();
    }
  }
  while (moves.size() > best_prefix) {
    m.move(moves.back());
    moves.pop_back();
  }
  return best_total;
}

// The best balanced exchange of two blocks on opposite sides, applied if it gains anything:
// FM moves one block at a time and can miss swaps of blocks of different sizes.
std::int64_t swap_pass(const BlockGraph& g, std::vector<int>& side) {
  const auto gain = gains(g, side);
  const int size0 = side0_size(g, side);
  std::vector<std::int64_t> tie_to(g.blocks(), 0);
  std::int64_t best = 0;
  int best_b = -1, best_c = -1;
  for (int b = 0; b < g.blocks(); ++b) {
    if (side[b] != 0) continue;
    for (const auto& [c, w] : g.adjacent[b]) tie_to[c] = w;
    for (int c = 0; c < g.blocks(); ++c) {
      const int after = size0 - g.size[b] + g.size[c];
      if (side[c] != 1 || after < g.lo || after > g.hi) continue;
      // The tie between b and c stays cut, so both gains over-count it.
      const std::int64_t swap_gain = gain[b] + gain[c] - 2 * tie_to[c];
      if (swap_gain > best) std::tie(best, best_b, best_c) = std::tuple{swap_gain, b, c};
    }
    for (const auto& [c, w] : g.adjacent[b]) tie_to[c] = 0;
  }
  if (best_b >= 0) {
    side[best_b] = 1;
    side[best_c] = 0;
  }
  return best;
}

std::vector<int> refine(const BlockGraph& g, std::vector<int> side) {
  // Every pass that does not end a loop raises the kept weight, so the loops end.
  for (;;) {
    while (fm_pass(g, side) > 0) continue;
    if (swap_pass(g, side) == 0) return side;
  }
}

}  // namespace

SplitResult suggest_split(const SplitInput& input, const SplitOptions& options) {
  const BlockGraph g = detail::build_block_graph(input);
  std::vector<int> best;
  std::int64_t best_kept = std::numeric_limits<std::int64_t>::min();
  for (int r = 0; r < std::max(1, options.restarts); ++r) {
    // Each restart has its own stream, so adding restarts never changes the earlier ones.
    detail::Rng rng(options.seed * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(r));
    auto side = refine(g, detail::random_balanced_sides(g, rng));
    const auto kept = detail::kept_between_blocks(g, side);
    if (kept > best_kept) {
      best_kept = kept;
      best = std::move(side);
    }
  }
  return detail::make_result(g, best);
}

}  // namespace msol::game
