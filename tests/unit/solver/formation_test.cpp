// Behaviour of form_crews on small instances whose right answer is obvious.
#include "solver/formation.hpp"

#include <doctest/doctest.h>

#include <string>

#include "domain/errors.hpp"
#include "invariants.hpp"

namespace msol::solver {
namespace {

Instance pool(int n, int min_size = 3, int max_size = 8) {
  Instance in;
  in.min_size = min_size;
  in.max_size = max_size;
  for (int i = 0; i < n; ++i) {
    Person p;
    p.name = "M" + std::to_string(i);
    in.people.push_back(p);
  }
  return in;
}

Options seeded(std::uint64_t seed = 7) {
  Options o;
  o.seed = seed;
  o.deterministic = true;
  o.time_limit_seconds = 0.05;
  return o;
}

int crew_of(const Result& r, int person) {
  for (std::size_t c = 0; c < r.crews.size(); ++c)
    for (int x : r.crews[c].members)
      if (x == person) return static_cast<int>(c);
  return -1;
}

void mutual(Instance& in, int a, int b) {
  in.people[static_cast<std::size_t>(a)].wants.push_back(b);
  in.people[static_cast<std::size_t>(b)].wants.push_back(a);
}

TEST_CASE("mutual wants end up together") {
  Instance in = pool(12, 3, 3);
  for (int i = 0; i < 4; ++i) mutual(in, i, i + 6);
  Result r = form_crews(in, seeded());
  testing::check_result(in, r);
  for (int i = 0; i < 4; ++i) CHECK(crew_of(r, i) == crew_of(r, i + 6));
  CHECK(r.members[0].wants.at(0).met);
}

TEST_CASE("size preferences keep crews from growing to --max") {
  Instance in = pool(12, 3, 8);
  for (auto& p : in.people) p.pref_min = 3, p.pref_max = 4;
  Result r = form_crews(in, seeded());
  for (auto& c : r.crews) CHECK(c.members.size() <= 4);
}

TEST_CASE("the same seed gives the same crews") {
  Instance in = pool(20, 3, 5);
  for (int i = 0; i < 20; ++i) in.people[static_cast<std::size_t>(i)].wants = {(i * 7 + 3) % 20};
  Result a = form_crews(in, seeded(42));
  Result b = form_crews(in, seeded(42));
  REQUIRE(a.crews.size() == b.crews.size());
  for (std::size_t c = 0; c < a.crews.size(); ++c) CHECK(a.crews[c].members == b.crews[c].members);
  CHECK(a.score == b.score);
  CHECK(a.bound >= a.score);
}

TEST_CASE("an avoid is explained") {
  Instance in = pool(6, 3, 3);
  in.people[0].wants = {1};
  in.people[0].avoids = {1};
  Result r = form_crews(in, seeded());
  CHECK(crew_of(r, 0) != crew_of(r, 1));
  CHECK_FALSE(r.members[0].wants[0].met);
  CHECK(r.members[0].wants[0].reason == UnmetReason::Avoid);
  CHECK(describe(UnmetReason::Avoid) == "an avoid keeps them apart");
}

TEST_CASE("who cannot be placed is named with the options") {
  Instance in = pool(7, 3, 3);
  Result r = form_crews(in, seeded());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].reason.find("--max 4") != std::string::npos);
  CHECK(r.unplaced[0].reason.find("next round") != std::string::npos);
}

TEST_CASE("someone who avoids everyone sharing their slots is left out, by name") {
  Instance in = pool(4, 3, 4);
  for (auto& p : in.people) p.slots = {"tue"};
  in.people[0].avoids = {1, 2, 3};
  Result r = form_crews(in, seeded());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].reason.find("M0 avoids everyone who shares their slots") == 0);
}

TEST_CASE("infeasible pools fail naming the members and the constraint") {
  CHECK_THROWS_WITH_AS(form_crews(pool(2), seeded()), "pool of 2 (M0, M1) is below --min 3",
                       Failure);
  Instance pinned = pool(6, 3, 4);
  pinned.people[0].avoids = {1};
  pinned.together = {{0, 1}};
  CHECK_THROWS_WITH_AS(form_crews(pinned, seeded()),
                       "M0 and M1 are pinned together but one avoids the other", Failure);
  Instance lonely = pool(4, 3, 4);
  for (int i = 0; i < 4; ++i)
    lonely.people[static_cast<std::size_t>(i)].slots = {std::to_string(i)};
  CHECK_THROWS_WITH_AS(form_crews(lonely, seeded()),
                       doctest::Contains("these 4 members share no slot with anyone else: M0, M1, "
                                         "M2, M3"),
                       Failure);
  CHECK_THROWS_AS(form_crews(pool(5, 4, 3), seeded()), UsageError);
}

TEST_CASE("pinned members share a crew and repeats are reported") {
  Instance in = pool(9, 3, 3);
  in.together = {{0, 8}, {8, 4}};
  in.history = {{0, 8, 2}};
  Result r = form_crews(in, seeded());
  testing::check_result(in, r);
  int c = crew_of(r, 0);
  REQUIRE(c >= 0);
  REQUIRE(r.crews[static_cast<std::size_t>(c)].repeats.size() == 1);
  CHECK(r.crews[static_cast<std::size_t>(c)].repeats[0].times == 2);
}

TEST_CASE("a wall-clock run respects its time limit") {
  Instance in = pool(30, 3, 6);
  Options o;
  o.time_limit_seconds = 0.05;
  Result r = form_crews(in, o);
  testing::check_result(in, r);
  CHECK(r.seconds < 1.0);
}

}  // namespace
}  // namespace msol::solver
