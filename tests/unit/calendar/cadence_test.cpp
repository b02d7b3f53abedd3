#include "calendar/cadence.hpp"

#include <doctest/doctest.h>

#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using msol::calendar::test::d;

TEST_CASE("cadences parse and format back to the same words") {
  for (const char* word : {"week", "2weeks", "month", "first-tuesday", "second-monday",
                           "third-sunday", "fourth-saturday", "last-friday"})
    CHECK(format_cadence(parse_cadence(word)) == word);
  CHECK(parse_cadence("First-Tuesday") == parse_cadence("first-tuesday"));
  auto c = parse_cadence("last-friday");
  CHECK(c.kind == Cadence::Kind::ordinal_weekday);
  CHECK(c.ordinal == Cadence::kLast);
  CHECK(c.weekday == date::Friday);
}

TEST_CASE("unknown cadences are usage errors listing the valid forms") {
  for (const char* word :
       {"fortnight", "", "fifth-monday", "first-tue", "first", "-monday", "weeks"})
    CHECK_THROWS_WITH_AS(parse_cadence(word), doctest::Contains("2weeks, month"), UsageError);
  CHECK_THROWS_WITH_AS(parse_cadence("fortnight"), doctest::Contains("'fortnight'"), UsageError);
}

TEST_CASE("week, 2weeks and month start on the from date itself") {
  for (const char* word : {"week", "2weeks", "month"})
    CHECK(first_date(parse_cadence(word), d("2026-11-22")) == d("2026-11-22"));
  CHECK(nth_date(parse_cadence("week"), d("2026-12-29"), 1) == d("2027-01-05"));
  CHECK(nth_date(parse_cadence("2weeks"), d("2026-12-29"), 2) == d("2027-01-26"));
}

TEST_CASE("month keeps the anchor day and falls on the last day of shorter months") {
  auto month = parse_cadence("month");
  CHECK(nth_date(month, d("2027-01-31"), 1) == d("2027-02-28"));
  CHECK(nth_date(month, d("2027-01-31"), 2) == d("2027-03-31"));  // back to the 31st, no drift
  CHECK(nth_date(month, d("2027-01-31"), 3) == d("2027-04-30"));
  CHECK(nth_date(month, d("2028-01-31"), 1) == d("2028-02-29"));  // leap year
  CHECK(nth_date(month, d("2027-01-30"), 1) == d("2027-02-28"));
  CHECK(nth_date(month, d("2027-01-29"), 2) == d("2027-03-29"));
  CHECK(nth_date(month, d("2026-12-15"), 1) == d("2027-01-15"));  // across the year
}

TEST_CASE("ordinal weekdays wait for their day and recur monthly") {
  auto first_tuesday = parse_cadence("first-tuesday");
  auto first = first_date(first_tuesday, d("2026-11-22"));  // November's has passed
  CHECK(first == d("2026-12-01"));
  CHECK(nth_date(first_tuesday, first, 1) == d("2027-01-05"));
  CHECK(nth_date(first_tuesday, first, 2) == d("2027-02-02"));
  CHECK(first_date(first_tuesday, d("2026-12-01")) == d("2026-12-01"));  // on the day counts

  auto last_friday = parse_cadence("last-friday");
  first = first_date(last_friday, d("2026-11-22"));
  CHECK(first == d("2026-11-27"));
  CHECK(nth_date(last_friday, first, 1) == d("2026-12-25"));
  CHECK(nth_date(last_friday, first, 2) == d("2027-01-29"));

  // The fourth weekday exists in every month, February of a common year included.
  CHECK(first_date(parse_cadence("fourth-sunday"), d("2027-02-01")) == d("2027-02-28"));
}
