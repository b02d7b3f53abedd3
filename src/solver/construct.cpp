#include "solver/construct.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace msol::solver {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

int target_crews(const Model& m) {
  double preferred = 0;
  for (int i = 0; i < m.n; ++i)
    preferred += std::clamp((m.pref_min[idx(i)] + m.pref_max[idx(i)]) / 2.0,
                            static_cast<double>(m.min_size), static_cast<double>(m.max_size));
  preferred /= m.n;
  int most = m.n / m.min_size;
  int fewest = (m.n + m.max_size - 1) / m.max_size;
  return std::clamp(static_cast<int>(std::lround(m.n / preferred)), std::min(fewest, most), most);
}

// Units with few possible crewmates first: they have the fewest places to go.
std::vector<int> unit_order(const Model& m, Rng* rng) {
  std::vector<int> order(m.units.size());
  std::iota(order.begin(), order.end(), 0);
  if (rng) {
    for (std::size_t k = order.size(); k > 1; --k)
      std::swap(order[k - 1], order[idx(rng->below(static_cast<int>(k)))]);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m.units[idx(a)].size() > m.units[idx(b)].size(); });
    return order;
  }
  std::vector<int> options(m.units.size(), 0);
  for (int i = 0; i < m.n; ++i)
    for (int j = 0; j < m.n; ++j)
      if (i != j && !m.apart(i, j) && (!m.slots_required || m.share_slot(i, j)))
        ++options[idx(m.unit_of[idx(i)])];
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    if (m.units[idx(a)].size() != m.units[idx(b)].size())
      return m.units[idx(a)].size() > m.units[idx(b)].size();
    return options[idx(a)] < options[idx(b)];
  });
  return order;
}

// The non-empty crew the unit improves most, or -1.
int best_crew(const State& s, int u) {
  int best = -1;
  std::int64_t best_delta = std::numeric_limits<std::int64_t>::min();
  for (int c = 0; c < s.crew_slots(); ++c) {
    if (s.size(c) == 0 || c == s.crew_of(u) || !s.can_join(u, c)) continue;
    std::int64_t d = s.move_delta(u, c);
    if (d > best_delta) {
      best_delta = d;
      best = c;
    }
  }
  return best;
}

std::vector<int> bin_units(const State& s, const Model& m) {
  std::vector<int> units;
  for (int x : s.members(s.bin())) units.push_back(m.unit_of[idx(x)]);
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  return units;
}

void place_bin(State& s, const Model& m) {
  for (int u : bin_units(s, m)) {
    int c = best_crew(s, u);
    if (c >= 0) s.move(u, c);
  }
}

// Grows a new crew around `seed` from the bin; gives up (back to the bin) below --min.
bool grow_crew(State& s, const Model& m, int seed) {
  int crew = s.empty_crew(0);
  if (crew < 0) return false;
  s.move(seed, crew);
  while (s.size(crew) < m.min_size) {
    int best = -1;
    std::int64_t best_delta = std::numeric_limits<std::int64_t>::min();
    for (int u : bin_units(s, m)) {
      if (!s.can_join(u, crew)) continue;
      std::int64_t d = s.move_delta(u, crew);
      if (d > best_delta) {
        best_delta = d;
        best = u;
      }
    }
    if (best < 0) break;
    s.move(best, crew);
  }
  if (s.size(crew) >= m.min_size) return true;
  for (int x : std::vector<int>(s.members(crew)))
    if (s.crew_of(m.unit_of[idx(x)]) == crew) s.move(m.unit_of[idx(x)], s.bin());
  return false;
}

void form_from_bin(State& s, const Model& m) {
  for (int u : bin_units(s, m))
    if (s.crew_of(u) == s.bin()) grow_crew(s, m, u);
}

}  // namespace

int crew_slots(const Model& m) { return m.n / m.min_size + 1; }

void construct(State& s, const Model& m, Rng* rng) {
  int open = target_crews(m);
  for (int u : unit_order(m, rng)) {
    int c = open > 0 ? s.empty_crew(0) : best_crew(s, u);
    if (c < 0) c = s.empty_crew(0);
    if (c < 0) continue;
    s.move(u, c);
    --open;
  }
  repair(s, m);
}

void repair(State& s, const Model& m) {
  for (int c = 0; c < s.crew_slots(); ++c)
    if (s.size(c) > 0 && s.size(c) < m.min_size)
      for (int x : std::vector<int>(s.members(c)))
        if (s.crew_of(m.unit_of[idx(x)]) == c) s.move(m.unit_of[idx(x)], s.bin());
  place_bin(s, m);
  form_from_bin(s, m);
  place_bin(s, m);
}

}  // namespace msol::solver
