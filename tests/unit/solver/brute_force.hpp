#pragma once
// Exhaustive references for pools of at most kMaxBrute members: every allowed crew, and the best
// score of any partition for each number of members left out. Built on crew_allowed() and
// member_value() alone, so they check the pricing and the LP bound, not their shortcuts.
#include <limits>
#include <vector>

#include "solver/model.hpp"

namespace msol::solver::testing {

inline constexpr int kMaxBrute = 9;

struct Crew {
  unsigned mask;  // bit i: person i
  int value;      // sum of member_value over the crew
};

inline std::vector<int> members_of(unsigned mask) {
  std::vector<int> out;
  for (int i = 0; mask >> i; ++i)
    if (mask >> i & 1U) out.push_back(i);
  return out;
}

inline std::vector<Crew> every_crew(const Model& m) {
  std::vector<Crew> out;
  for (unsigned mask = 1; mask < 1U << m.n; ++mask) {
    auto crew = members_of(mask);
    if (!crew_allowed(m, crew)) continue;
    int value = 0;
    for (int x : crew) value += member_value(m, x, crew);
    out.push_back({mask, value});
  }
  return out;
}

inline constexpr int kNoPartition = std::numeric_limits<int>::min();

// best[u]: the highest score of a partition leaving exactly u members out (kNoPartition: none).
inline std::vector<int> best_by_unplaced(const Model& m) {
  auto crews = every_crew(m);
  unsigned full = (1U << m.n) - 1;
  // table[mask][u]: best score of partitioning `mask` (a union of units) with u left out.
  std::vector<std::vector<int>> table(
      full + 1, std::vector<int>(static_cast<std::size_t>(m.n + 1), kNoPartition));
  table[0][0] = 0;
  auto relax = [&](unsigned mask, unsigned rest, int gain, int out) {
    for (int u = 0; u + out <= m.n; ++u)
      if (table[rest][static_cast<std::size_t>(u)] != kNoPartition) {
        int& t = table[mask][static_cast<std::size_t>(u + out)];
        t = std::max(t, table[rest][static_cast<std::size_t>(u)] + gain);
      }
  };
  for (unsigned mask = 1; mask <= full; ++mask) {
    int low = __builtin_ctz(mask);
    unsigned unit = 0;
    for (int x : m.units[static_cast<std::size_t>(m.unit_of[static_cast<std::size_t>(low)])])
      unit |= 1U << x;
    if ((unit & mask) != unit) continue;  // not a union of units: never reached
    relax(mask, mask & ~unit, 0, __builtin_popcount(unit));
    for (const auto& c : crews)
      if ((c.mask >> low & 1U) && (c.mask & mask) == c.mask)
        relax(mask, mask & ~c.mask, c.value, 0);
  }
  return table[full];
}

}  // namespace msol::solver::testing
