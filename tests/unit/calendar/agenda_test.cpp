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

TEST_CASE("the most recent meeting on or before a date") {
  auto meetings = expand(weekly("2026-11-24", 6), "Europe/Berlin", {});
  CHECK_FALSE(most_recent_on_or_before(meetings, d("2026-11-23")).has_value());
  CHECK(most_recent_on_or_before(meetings, d("2026-11-24"))->date == d("2026-11-24"));
  CHECK(most_recent_on_or_before(meetings, d("2026-12-07"))->date == d("2026-12-01"));
  auto last = most_recent_on_or_before(meetings, d("2027-06-01"));
  CHECK(last->is_retrospective);
}
