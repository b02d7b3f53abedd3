#pragma once
// The promises every Result keeps, checked with doctest.
#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

#include "solver/formation.hpp"

namespace msol::solver::testing {

inline bool apart(const Instance& in, int a, int b) {
  auto avoids = [&](int x, int y) {
    auto& list = in.people[static_cast<std::size_t>(x)].avoids;
    return std::find(list.begin(), list.end(), y) != list.end();
  };
  return a != b && (avoids(a, b) || avoids(b, a));
}

// The members who gave slots share one; a member without slots fits any (SPEC section 4).
inline bool share_a_slot(const Instance& in, const std::vector<int>& crew) {
  std::vector<int> gave;
  for (int x : crew)
    if (!in.people[static_cast<std::size_t>(x)].slots.empty()) gave.push_back(x);
  if (gave.empty()) return true;
  for (auto& slot : in.people[static_cast<std::size_t>(gave[0])].slots) {
    bool all = true;
    for (int x : gave) {
      auto& s = in.people[static_cast<std::size_t>(x)].slots;
      all = all && std::find(s.begin(), s.end(), slot) != s.end();
    }
    if (all) return true;
  }
  return false;
}

inline void check_crew(const Instance& in, const std::vector<int>& crew) {
  CHECK(static_cast<int>(crew.size()) >= in.min_size);
  CHECK(static_cast<int>(crew.size()) <= in.max_size);
  CHECK(std::is_sorted(crew.begin(), crew.end()));
  for (int a : crew)
    for (int b : crew) CHECK_FALSE(apart(in, a, b));
  CHECK(share_a_slot(in, crew));
}

// Where each person ended up: a crew index, -1 if unplaced; everyone exactly once.
inline std::vector<int> placement(const Instance& in, const Result& r) {
  std::vector<int> where(in.people.size(), -2);
  for (std::size_t c = 0; c < r.crews.size(); ++c)
    for (int x : r.crews[c].members) {
      CHECK(where[static_cast<std::size_t>(x)] == -2);
      where[static_cast<std::size_t>(x)] = static_cast<int>(c);
    }
  for (auto& u : r.unplaced) {
    CHECK(where[static_cast<std::size_t>(u.person)] == -2);
    CHECK_FALSE(u.reason.empty());
    where[static_cast<std::size_t>(u.person)] = -1;
  }
  for (int w : where) CHECK(w != -2);
  return where;
}

inline void check_result(const Instance& in, const Result& r) {
  for (auto& crew : r.crews) check_crew(in, crew.members);
  for (std::size_t c = 1; c < r.crews.size(); ++c)
    CHECK(r.crews[c - 1].members.front() < r.crews[c].members.front());
  auto where = placement(in, r);
  for (auto& group : in.together)
    for (int x : group)
      CHECK(where[static_cast<std::size_t>(x)] == where[static_cast<std::size_t>(group[0])]);
  CHECK(r.members.size() == in.people.size());
  CHECK(r.bound >= r.score - 1e-9);
  double worst = 1e300;
  for (auto& m : r.members)
    if (where[static_cast<std::size_t>(m.person)] >= 0) worst = std::min(worst, m.score);
  CHECK(r.worst_off == doctest::Approx(worst));
}

}  // namespace msol::solver::testing
