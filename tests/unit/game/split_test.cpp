#include "game/split.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "domain/errors.hpp"

using namespace msol;
using namespace msol::game;

namespace {

int half_of(const SplitResult& r, const std::string& name) {
  const auto& h = r.halves[0];
  return std::find(h.begin(), h.end(), name) != h.end() ? 0 : 1;
}

bool crews_whole(const SplitInput& in, const SplitResult& r) {
  return std::all_of(in.crews.begin(), in.crews.end(), [&](const auto& crew) {
    return std::all_of(crew.begin(), crew.end(),
                       [&](const auto& m) { return half_of(r, m) == half_of(r, crew.front()); });
  });
}

std::string name(int i) { return "m" + std::to_string(100 + i); }

// A small congregation drawn from `seed`: some crews of 2-4, the rest uncrewed, and random ties
// with weights 1-5. Small enough for the exact solver.
SplitInput random_instance(std::uint64_t seed) {
  std::uint64_t s = seed * 2654435761ULL + 12345;
  auto next = [&](int n) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<int>(s % static_cast<std::uint64_t>(n));
  };
  SplitInput in;
  const int n = 12 + next(10);
  for (int i = 0; i < n; ++i) in.members.push_back(name(i));
  // Crews cover about the first half of the members.
  for (int i = 0; i < n / 2;) {
    const int size = 2 + next(3);
    std::vector<std::string> crew;
    for (int k = 0; k < size; ++k) crew.push_back(name(i++));
    in.crews.push_back(crew);
  }
  for (int t = 0; t < 3 * n; ++t) {
    const int a = next(n), b = next(n);
    if (a != b) in.ties.push_back(Tie{name(a), name(b), 1 + next(5)});
  }
  return in;
}

}  // namespace

TEST_CASE("two friendly groups are split along their seam") {
  // Two triangles joined by one light tie: the split keeps both triangles and cuts that tie.
  SplitInput in{{"ana", "ben", "cai", "dee", "eve", "fay"},
                {},
                {{"ana", "ben", 3},
                 {"ben", "cai", 3},
                 {"ana", "cai", 3},
                 {"dee", "eve", 3},
                 {"eve", "fay", 3},
                 {"dee", "fay", 3},
                 {"cai", "dee", 1}}};
  const auto r = suggest_split(in);
  CHECK(r.halves[0] == std::vector<std::string>{"ana", "ben", "cai"});
  CHECK(r.halves[1] == std::vector<std::string>{"dee", "eve", "fay"});
  CHECK(r.kept_ties == 6);
  CHECK(r.kept_weight == 18);
  CHECK(r.cut_ties == 1);
  CHECK(r.cut_weight == 1);
  CHECK(r.balanced);
}

TEST_CASE("ties between the same two members add up") {
  SplitInput in{
      {"ana", "ben", "cai", "dee"}, {}, {{"ana", "ben", 1}, {"ben", "ana", 2}, {"cai", "dee", 1}}};
  const auto r = suggest_split(in);
  CHECK(r.kept_ties == 2);
  CHECK(r.kept_weight == 4);
}

TEST_CASE("crews are never split, even against their ties") {
  // ana and dee are tied strongly but sit in different crews of two: they must part.
  SplitInput in{
      {"ana", "ben", "cai", "dee"}, {{"ana", "ben"}, {"cai", "dee"}}, {{"ana", "dee", 9}}};
  const auto r = suggest_split(in);
  CHECK(crews_whole(in, r));
  CHECK(r.cut_weight == 9);
  CHECK(r.halves[0] == std::vector<std::string>{"ana", "ben"});
}

TEST_CASE("halves stay within 10% of half when crews allow") {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto in = random_instance(seed);
    const auto r = suggest_split(in);
    const double half = in.members.size() / 2.0;
    CHECK(r.balanced);
    CHECK(crews_whole(in, r));
    for (const auto& h : r.halves) CHECK(std::abs(h.size() - half) <= std::max(0.1 * half, 0.5));
  }
}

TEST_CASE("when crews make balance impossible, the split says so") {
  // A crew of 8 and a crew of 2 in a congregation of 10: halves of 8 and 2 are all there is.
  SplitInput in;
  for (int i = 0; i < 10; ++i) in.members.push_back(name(i));
  in.crews = {std::vector<std::string>(in.members.begin(), in.members.begin() + 8),
              std::vector<std::string>(in.members.begin() + 8, in.members.end())};
  const auto r = suggest_split(in);
  CHECK_FALSE(r.balanced);
  CHECK(r.note.find("8 and 2") == std::string::npos);
  CHECK(r.note.find("2 and 8") != std::string::npos);
  CHECK(r.halves[0].size() + r.halves[1].size() == 10);
  CHECK(std::min(r.halves[0].size(), r.halves[1].size()) == 2);
}

TEST_CASE("no split exists when crews glue everyone together") {
  // ben is in both crews, so the two crews are one group.
  SplitInput in{{"ana", "ben", "cai"}, {{"ana", "ben"}, {"ben", "cai"}}, {}};
  CHECK_THROWS_AS(suggest_split(in), Failure);
  CHECK_THROWS_AS(suggest_split(SplitInput{{"ana"}, {}, {}}), Failure);
}

TEST_CASE("malformed split input is a usage error") {
  CHECK_THROWS_WITH_AS(suggest_split(SplitInput{{"ana", "ben"}, {}, {{"ana", "zed", 1}}}),
                       doctest::Contains("'zed'"), UsageError);
  CHECK_THROWS_AS(suggest_split(SplitInput{{"ana", "ben"}, {}, {{"ana", "ana", 1}}}), UsageError);
  CHECK_THROWS_AS(suggest_split(SplitInput{{"ana", "ben"}, {}, {{"ana", "ben", 0}}}), UsageError);
  CHECK_THROWS_AS(suggest_split(SplitInput{{"ana", "ana"}, {}, {}}), UsageError);
  CHECK_THROWS_AS(suggest_split(SplitInput{{"ana", "ben"}, {{"ana", "cai"}}, {}}), UsageError);
}

TEST_CASE("the same input and seed give the same split") {
  const auto in = random_instance(7);
  const auto a = suggest_split(in, {8, 42});
  const auto b = suggest_split(in, {8, 42});
  CHECK(a.halves == b.halves);
  CHECK(random_balanced_split(in, 3).halves == random_balanced_split(in, 3).halves);
}

TEST_CASE("on small congregations the heuristic finds the optimum and beats chance") {
  int optimal = 0;
  const int instances = 50;
  for (std::uint64_t seed = 1; seed <= instances; ++seed) {
    const auto in = random_instance(seed);
    const auto best = exact_split(in);
    const auto found = suggest_split(in);
    const auto chance = random_balanced_split(in, seed);
    CAPTURE(seed);
    CHECK(crews_whole(in, best));
    CHECK(crews_whole(in, chance));
    CHECK(found.kept_weight <= best.kept_weight);
    CHECK(found.kept_weight >= chance.kept_weight);
    CHECK(found.kept_weight + found.cut_weight == best.kept_weight + best.cut_weight);
    if (found.kept_weight == best.kept_weight) ++optimal;
  }
  MESSAGE("heuristic optimal on " << optimal << " of " << instances << " instances");
  CHECK(optimal >= instances * 9 / 10);
}

TEST_CASE("the exact split refuses instances too large to enumerate") {
  SplitInput in;
  for (int i = 0; i < kExactMaxBlocks + 1; ++i) in.members.push_back(name(i));
  CHECK_THROWS_AS(exact_split(in), Failure);
}
