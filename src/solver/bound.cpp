#include "solver/bound.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

#include "solver/weights.hpp"

namespace msol::solver {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

struct Candidate {
  int gain;
  bool wanted;
};

// People who could share a crew with i's whole pinned unit, best gain for i first.
std::vector<Candidate> candidates(const Model& m, int i, const std::vector<int>& unit) {
  std::vector<std::uint64_t> common(idx(m.slot_words), ~std::uint64_t{0});
  for (int x : unit)
    for (int w = 0; w < m.slot_words; ++w) common[idx(w)] &= m.slots(x)[w];
  std::vector<Candidate> out;
  for (int j = 0; j < m.n; ++j) {
    if (m.unit_of[idx(j)] == m.unit_of[idx(i)]) continue;
    bool ok = !m.slots_required;
    for (int w = 0; w < m.slot_words; ++w) ok = ok || (common[idx(w)] & m.slots(j)[w]) != 0;
    for (int x : unit) ok = ok && !m.apart(x, j);
    if (ok) out.push_back({m.link(i, j).gain, m.wants_person(i, j)});
  }
  // Only the best max_size candidates matter; the iso term needs just the best wanted one.
  auto top = out.begin() + static_cast<std::ptrdiff_t>(std::min(out.size(), idx(m.max_size)));
  std::partial_sort(out.begin(), top, out.end(), [](const Candidate& a, const Candidate& b) {
    return a.gain > b.gain || (a.gain == b.gain && a.wanted > b.wanted);
  });
  return out;
}

// The best term for i with `need` crewmates beyond the unit, chosen from the sorted candidates.
int best_with(const Model& m, int i, const std::vector<Candidate>& c, std::size_t need,
              bool unit_met) {
  int sum = 0;
  bool met = unit_met;
  for (std::size_t k = 0; k < need; ++k) {
    sum += c[k].gain;
    met = met || c[k].wanted;
  }
  if (met || m.wants[idx(i)].empty()) return sum;
  int isolated = sum - weights::kIsolated;
  // No want among the best `need`: trade the last of them for the best wanted candidate.
  int best_wanted = std::numeric_limits<int>::min();
  for (std::size_t k = need; k < c.size(); ++k)
    if (c[k].wanted) best_wanted = std::max(best_wanted, c[k].gain);
  if (need == 0 || best_wanted == std::numeric_limits<int>::min()) return isolated;
  return std::max(isolated, sum - c[need - 1].gain + best_wanted);
}

int member_bound(const Model& m, int i) {
  const auto& unit = m.units[idx(m.unit_of[idx(i)])];
  int inner = 0;
  bool unit_met = false;
  for (int x : unit)
    if (x != i) {
      inner += m.link(i, x).gain;
      unit_met = unit_met || m.wants_person(i, x);
    }
  auto c = candidates(m, i, unit);
  int best = 0;  // unplaced
  int first = std::max(m.min_size, static_cast<int>(unit.size()));
  for (int size = first; size <= m.max_size; ++size) {
    std::size_t need = idx(size) - unit.size();
    if (need > c.size()) break;
    best = std::max(best, inner + best_with(m, i, c, need, unit_met) - m.size_cost(i, size));
  }
  return best;
}

}  // namespace

double upper_bound(const Model& m) {
  double total = 0;
  for (int i = 0; i < m.n; ++i) total += member_bound(m, i);
  return total;
}

}  // namespace msol::solver
