#include "calendar/rhythm.hpp"

#include <doctest/doctest.h>

#include "calendar/rhythm_edit.hpp"
#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using namespace msol::calendar::test;
using Dates = std::vector<std::string>;

TEST_CASE("a counted rhythm schedules exactly count dates") {
  CHECK(dates_of(scheduled_dates(weekly("2026-11-24", 3))) ==
        Dates{"2026-11-24", "2026-12-01", "2026-12-08"});
}

TEST_CASE("--until is inclusive") {
  auto r = weekly("2026-11-24", 1);
  r.count.reset();
  r.until = d("2026-12-15");
  CHECK(dates_of(scheduled_dates(r)) ==
        Dates{"2026-11-24", "2026-12-01", "2026-12-08", "2026-12-15"});
  r.until = d("2026-12-14");
  CHECK(scheduled_dates(r).size() == 3);
  r.until = r.from;
  CHECK(dates_of(scheduled_dates(r)) == Dates{"2026-11-24"});
}

TEST_CASE("postponed meetings are appended after the end") {
  auto r = weekly("2026-11-24", 2);
  r.postponed = 1;
  CHECK(dates_of(scheduled_dates(r)) == Dates{"2026-11-24", "2026-12-01", "2026-12-08"});
  r.count.reset();
  r.until = d("2026-12-01");
  CHECK(dates_of(scheduled_dates(r)) == Dates{"2026-11-24", "2026-12-01", "2026-12-08"});
}

TEST_CASE("malformed rhythms are usage errors naming the value and the fix") {
  auto r = weekly("2026-11-24", 0);
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("--count 0"), UsageError);
  r.count = kMaxMeetings + 1;
  CHECK_THROWS_AS(validate(r), UsageError);

  r = weekly("2026-11-24", 1);
  r.count.reset();
  r.until = d("2026-11-23");
  CHECK_THROWS_WITH_AS(
      validate(r), doctest::Contains("--until 2026-11-23 is before --from 2026-11-24"), UsageError);
  r.until = d("2099-01-01");
  CHECK_THROWS_AS(validate(r), UsageError);

  r = weekly("2026-11-24", 3);
  r.until = d("2026-12-31");
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("exactly one of"), UsageError);
  r.count.reset();
  r.until.reset();
  CHECK_THROWS_AS(validate(r), UsageError);

  r = weekly("2026-11-24", 3);
  r.duration_minutes = 0;
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("--duration 0"), UsageError);
}

TEST_CASE("an --until that leaves no meeting says when the first one would be") {
  Rhythm r;
  r.cadence = parse_cadence("first-tuesday");
  r.from = d("2026-11-22");
  r.until = d("2026-11-30");
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("is 2026-12-01"), UsageError);
}

TEST_CASE("skips and moves must name scheduled meetings") {
  auto r = weekly("2026-11-24", 3);
  r.skipped = {d("2026-11-25")};
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("2026-11-25 is not a scheduled meeting"),
                       Failure);
  r.skipped = {d("2026-11-24"), d("2026-12-01"), d("2026-12-08")};
  CHECK_THROWS_AS(validate(r), Failure);

  r = weekly("2026-11-24", 3);
  r.moved = {Move{d("2026-11-23"), d("2026-11-25"), std::nullopt}};
  CHECK_THROWS_AS(validate(r), Failure);
  r.moved = {Move{d("2026-11-24"), d("2026-12-01"), std::nullopt}};
  CHECK_THROWS_WITH_AS(validate(r), doctest::Contains("two meetings"), Failure);
}

TEST_CASE("a logged meeting is neither skipped nor moved") {
  std::set<Date> logged{d("2026-11-10")};
  CHECK_NOTHROW(check_not_logged(logged, d("2026-11-17"), "Otters", "skip"));
  CHECK_THROWS_WITH_AS(check_not_logged(logged, d("2026-11-10"), "Otters", "move"),
                       doctest::Contains("the meeting of Otters on 2026-11-10 is already logged"),
                       Failure);
}

TEST_CASE("skip edits: shorter commitment, or postponed to the end") {
  auto r = with_skip(weekly("2026-11-24", 3), d("2026-12-01"), false);
  CHECK(r.skipped == std::vector<Date>{d("2026-12-01")});
  CHECK(r.postponed == 0);
  r = with_skip(weekly("2026-11-24", 3), d("2026-12-01"), true);
  CHECK(r.postponed == 1);
  CHECK_THROWS_AS(with_skip(r, d("2026-12-01"), false), Failure);  // already skipped
  CHECK_THROWS_AS(with_skip(r, d("2026-12-02"), false), Failure);  // no meeting that day
}

TEST_CASE("move edits find a moved meeting by the day it is now held") {
  auto r = with_move(weekly("2026-11-24", 3), d("2026-12-01"), d("2026-12-03"), std::nullopt);
  REQUIRE(r.moved.size() == 1);
  CHECK(r.moved[0].date == d("2026-12-03"));
  r = with_move(r, d("2026-12-03"), d("2026-12-04"), parse_time("18:00", "--at"));
  REQUIRE(r.moved.size() == 1);
  CHECK(r.moved[0].original == d("2026-12-01"));
  CHECK(r.moved[0].date == d("2026-12-04"));
  r = with_move(r, d("2026-12-04"), d("2026-12-01"), std::nullopt);  // back where it belongs
  CHECK(r.moved.empty());

  r = with_move(weekly("2026-11-24", 3), d("2026-12-01"), d("2026-12-03"), std::nullopt);
  r = with_skip(r, d("2026-12-03"), false);
  CHECK(r.moved.empty());
  CHECK(r.skipped == std::vector<Date>{d("2026-12-01")});
}

TEST_CASE("no meeting is scheduled after 2200") {
  CHECK_NOTHROW(validate(weekly("2200-12-24", 2)));
  CHECK_THROWS_WITH_AS(validate(weekly("2200-12-24", 3)), doctest::Contains("2201-01-07"),
                       UsageError);
  auto r = weekly("2200-12-24", 2);
  r.postponed = 1;
  CHECK_THROWS_AS(validate(r), UsageError);
}
