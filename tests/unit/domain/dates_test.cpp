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
