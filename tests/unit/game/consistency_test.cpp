// "Tallies consistent" for `msol check`: stored events and meeting rolls the game can score.
#include "game/consistency.hpp"

#include <doctest/doctest.h>

#include "domain/dates.hpp"

using namespace msol;
using namespace msol::game;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

// Oak: founded by ana, ben and dan on 2026-01-10; cai from February; dan until March.
MeetingLog oak(std::vector<Meeting> meetings) {
  msol::Crew crew{"Oak",
                  true,
                  d("2026-01-10"),
                  std::nullopt,
                  {{"ana", d("2026-01-10"), std::nullopt},
                   {"ben", d("2026-01-10"), std::nullopt},
                   {"cai", d("2026-02-01"), std::nullopt},
                   {"dan", d("2026-01-10"), d("2026-03-01")}}};
  return MeetingLog{{crew}, std::move(meetings)};
}

bool mentions(const std::vector<std::string>& problems, const std::string& text) {
  for (const auto& p : problems)
    if (p.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a log whose rolls match the rosters and valid events are consistent") {
  auto log = oak({Meeting{1, "Oak", d("2026-01-15"), {"ana"}, {"ben", "dan"}, {}},
                  Meeting{2, "Oak", d("2026-02-15"), {"ana", "cai"}, {"dan"}, {"ben"}},
                  Meeting{3, "Oak", d("2026-03-15"), {"ana", "ben", "cai"}, {}, {}}});
  std::vector<Event> events{Listening{7, d("2026-01-20"), {"ana", "ben", "cai"}}};
  CHECK(tally_problems(events, log, PointValues{}).empty());
}

TEST_CASE("a roll naming someone who had left the crew, or never was in it, is named") {
  auto log = oak({Meeting{1, "Oak", d("2026-03-15"), {"ana", "ben", "cai", "dan", "eve"}, {}, {}}});
  auto problems = tally_problems({}, log, PointValues{});
  REQUIRE(problems.size() == 2);
  CHECK(mentions(problems, "meeting of Oak on 2026-03-15: 'dan' is on the roll"));
  CHECK(mentions(problems, "meeting of Oak on 2026-03-15: 'eve' is on the roll"));
}

TEST_CASE("founders belong on the roll of a meeting held before the crew was entered") {
  auto log = oak({Meeting{1, "Oak", d("2026-01-05"), {"ana", "ben", "dan"}, {}, {}}});
  CHECK(tally_problems({}, log, PointValues{}).empty());
  auto late = oak({Meeting{1, "Oak", d("2026-01-05"), {"ana", "ben", "dan", "cai"}, {}, {}}});
  CHECK(mentions(tally_problems({}, late, PointValues{}), "'cai' is on the roll"));
}

TEST_CASE("a crew member missing from the roll is named: nobody's points may silently change") {
  auto log = oak({Meeting{1, "Oak", d("2026-02-15"), {"ana", "dan"}, {"ben"}, {}}});
  auto problems = tally_problems({}, log, PointValues{});
  REQUIRE(problems.size() == 1);
  CHECK(mentions(problems, "'cai' was a member of the crew that day but is not on the roll"));
}

TEST_CASE("a meeting of a crew that does not exist, and an event the game cannot score") {
  auto log = oak({Meeting{1, "Elm", d("2026-01-15"), {"ana"}, {}, {}}});
  std::vector<Event> events{Listening{9, d("2026-01-20"), {"ana"}},
                            Money{10, d("2026-01-21"), "ana", true, {"ana"}}};
  auto problems = tally_problems(events, log, PointValues{});
  CHECK(problems.size() == 3);
  CHECK(mentions(problems, "game event 9: "));
  CHECK(mentions(problems, "game event 10: "));
  CHECK(mentions(problems, "meeting of Elm on 2026-01-15: the crew does not exist"));
}
