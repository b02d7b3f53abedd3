#include "domain/dates.hpp"

#include <doctest/doctest.h>

#include "domain/errors.hpp"

using namespace msol;

TEST_CASE("dates parse strictly as YYYY-MM-DD") {
  CHECK(format_date(parse_date("2026-02-28", "--date")) == "2026-02-28");
  CHECK_THROWS_AS(parse_date("2026-02-30", "--date"), UsageError);
  CHECK_THROWS_AS(parse_date("2026-2-3", "--date"), UsageError);
  CHECK_THROWS_WITH_AS(parse_date("tomorrow", "--joined"), doctest::Contains("--joined 'tomorrow'"),
                       UsageError);
}

TEST_CASE("times of day parse as HH:MM within a day") {
  CHECK(format_time(parse_time("07:05", "--at")) == "07:05");
  CHECK_THROWS_AS(parse_time("25:00", "--at"), UsageError);
  CHECK_THROWS_AS(parse_time("7:00", "--at"), UsageError);
}

TEST_CASE("input dates lie in 1970..2200, where calendars and the tz database agree") {
  CHECK(format_date(parse_date("1970-01-01", "--from")) == "1970-01-01");
  CHECK(format_date(parse_date("2200-12-31", "--from")) == "2200-12-31");
  for (auto bad : {"1969-12-31", "2201-01-01", "9999-12-25", "0001-01-01"})
    CHECK_THROWS_WITH_AS(parse_date(bad, "--from"), doctest::Contains("out of range"), UsageError);
}
