// Behaviour of form_crews on small instances whose right answer is obvious.
#include "solver/formation.hpp"

#include <doctest/doctest.h>

#include <chrono>
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
  CHECK(r.unplaced[0].reason.find("full at --max 3") != std::string::npos);
  CHECK(r.unplaced[0].reason.find("--min 3 --max 4") != std::string::npos);
  CHECK(r.unplaced[0].reason.find("next round") != std::string::npos);
}

TEST_CASE("someone who avoids everyone sharing their slots is left out, by name") {
  Instance in = pool(4, 3, 4);
  for (auto& p : in.people) p.slots = {"tue"};
  in.people[0].avoids = {1, 2, 3};
  Result r = form_crews(in, seeded());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].reason.find("M0 can share a crew only with nobody, too few for --min 3 "
                                  "(M0 avoids M1, M2, M3)") == 0);
  CHECK(r.unplaced[0].reason.find("--max") == std::string::npos);  // a bigger crew cannot help
}

TEST_CASE("when everybody avoids one member, the reason says who avoids whom") {
  Instance in = pool(7, 3, 3);
  for (int i = 1; i < 7; ++i) in.people[static_cast<std::size_t>(i)].avoids = {0};
  Result r = form_crews(in, seeded());
  REQUIRE(r.unplaced.size() == 1);
  CHECK(r.unplaced[0].person == 0);
  CHECK(r.unplaced[0].reason.find("M1, M2, M3, M4, M5, M6 avoid M0") != std::string::npos);
  CHECK(r.unplaced[0].reason.find("M0 avoids") == std::string::npos);
}

TEST_CASE("a pool that can form no crew says which constraint, not --max") {
  Instance in = pool(3, 3, 8);
  in.people[1].avoids = {2};
  Options o = seeded();
  o.rerun = [](const Resize& r) { return "RERUN " + std::to_string(r.min_size); };
  try {
    form_crews(in, o);
    FAIL("no crew can be formed");
  } catch (const Failure& e) {
    std::string message = e.what();
    CHECK(message.find("M1 avoids M2") != std::string::npos);
    CHECK(message.find("already at --max") == std::string::npos);
    CHECK(message.find("RERUN 2") != std::string::npos);  // a pair can meet: --min 2
  }
}

TEST_CASE("a member without slots fits any crew, and the others still share one") {
  Instance in = pool(7, 3, 4);
  for (int i = 0; i < 3; ++i) in.people[static_cast<std::size_t>(i)].slots = {"tue"};
  for (int i = 3; i < 6; ++i) in.people[static_cast<std::size_t>(i)].slots = {"sat"};
  mutual(in, 0, 3);  // tempting, but they share no slot
  mutual(in, 6, 1);
  Result r = form_crews(in, seeded());
  testing::check_result(in, r);  // members who gave slots share one in every crew
  CHECK(r.unplaced.empty());
  CHECK(crew_of(r, 0) != crew_of(r, 3));
  CHECK(crew_of(r, 6) == crew_of(r, 1));
  CHECK_FALSE(r.members[0].wants[0].met);
  CHECK(r.members[0].wants[0].reason == UnmetReason::NoCommonSlot);
}

TEST_CASE("the worst-off members are named") {
  Instance in = pool(6, 3, 3);
  mutual(in, 0, 1);
  mutual(in, 2, 3);
  Result r = form_crews(in, seeded());
  REQUIRE_FALSE(r.worst_off_members.empty());
  for (int i : r.worst_off_members)
    CHECK(r.members[static_cast<std::size_t>(i)].score == r.worst_off);
  for (auto& m : r.members) CHECK(m.score >= r.worst_off);
  CHECK(r.worst_off_members.size() == 2);  // M4 and M5 wanted nobody and got nothing
}

TEST_CASE("infeasible pools fail naming the members and the constraint") {
  CHECK_THROWS_WITH_AS(form_crews(pool(2), seeded()),
                       doctest::Contains("pool of 2 (M0, M1) is below --min 3; options: wait for "
                                         "the next round, when more members are looking, or run "
                                         "`--min 2 --max 8`"),
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
                       doctest::Contains("M0 can share a crew only with nobody, too few for --min "
                                         "3 (M1, M2, M3 share no slot with M0); M1 can"),
                       Failure);
  CHECK_THROWS_AS(form_crews(pool(5, 4, 3), seeded()), UsageError);
}

TEST_CASE("pinned members share a crew; repeats are reported, except for pinned pairs") {
  Instance in = pool(9, 3, 3);
  in.together = {{0, 8}, {8, 4}};
  in.history = {{0, 8, 2}};
  Result r = form_crews(in, seeded());
  testing::check_result(in, r);
  int c = crew_of(r, 0);
  REQUIRE(c >= 0);
  CHECK(r.crews[static_cast<std::size_t>(c)].repeats.empty());

  Instance free = pool(3, 3, 3);
  free.history = {{0, 2, 2, 1.5}};
  Result again = form_crews(free, seeded());
  REQUIRE(again.crews.size() == 1);
  REQUIRE(again.crews[0].repeats.size() == 1);
  CHECK(again.crews[0].repeats[0].times == 2);
  // The penalty is recency-weighted: 1.5 crews' worth of kRepeat (4) = 6 points per member.
  CHECK(again.members[0].score == -6);
}

TEST_CASE("a seeded search stops early once stalled, and says when the time limit cut it") {
  Instance in = pool(12, 3, 4);
  for (int i = 0; i < 12; ++i) in.people[static_cast<std::size_t>(i)].wants = {(i * 5 + 1) % 12};
  Options o = seeded();
  o.time_limit_seconds = 3600;  // a budget of 12 * 5e4 moves per thread, far inside the limit
  Result a = form_crews(in, o);
  CHECK(a.moves_evaluated < 2 * 12 * 50000);
  CHECK_FALSE(a.cut_short);
  Result b = form_crews(in, o);
  // The moves may differ (the LP bound can prove the crews optimal sooner or later, ending the
  // search early); the crews may not.
  CHECK(a.score == b.score);

  o.time_limit_seconds = 0.1;
  o.started = std::chrono::steady_clock::now() - std::chrono::seconds(1);  // already past it
  Result cut = form_crews(in, o);
  CHECK(cut.cut_short);
  testing::check_result(in, cut);
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
