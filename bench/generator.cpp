#include "generator.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "solver/rng.hpp"

namespace msol::bench {
namespace {

using solver::Rng;

constexpr std::array kSlots = {"mon-eve", "wed-eve", "thu-eve", "sat-am", "sun-pm"};
constexpr int kInterests = 12;

// People come in friend circles of 3 to 8, which is where most wants point.
std::vector<int> circles(int n, Rng& rng) {
  std::vector<int> circle_of(static_cast<std::size_t>(n));
  int circle = 0;
  for (int i = 0; i < n; ++circle) {
    int size = 3 + rng.below(6);
    for (int k = 0; k < size && i < n; ++k, ++i) circle_of[static_cast<std::size_t>(i)] = circle;
  }
  return circle_of;
}

int someone_in(const std::vector<int>& circle_of, int circle, int self, Rng& rng) {
  std::vector<int> mates;
  for (int j = 0; j < static_cast<int>(circle_of.size()); ++j)
    if (circle_of[static_cast<std::size_t>(j)] == circle && j != self) mates.push_back(j);
  return mates.empty() ? -1
                       : mates[static_cast<std::size_t>(rng.below(static_cast<int>(mates.size())))];
}

void add_wants(solver::Instance& in, const std::vector<int>& circle_of, Rng& rng) {
  int n = static_cast<int>(in.people.size());
  for (int i = 0; i < n; ++i) {
    auto& wants = in.people[static_cast<std::size_t>(i)].wants;
    for (int k = rng.below(4); k > 0; --k) {
      int t = rng.below(10) < 7
                  ? someone_in(circle_of, circle_of[static_cast<std::size_t>(i)], i, rng)
                  : rng.below(n);
      if (t >= 0 && t != i && std::find(wants.begin(), wants.end(), t) == wants.end())
        wants.push_back(t);
    }
  }
  for (int i = 0; i < n; ++i)  // about 40% of wants are returned
    for (int t : std::vector<int>(in.people[static_cast<std::size_t>(i)].wants)) {
      auto& back = in.people[static_cast<std::size_t>(t)].wants;
      if (rng.below(10) < 4 && std::find(back.begin(), back.end(), i) == back.end())
        back.push_back(i);
    }
}

void add_traits(solver::Instance& in, const std::vector<int>& circle_of, Rng& rng) {
  static const std::array<std::pair<int, int>, 5> kPrefs = {
      {{3, 4}, {4, 5}, {3, 5}, {5, 6}, {4, 6}}};
  for (std::size_t i = 0; i < in.people.size(); ++i) {
    auto& p = in.people[i];
    p.interests.push_back("topic" + std::to_string(circle_of[i] % kInterests));
    for (int k = rng.below(3); k > 0; --k)
      p.interests.push_back("topic" + std::to_string(rng.below(kInterests)));
    for (auto slot : kSlots)
      if (rng.below(10) < 6) p.slots.push_back(slot);
    if (p.slots.empty()) p.slots.push_back(kSlots[static_cast<std::size_t>(rng.below(5))]);
    auto [lo, hi] = kPrefs[static_cast<std::size_t>(rng.below(5))];
    p.pref_min = std::clamp(lo, in.min_size, in.max_size);
    p.pref_max = std::clamp(hi, p.pref_min, in.max_size);
  }
}

void add_avoids_and_history(solver::Instance& in, const std::vector<int>& circle_of, Rng& rng) {
  int n = static_cast<int>(in.people.size());
  for (int k = std::max(1, n / 20); k > 0; --k) {
    int a = rng.below(n);
    int b = rng.below(n);
    if (a != b) in.people[static_cast<std::size_t>(a)].avoids.push_back(b);
  }
  for (int k = n / 4; k > 0; --k) {
    int a = rng.below(n);
    int b = someone_in(circle_of, circle_of[static_cast<std::size_t>(a)], a, rng);
    if (b >= 0) in.history.push_back({a, b, 1 + rng.below(2)});
  }
}

}  // namespace

solver::Instance generate(int n, int min_size, int max_size, std::uint64_t seed) {
  Rng rng(seed);
  solver::Instance in;
  in.min_size = min_size;
  in.max_size = max_size;
  for (int i = 0; i < n; ++i) {
    solver::Person p;
    p.name = "p" + std::to_string(i);
    in.people.push_back(p);
  }
  auto circle_of = circles(n, rng);
  add_wants(in, circle_of, rng);
  add_traits(in, circle_of, rng);
  add_avoids_and_history(in, circle_of, rng);
  return in;
}

}  // namespace msol::bench
