#include "solver/model.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include "solver/check.hpp"
#include "solver/weights.hpp"

namespace msol::solver {
namespace {

Link& at(Model& m, int i, int j) {
  return m.links[static_cast<std::size_t>(i) * static_cast<std::size_t>(m.n) +
                 static_cast<std::size_t>(j)];
}

void add_wants(Model& m, const Instance& in) {
  m.wants.assign(static_cast<std::size_t>(m.n), {});
  for (int i = 0; i < m.n; ++i) {
    for (int t : in.people[static_cast<std::size_t>(i)].wants) {
      if (t == i || m.wants_person(i, t)) continue;  // self and repeated wants count nothing
      at(m, i, t).flags |= kWants;
      at(m, i, t).gain += static_cast<std::int16_t>(
          weights::want_value(static_cast<int>(m.wants[static_cast<std::size_t>(i)].size())));
      m.wants[static_cast<std::size_t>(i)].push_back(t);
    }
  }
  for (int i = 0; i < m.n; ++i)
    for (int t : m.wants[static_cast<std::size_t>(i)])
      if (m.wants_person(t, i)) at(m, i, t).gain += weights::kMutual;
}

void add_avoids(Model& m, const Instance& in) {
  for (int i = 0; i < m.n; ++i)
    for (int t : in.people[static_cast<std::size_t>(i)].avoids) {
      if (t == i) continue;
      at(m, i, t).flags |= kApart;
      at(m, t, i).flags |= kApart;
    }
}

// Inverted lists keep this near-linear when interests are rare, as they usually are.
void add_interests(Model& m, const Instance& in) {
  std::map<std::string, std::vector<int>> holders;
  for (int i = 0; i < m.n; ++i) {
    auto interests = in.people[static_cast<std::size_t>(i)].interests;
    std::sort(interests.begin(), interests.end());
    interests.erase(std::unique(interests.begin(), interests.end()), interests.end());
    for (auto& name : interests) holders[name].push_back(i);
  }
  std::vector<std::uint8_t> shared(static_cast<std::size_t>(m.n) * static_cast<std::size_t>(m.n));
  for (auto& [name, people] : holders)
    for (int a : people)
      for (int b : people) {
        auto& count = shared[static_cast<std::size_t>(a) * static_cast<std::size_t>(m.n) +
                             static_cast<std::size_t>(b)];
        if (a != b && count < weights::kInterestCap) {
          ++count;
          at(m, a, b).gain += weights::kInterest;
        }
      }
}

// Each shared crew costs kRepeat, scaled by how recent it was (PastPair::weight), up to
// kRepeatCap crews. Pinned pairs (pins and partners) are meant to be together: no penalty.
void add_history(Model& m, const Instance& in) {
  std::map<std::pair<int, int>, double> weight;
  for (auto& p : in.history)
    if (p.a != p.b && p.times > 0 &&
        m.unit_of[static_cast<std::size_t>(p.a)] != m.unit_of[static_cast<std::size_t>(p.b)])
      weight[{std::min(p.a, p.b), std::max(p.a, p.b)}] += p.weight > 0 ? p.weight : p.times;
  for (auto& [pair, w] : weight) {
    auto penalty = static_cast<std::int16_t>(
        std::lround(weights::kRepeat * std::min(w, static_cast<double>(weights::kRepeatCap))));
    at(m, pair.first, pair.second).gain -= penalty;
    at(m, pair.second, pair.first).gain -= penalty;
  }
}

// A person who gave no slots fits any slot, so they hold every slot anyone named: a crew's
// common slot is then the one its members who did give slots share (SPEC section 4).
void add_slots(Model& m, const Instance& in) {
  std::map<std::string, int> ids;
  for (auto& p : in.people)
    for (auto& s : p.slots)
      if (ids.emplace(s, static_cast<int>(m.slot_names.size())).second) m.slot_names.push_back(s);
  m.slots_required = !m.slot_names.empty();
  m.slot_words = static_cast<int>((m.slot_names.size() + 63) / 64);
  m.slot_bits.assign(static_cast<std::size_t>(m.n) * static_cast<std::size_t>(m.slot_words), 0);
  auto set = [&](int i, int id) {
    m.slot_bits[static_cast<std::size_t>(i * m.slot_words + id / 64)] |= std::uint64_t{1}
                                                                         << (id % 64);
  };
  for (int i = 0; i < m.n; ++i) {
    const auto& mine = in.people[static_cast<std::size_t>(i)].slots;
    if (mine.empty())
      for (int id = 0; id < static_cast<int>(m.slot_names.size()); ++id) set(i, id);
    for (auto& s : mine) set(i, ids[s]);
  }
}

int find_root(std::vector<int>& parent, int x) {
  while (parent[static_cast<std::size_t>(x)] != x)
    x = parent[static_cast<std::size_t>(x)] =
        parent[static_cast<std::size_t>(parent[static_cast<std::size_t>(x)])];
  return x;
}

// Overlapping pins merge: --together A,B --together B,C keeps all three in one crew.
void add_units(Model& m, const Instance& in) {
  std::vector<int> parent(static_cast<std::size_t>(m.n));
  std::iota(parent.begin(), parent.end(), 0);
  for (auto& group : in.together)
    for (std::size_t k = 1; k < group.size(); ++k)
      parent[static_cast<std::size_t>(find_root(parent, group[k]))] = find_root(parent, group[0]);
  std::vector<int> unit_of_root(static_cast<std::size_t>(m.n), -1);
  m.unit_of.assign(static_cast<std::size_t>(m.n), -1);
  for (int i = 0; i < m.n; ++i) {
    int& u = unit_of_root[static_cast<std::size_t>(find_root(parent, i))];
    if (u < 0) {
      u = static_cast<int>(m.units.size());
      m.units.emplace_back();
    }
    m.units[static_cast<std::size_t>(u)].push_back(i);
    m.unit_of[static_cast<std::size_t>(i)] = u;
  }
}

}  // namespace

Model build_model(const Instance& in) {
  check_instance(in);
  Model m;
  m.n = static_cast<int>(in.people.size());
  m.min_size = in.min_size;
  m.max_size = in.max_size;
  m.links.assign(static_cast<std::size_t>(m.n) * static_cast<std::size_t>(m.n), Link{});
  for (auto& p : in.people) {
    m.pref_min.push_back(p.pref_min);
    m.pref_max.push_back(p.pref_max);
  }
  add_wants(m, in);
  add_avoids(m, in);
  add_interests(m, in);
  add_slots(m, in);
  add_units(m, in);
  add_history(m, in);
  check_units(m, in);
  return m;
}

bool Model::share_slot(int i, int j) const {
  for (int w = 0; w < slot_words; ++w)
    if (slots(i)[w] & slots(j)[w]) return true;
  return false;
}

bool Model::common_slot(const std::vector<int>& people) const {
  if (!slots_required) return true;
  for (int w = 0; w < slot_words; ++w) {
    std::uint64_t common = ~std::uint64_t{0};
    for (int a : people) common &= slots(a)[w];
    if (common) return true;
  }
  return false;
}

int member_value(const Model& m, int i, const std::vector<int>& crew) {
  int value = 0;
  int met = 0;
  for (int j : crew) {
    if (j == i) continue;
    value += m.link(i, j).gain;
    met += m.wants_person(i, j) ? 1 : 0;
  }
  return value - m.size_cost(i, static_cast<int>(crew.size())) - m.isolation(i, met);
}

bool crew_allowed(const Model& m, const std::vector<int>& crew) {
  int size = static_cast<int>(crew.size());
  if (size < m.min_size || size > m.max_size) return false;
  for (int a : crew)
    for (int b : crew)
      if (m.apart(a, b)) return false;
  for (int a : crew)
    for (int other : m.units[static_cast<std::size_t>(m.unit_of[static_cast<std::size_t>(a)])])
      if (std::find(crew.begin(), crew.end(), other) == crew.end()) return false;
  return m.common_slot(crew);
}

}  // namespace msol::solver
