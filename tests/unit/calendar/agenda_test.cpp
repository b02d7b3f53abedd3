#include "calendar/agenda.hpp"

#include <doctest/doctest.h>

#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using namespace msol::calendar::test;
using Dates = std::vector<std::string>;

TEST_CASE("upcoming lists the meetings from today for N days") {
  auto meetings = expand(weekly("2026-11-24", 6), "Europe/Berlin", {});
  CHECK(dates_of(upcoming(meetings, d("2026-11-22"), 7)) == Dates{"2026-11-24"});
  CHECK(dates_of(upcoming(meetings, d("2026-11-24"), 8)) == Dates{"2026-11-24", "2026-12-01"});
  CHECK(dates_of(upcoming(meetings, d("2026-11-24"), 7)) == Dates{"2026-11-24"});
  CHECK(upcoming(meetings, d("2026-11-24"), 0).empty());
  CHECK_THROWS_AS(upcoming(meetings, d("2026-11-24"), -1), UsageError);
  CHECK(dates_of(occurrences_between(meetings, d("2026-12-01"), d("2026-12-15"))) ==
        Dates{"2026-12-01", "2026-12-08", "2026-12-15"});
}

namespace {
// 2026-11-24 19:00 in Berlin is 18:00 UTC.
date::sys_seconds utc(const char* day, int hour, int minute = 0) {
  return date::sys_days{d(day)} + std::chrono::hours{hour} + std::chrono::minutes{minute};
}
}  // namespace

TEST_CASE("meet log's default: the latest meeting that has started and is not logged") {
  auto meetings = expand(weekly("2026-11-24", 6), "Europe/Berlin", {});
  std::set<Date> none;
  CHECK_FALSE(latest_to_log(meetings, none, utc("2026-11-24", 17, 59)).has_value());
  CHECK(latest_to_log(meetings, none, utc("2026-11-24", 18))->date == d("2026-11-24"));
  // in the morning of a meeting day, that evening's meeting has not started yet
  CHECK(latest_to_log(meetings, none, utc("2026-12-01", 9))->date == d("2026-11-24"));
  // a logged meeting is never the default: the one before it that is not logged is
  std::set<Date> logged{d("2026-12-01")};
  CHECK(latest_to_log(meetings, logged, utc("2026-12-02", 9))->date == d("2026-11-24"));
  logged.insert(d("2026-11-24"));
  CHECK_FALSE(latest_to_log(meetings, logged, utc("2026-12-02", 9)).has_value());
  CHECK(latest_to_log(meetings, none, utc("2027-06-01", 0))->is_retrospective);
}

TEST_CASE("held_on finds the meeting held on a day") {
  auto r = weekly("2026-11-24", 3);
  r.rotate_facilitator = true;
  auto meetings = expand(r, "Europe/Berlin", {"Ana", "Ben"});
  REQUIRE(held_on(meetings, d("2026-12-01")) != nullptr);
  CHECK(held_on(meetings, d("2026-12-01"))->facilitator == "Ben");
  CHECK(held_on(meetings, d("2026-12-02")) == nullptr);
}
