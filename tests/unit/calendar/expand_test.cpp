#include "calendar/expand.hpp"

#include <doctest/doctest.h>

#include "calendar/rhythm_edit.hpp"
#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using namespace msol::calendar::test;
using Dates = std::vector<std::string>;

namespace {
const std::vector<std::string> kNobody;
}

TEST_CASE("weekly for six weeks ends with a retrospective on the sixth") {
  auto meetings = expand(weekly("2026-11-24", 6), "Europe/Berlin", kNobody);
  CHECK(dates_of(meetings) ==
        Dates{"2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15", "2026-12-22", "2026-12-29"});
  for (size_t i = 0; i < meetings.size(); ++i) {
    CHECK(meetings[i].index == static_cast<int>(i));
    CHECK(meetings[i].is_retrospective == (i == 5));
    CHECK(meetings[i].duration_minutes == 90);
    CHECK(meetings[i].facilitator.empty());
  }
  CHECK(utc_of(meetings[0]) == "2026-11-24 18:00Z");
}

TEST_CASE("2weeks and month on the 31st") {
  auto r = weekly("2026-11-24", 3);
  r.cadence = parse_cadence("2weeks");
  CHECK(dates_of(expand(r, "UTC", kNobody)) == Dates{"2026-11-24", "2026-12-08", "2026-12-22"});

  r = weekly("2027-01-31", 4);
  r.cadence = parse_cadence("month");
  CHECK(dates_of(expand(r, "UTC", kNobody)) ==
        Dates{"2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"});
  r.from = d("2028-01-31");
  CHECK(dates_of(expand(r, "UTC", kNobody))[1] == "2028-02-29");
}

TEST_CASE("first-tuesday and last-friday") {
  auto r = weekly("2026-11-22", 3);
  r.cadence = parse_cadence("first-tuesday");
  CHECK(dates_of(expand(r, "UTC", kNobody)) == Dates{"2026-12-01", "2027-01-05", "2027-02-02"});
  r.cadence = parse_cadence("last-friday");
  r.count.reset();
  r.until = d("2027-01-29");
  CHECK(dates_of(expand(r, "UTC", kNobody)) == Dates{"2026-11-27", "2026-12-25", "2027-01-29"});
}

TEST_CASE("a skip shortens the commitment; a postponed skip keeps its length") {
  auto skipped = expand(with_skip(weekly("2026-11-24", 6), d("2026-12-08"), false), "UTC", kNobody);
  CHECK(dates_of(skipped) ==
        Dates{"2026-11-24", "2026-12-01", "2026-12-15", "2026-12-22", "2026-12-29"});
  CHECK(skipped.back().is_retrospective);

  auto postponed =
      expand(with_skip(weekly("2026-11-24", 6), d("2026-12-08"), true), "UTC", kNobody);
  CHECK(dates_of(postponed) ==
        Dates{"2026-11-24", "2026-12-01", "2026-12-15", "2026-12-22", "2026-12-29", "2027-01-05"});
  CHECK(postponed.back().is_retrospective);
  CHECK_FALSE(postponed[4].is_retrospective);
}

TEST_CASE("a moved meeting keeps its scheduled date and takes the new day and time") {
  auto r = with_move(weekly("2026-11-24", 3), d("2026-12-01"), d("2026-12-03"),
                     parse_time("18:30", "--at"));
  auto meetings = expand(r, "Europe/Berlin", kNobody);
  REQUIRE(meetings.size() == 3);
  CHECK(meetings[1].moved);
  CHECK(meetings[1].scheduled == d("2026-12-01"));
  CHECK(local_of(meetings[1]) == "2026-12-03 18:30");
  CHECK_FALSE(meetings[0].moved);

  // Moved past the last meeting, it becomes the last meeting and so the retrospective.
  r = with_move(weekly("2026-11-24", 3), d("2026-12-01"), d("2026-12-10"), std::nullopt);
  meetings = expand(r, "UTC", kNobody);
  CHECK(dates_of(meetings) == Dates{"2026-11-24", "2026-12-08", "2026-12-10"});
  CHECK(meetings[2].is_retrospective);
  CHECK(meetings[2].scheduled == d("2026-12-01"));
}

