#include "game/split_model.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>

#include "domain/errors.hpp"
#include "game/names.hpp"

namespace msol::game::detail {
namespace {

int find_root(std::vector<int>& parent, int x) {
  while (parent[x] != x) x = parent[x] = parent[parent[x]];
  return x;
}

int index_of(const std::map<std::string, int>& index, const std::string& name,
             std::string_view where) {
  auto it = index.find(name);
  if (it == index.end())
    throw UsageError(fmt::format("{} names '{}', who is not a member", where, name));
  return it->second;
}

// Crews glue their members together; blocks are numbered by their first member so the
// numbering, and everything built on it, does not depend on the order of the crew list.
void assign_blocks(BlockGraph& g, const SplitInput& input,
                   const std::map<std::string, int>& index) {
  std::vector<int> parent(g.members.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& crew : input.crews) {
    check_names(crew, "a crew to keep whole");
    for (const auto& name : crew)
      parent[find_root(parent, index_of(index, name, "a crew"))] =
          find_root(parent, index_of(index, crew.front(), "a crew"));
  }
  std::map<int, int> block_of_root;
  for (int m = 0; m < static_cast<int>(g.members.size()); ++m) {
    auto [it, added] = block_of_root.emplace(find_root(parent, m), g.blocks());
    if (added) g.size.push_back(0);
    g.block_of.push_back(it->second);
    ++g.size[it->second];
  }
}

void merge_ties(BlockGraph& g, const SplitInput& input, const std::map<std::string, int>& index) {
  std::map<std::pair<int, int>, std::int64_t> merged;
  for (const auto& tie : input.ties) {
    const int a = index_of(index, tie.a, "a tie");
    const int b = index_of(index, tie.b, "a tie");
    if (a == b) throw UsageError(fmt::format("a tie joins '{}' with themselves", tie.a));
    if (tie.weight <= 0)
      throw UsageError(fmt::format("the tie between '{}' and '{}' has weight {}: it must be > 0",
                                   tie.a, tie.b, tie.weight));
    merged[{std::min(a, b), std::max(a, b)}] += tie.weight;
  }
  std::map<std::pair<int, int>, std::int64_t> between_blocks;
  for (const auto& [pair, weight] : merged) {
    g.ties.push_back(MemberTie{pair.first, pair.second, weight});
    const int x = g.block_of[pair.first];
    const int y = g.block_of[pair.second];
    if (x != y) between_blocks[{std::min(x, y), std::max(x, y)}] += weight;
  }
  g.adjacent.resize(g.size.size());
  for (const auto& [pair, weight] : between_blocks) {
    g.adjacent[pair.first].emplace_back(pair.second, weight);
    g.adjacent[pair.second].emplace_back(pair.first, weight);
  }
}

std::vector<bool> reachable_sizes(const BlockGraph& g) {
  const int n = static_cast<int>(g.members.size());
  std::vector<bool> reach(n + 1, false);
  reach[0] = true;
  for (int s : g.size)
    for (int total = n; total >= s; --total) reach[total] = reach[total] || reach[total - s];
  return reach;
}

// Within 10% of half: at least ceil(0.45 n), widened to floor(n/2) for small odd n where no
// integer fits. If blocks cannot land in that range, the most even sizes they allow instead.
void set_bounds(BlockGraph& g) {
  const int n = static_cast<int>(g.members.size());
  g.lo = std::min(n / 2, (45 * n + 99) / 100);
  g.hi = n - g.lo;
  const auto reach = reachable_sizes(g);
  for (int s = g.lo; s <= g.hi; ++s)
    if (reach[s]) return;
  int best = n / 2;
  while (best > 0 && !reach[best]) --best;
  if (best == 0)
    throw Failure("crews link every member into one group: no split keeps every crew whole");
  g.balanced = false;
  g.note = fmt::format(
      "crews make halves within 10% of {} impossible; the most even split crews allow is {} and {}",
      n / 2, best, n - best);
  g.lo = best;
  g.hi = n - best;
}

}  // namespace

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

BlockGraph build_block_graph(const SplitInput& input) {
  check_names(input.members, "the congregation");
  if (input.members.size() < 2) throw Failure("a congregation needs at least 2 members to split");
  BlockGraph g;
  g.members = input.members;
  std::map<std::string, int> index;
  for (int i = 0; i < static_cast<int>(g.members.size()); ++i) index.emplace(g.members[i], i);
  assign_blocks(g, input, index);
  merge_ties(g, input, index);
  set_bounds(g);
  return g;
}

std::vector<int> random_balanced_sides(const BlockGraph& g, Rng& rng) {
  std::vector<int> order(g.blocks());
  std::iota(order.begin(), order.end(), 0);
  for (int i = g.blocks() - 1; i > 0; --i) std::swap(order[i], order[rng.below(i + 1)]);
  // Subset sum in random order; via[s] is the block that first reached total s.
  const int n = static_cast<int>(g.members.size());
  std::vector<int> via(n + 1, -1);
  std::vector<bool> reach(n + 1, false);
  reach[0] = true;
  for (int b : order)
    for (int total = n; total >= g.size[b]; --total)
      if (!reach[total] && reach[total - g.size[b]]) {
        reach[total] = true;
        via[total] = b;
      }
  std::vector<int> targets;
  for (int s = g.lo; s <= g.hi; ++s)
    if (reach[s]) targets.push_back(s);
  std::vector<int> side(g.blocks(), 1);
  for (int total = targets[rng.below(targets.size())]; total > 0; total -= g.size[via[total]])
    side[via[total]] = 0;
  return side;
}

std::int64_t kept_between_blocks(const BlockGraph& g, const std::vector<int>& side) {
  std::int64_t kept = 0;
  for (int b = 0; b < g.blocks(); ++b)
    for (const auto& [c, w] : g.adjacent[b])
      if (b < c && side[b] == side[c]) kept += w;
  return kept;
}

SplitResult make_result(const BlockGraph& g, const std::vector<int>& side) {
  SplitResult r;
  for (int m = 0; m < static_cast<int>(g.members.size()); ++m)
    r.halves[side[g.block_of[m]]].push_back(g.members[m]);
  for (auto& half : r.halves) std::sort(half.begin(), half.end(), name_less);
  if (name_less(r.halves[1].front(), r.halves[0].front())) std::swap(r.halves[0], r.halves[1]);
  for (const auto& tie : g.ties) {
    const bool kept = side[g.block_of[tie.a]] == side[g.block_of[tie.b]];
    (kept ? r.kept_ties : r.cut_ties) += 1;
    (kept ? r.kept_weight : r.cut_weight) += tie.weight;
  }
  r.balanced = g.balanced;
  r.note = g.note;
  return r;
}

}  // namespace msol::game::detail
