// Points over time: the cumulative series behind `msol tally`'s sparkline, and its drawing.
#include "game/timeline.hpp"

#include <doctest/doctest.h>

#include "domain/dates.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::game;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

Entry entry(const char* day, int points, const char* member = "ana") {
  return Entry{d(day), 1, Level::Listening, member, points, "test"};
}

// Twelve periods of ten days from 2026-01-01 to 2026-04-30 (120 days).
const Span kSpan{d("2026-01-01"), d("2026-04-30")};

}  // namespace

TEST_CASE("a single entry: nothing before its period, its points from then on") {
  // 2026-01-25 is day 24: period 2 (days 20..29).
  CHECK(timeline({entry("2026-01-25", 5)}, kSpan, 12) ==
        std::vector<int>{0, 0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5});
  CHECK(sparkline(timeline({entry("2026-01-25", 5)}, kSpan, 12)) == "▁▁██████████");
}

TEST_CASE("the series is cumulative and ends at the figure's points") {
  // Days 0, 0, 59 (period 5), 119 (period 11).
  auto series = timeline({entry("2026-01-01", 1), entry("2026-01-01", 3), entry("2026-03-01", 5),
                          entry("2026-04-30", 5)},
                         kSpan, 12);
  CHECK(series == std::vector<int>{4, 4, 4, 4, 4, 9, 9, 9, 9, 9, 9, 14});
  // 0..14 in eight heights: 4 -> 2, 9 -> 4.5 rounds to 5, 14 -> 7.
  CHECK(sparkline(series) == "▃▃▃▃▃▆▆▆▆▆▆█");
}

TEST_CASE("entries outside the span count in the nearest period") {
  CHECK(timeline({entry("2025-12-01", 2), entry("2026-06-01", 3)}, kSpan, 4) ==
        std::vector<int>{2, 2, 2, 5});
}

TEST_CASE("a span shorter than the number of periods leaves some periods without a day") {
  // Two days, four periods: day 0 is period 0, day 1 is period 2.
  Span two{d("2026-01-01"), d("2026-01-02")};
  CHECK(timeline({entry("2026-01-01", 1), entry("2026-01-02", 1)}, two, 4) ==
        std::vector<int>{1, 1, 2, 2});
  Span one{d("2026-01-01"), d("2026-01-01")};
  CHECK(timeline({entry("2026-01-01", 7)}, one, 3) == std::vector<int>{7, 7, 7});
}

TEST_CASE("bad periods or spans are refused") {
  CHECK_THROWS_AS(timeline({}, kSpan, 0), UsageError);
  CHECK_THROWS_AS(timeline({}, Span{d("2026-02-01"), d("2026-01-01")}, 12), UsageError);
}

TEST_CASE("missed meetings: a fall below zero ends low, zero stays on top") {
  // +1, then -5 and -5: 1, -4, -9 on a scale from -9 to 1.
  CHECK(sparkline({1, -4, -9}) == "█▅▁");
  CHECK(sparkline({0, 0, -5}) == "██▁");
}

TEST_CASE("flat series: zero is a flat line at the bottom, a steady positive figure at the top") {
  CHECK(sparkline({0, 0, 0}) == "▁▁▁");
  CHECK(sparkline({6, 6}) == "██");
  CHECK(sparkline({}).empty());
}

TEST_CASE("a rise from nothing climbs through the heights") {
  CHECK(sparkline({0, 1, 2, 3, 4, 5, 6, 7}) == "▁▂▃▄▅▆▇█");
}

TEST_CASE("the span of a tally: earliest entry (or --since) to today (or the latest entry)") {
  Tally t;
  t.members.push_back(
      MemberFigure{"ana", Figure{6, 1, {entry("2026-02-01", 1), entry("2026-03-01", 5)}}});
  auto span = timeline_span(t, d("2026-06-01"));
  CHECK(span.from == d("2026-02-01"));
  CHECK(span.to == d("2026-06-01"));
  CHECK(timeline_span(t, d("2026-02-15")).to == d("2026-03-01"));
  CHECK(timeline_span(t, d("2026-06-01"), d("2026-01-01")).from == d("2026-01-01"));
  CHECK(timeline_span(t, d("2026-06-01"), d("2026-07-01")).to == d("2026-07-01"));
  auto empty = timeline_span(Tally{}, d("2026-06-01"));
  CHECK(empty.from == d("2026-06-01"));
  CHECK(empty.to == d("2026-06-01"));
}
