#include "calendar/schedule.hpp"

#include <doctest/doctest.h>

#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using namespace msol::calendar::test;
using Names = std::vector<std::string>;
using Dates = std::vector<std::string>;

TEST_CASE("rotation starts where asked and moves on cyclically") {
  Names crew{"Ana", "Ben", "Caro"};
  CHECK(rotation(crew, "ben") == Names{"Ben", "Caro", "Ana"});
  CHECK(rotation(crew, "") == crew);
  CHECK(rotation(crew, "Zoe") == crew);
  CHECK(next_in_rotation(crew, "Ana") == "Ben");
  CHECK(next_in_rotation(crew, "caro") == "Ana");
  CHECK(next_in_rotation(crew, "") == "Ana");
  CHECK(next_in_rotation({}, "Ana").empty());
}

TEST_CASE("a crew's schedule: a replaced commitment ends where the next one starts") {
  auto first = weekly("2026-11-03", 6);
  auto second = weekly("2026-11-20", 2, "18:00");
  auto meetings = crew_schedule({{first, "", false}, {second, "", true}}, "Europe/Berlin", {});
  std::vector<std::string> dates;
  for (const auto& m : meetings) dates.push_back(format_date(m.occurrence.date));
  CHECK(dates == Names{"2026-11-03", "2026-11-10", "2026-11-17", "2026-11-20", "2026-11-27"});
  CHECK_FALSE(meetings[2].current);
  CHECK(meetings[3].current);
  CHECK(meetings.back().occurrence.is_retrospective);
}

TEST_CASE("rotation follows the first facilitator of each commitment") {
  auto r = weekly("2026-11-03", 3);
  r.rotate_facilitator = true;
  auto meetings = crew_schedule({{r, "Caro", true}}, "Europe/Berlin", {"Ana", "Ben", "Caro"});
  CHECK(meetings[0].occurrence.facilitator == "Caro");
  CHECK(meetings[1].occurrence.facilitator == "Ana");
}

TEST_CASE("the first facilitator of a renewal: the one named, the next in turn, or as before") {
  Names crew{"Ana", "Ben", "Caro"};
  auto r = weekly("2026-11-03", 4);
  r.rotate_facilitator = true;
  auto held = expand(r, "Europe/Berlin", crew);
  CHECK(held.back().facilitator == "Ana");
  CHECK(first_of_renewal(crew, true, "", held, "") == "Ben");
  CHECK(first_of_renewal(crew, true, "", held, "Caro") == "Caro");
  CHECK(first_of_renewal(crew, false, "Caro", held, "") == "Caro");
  CHECK(first_of_renewal(crew, true, "", {}, "") == "Ana");
}

TEST_CASE("logs left behind: days logged as scheduled that the schedule no longer holds") {
  auto r = weekly("2026-11-03", 3);
  r.skipped.push_back(d("2026-11-10"));
  auto meetings = crew_schedule({{r, "", true}}, "Europe/Berlin", {});
  auto orphans = orphaned_logs(meetings, {d("2026-11-03"), d("2026-11-10"), d("2026-11-17")});
  REQUIRE(orphans.size() == 1);
  CHECK(orphans[0] == d("2026-11-10"));
  CHECK(orphaned_logs(meetings, {}).empty());
}

TEST_CASE("renewal goes on where the cadence left off, as long as before") {
  auto old = weekly("2026-11-03", 6);
  old.skipped = {d("2026-11-10")};
  old.postponed = 1;
  auto next = renewed(old, {});
  CHECK(next.from == d("2026-12-22"));  // after the postponed extra
  CHECK(next.count == 6);
  CHECK(next.skipped.empty());
  CHECK(next.postponed == 0);
  auto changed = renewed(old, {3, parse_cadence("2weeks"), parse_time("18:30", "t"), 60, {}});
  CHECK(changed.count == 3);
  CHECK(changed.at == parse_time("18:30", "t"));
  CHECK(changed.duration_minutes == 60);
  CHECK(format_cadence(changed.cadence) == "2weeks");
  CHECK_THROWS_AS(renewed(old, {0, {}, {}, {}, {}}), UsageError);
}

TEST_CASE("a monthly renewal from the 31st stays on month ends") {
  Rhythm r = weekly("2027-01-31", 3);
  r.cadence = parse_cadence("month");
  auto next = renewed(r, {});
  CHECK(next.from == d("2027-04-30"));
  // The 31st is kept for ever, not the renewal date's 30th (issue 20): May 31, Jun 30, Jul 31.
  CHECK(dates_of(scheduled_dates(next)) == Dates{"2027-04-30", "2027-05-31", "2027-06-30"});
  auto again = renewed(next, {2, {}, parse_time("18:00", "t"), {}, {}});
  CHECK(dates_of(scheduled_dates(again)) == Dates{"2027-07-31", "2027-08-31"});
  // Naming the cadence again keeps the anchor; a new --from re-anchors on its day.
  CHECK(renewed(next, {1, parse_cadence("month"), {}, {}, {}}).from == d("2027-07-31"));
  auto moved = renewed(next, {2, {}, {}, {}, d("2027-07-15")});
  CHECK(dates_of(scheduled_dates(moved)) == Dates{"2027-07-15", "2027-08-15"});
}

TEST_CASE("an anchor that does not fit the first date is refused") {
  Rhythm r = weekly("2027-04-30", 2);
  r.cadence = parse_cadence("month");
  r.cadence.day = 31;
  CHECK_NOTHROW(validate(r));
  r.from = d("2027-04-29");
  CHECK_THROWS_AS(validate(r), UsageError);
}