TEST_CASE("19:00 stays 19:00 local across daylight-saving changes") {
  auto berlin = expand(weekly("2027-03-16", 4), "Europe/Berlin", kNobody);
  for (const auto& o : berlin) CHECK(date::format("%H:%M", o.local_start) == "19:00");
  CHECK(utc_of(berlin[1]) == "2027-03-23 18:00Z");  // CET, UTC+1
  CHECK(utc_of(berlin[2]) == "2027-03-30 17:00Z");  // CEST, UTC+2

  auto new_york = expand(weekly("2026-10-20", 4), "America/New_York", kNobody);
  for (const auto& o : new_york) CHECK(date::format("%H:%M", o.local_start) == "19:00");
  CHECK(utc_of(new_york[1]) == "2026-10-27 23:00Z");  // EDT, UTC-4
  CHECK(utc_of(new_york[2]) == "2026-11-04 00:00Z");  // EST, UTC-5
  for (const auto& o : new_york) CHECK(o.warning.empty());
}

TEST_CASE("a time in the spring-forward gap moves forward by the gap, with a warning") {
  auto meetings = expand(weekly("2027-03-21", 3, "02:30"), "Europe/Berlin", kNobody);
  CHECK(local_of(meetings[0]) == "2027-03-21 02:30");
  CHECK(meetings[0].warning.empty());
  CHECK(local_of(meetings[1]) == "2027-03-28 03:30");
  CHECK(utc_of(meetings[1]) == "2027-03-28 01:30Z");
  CHECK(meetings[1].time == parse_time("02:30", "t"));  // what was asked is kept
  CHECK(meetings[1].warning.find("does not exist") != std::string::npos);
  CHECK(meetings[1].warning.find("03:30") != std::string::npos);
  CHECK(local_of(meetings[2]) == "2027-04-04 02:30");

  auto ny = expand(weekly("2027-03-14", 1, "02:15"), "America/New_York", kNobody);
  CHECK(local_of(ny[0]) == "2027-03-14 03:15");
}

TEST_CASE("a time that happens twice on the fall-back day takes the first, with a warning") {
  auto meetings = expand(weekly("2026-10-25", 1, "02:30"), "Europe/Berlin", kNobody);
  CHECK(local_of(meetings[0]) == "2026-10-25 02:30");
  CHECK(utc_of(meetings[0]) == "2026-10-25 00:30Z");  // still CEST, UTC+2
  CHECK(meetings[0].warning.find("happens twice") != std::string::npos);
}

TEST_CASE("facilitation rotates through the members; skipped meetings take no turn") {
  auto r = with_skip(weekly("2026-11-24", 6), d("2026-12-08"), false);
  const std::vector<std::string> members{"Ada", "Bo", "Cy"};
  auto plain = expand(r, "UTC", members);
  CHECK(plain[0].facilitator.empty());  // rotation off

  r.rotate_facilitator = true;
  auto meetings = expand(r, "UTC", members);
  std::vector<std::string> who;
  for (const auto& o : meetings) who.push_back(o.facilitator);
  CHECK(who == std::vector<std::string>{"Ada", "Bo", "Cy", "Ada", "Bo"});
  CHECK(expand(r, "UTC", kNobody)[0].facilitator.empty());
}

TEST_CASE("an unknown time zone is a usage error") {
  CHECK_THROWS_WITH_AS(expand(weekly("2026-11-24", 1), "Europe/Atlantis", kNobody),
                       doctest::Contains("'Europe/Atlantis'"), UsageError);
  CHECK_THROWS_AS(expand(weekly("2026-11-24", 0), "UTC", kNobody), UsageError);
}
