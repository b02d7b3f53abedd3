#include "calendar/ics.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "calendar/rhythm_edit.hpp"
#include "calendar/uid.hpp"
#include "calendar_test_util.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::calendar;
using namespace msol::calendar::test;

namespace {

const date::sys_seconds kStamp = date::sys_days{date::year{2026} / 11 / 22} + std::chrono::hours{9};

IcsOptions berlin(bool expand = false) { return IcsOptions{"Europe/Berlin", kStamp, expand}; }

CrewRhythm gardeners() {
  auto r = weekly("2026-11-24", 6);
  r = with_skip(r, d("2026-12-08"), false);
  r = with_move(r, d("2026-12-15"), d("2026-12-17"), parse_time("18:00", "--at"));
  return CrewRhythm{"Gardeners", {"Ada", "Bo"}, r};
}

// Content lines with folding undone and CRLF removed.
std::vector<std::string> lines_of(const std::string& ics) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (auto end = ics.find("\r\n"); end != std::string::npos; end = ics.find("\r\n", start)) {
    auto line = ics.substr(start, end - start);
    if (!line.empty() && line[0] == ' ')
      lines.back() += line.substr(1);
    else
      lines.push_back(line);
    start = end + 2;
  }
  return lines;
}

bool has_line(const std::string& ics, const std::string& line) {
  auto lines = lines_of(ics);
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

size_t count_lines(const std::string& ics, const std::string& prefix) {
  auto lines = lines_of(ics);
  return static_cast<size_t>(std::count_if(
      lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; }));
}

}  // namespace

TEST_CASE("the calendar has the RFC 5545 frame, CRLF line endings and short lines") {
  auto ics = to_ics({gardeners()}, berlin());
  CHECK(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//msol//msol ", 0) == 0);
  CHECK(ics.size() >= 15);
  CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
  for (size_t i = 0; i < ics.size(); ++i)
    if (ics[i] == '\n') CHECK(ics[i - 1] == '\r');
  size_t start = 0;
  for (auto end = ics.find("\r\n"); end != std::string::npos; end = ics.find("\r\n", start)) {
    CHECK(end - start <= 75);
    start = end + 2;
  }
}

TEST_CASE("a rhythm is one recurring event with EXDATE and RECURRENCE-ID overrides") {
  auto ics = to_ics({gardeners()}, berlin());
  CHECK(has_line(ics, "DTSTAMP:20261122T090000Z"));
  CHECK(has_line(ics, "DTSTART;TZID=Europe/Berlin:20261124T190000"));
  CHECK(has_line(ics, "DURATION:PT90M"));
  CHECK(has_line(ics, "RRULE:FREQ=WEEKLY;COUNT=5"));
  CHECK(has_line(ics, "EXDATE;TZID=Europe/Berlin:20261208T190000"));
  CHECK(has_line(ics, "SUMMARY:Gardeners meeting"));
  // The move: the override names the scheduled instance and gives the new start.
  CHECK(has_line(ics, "RECURRENCE-ID;TZID=Europe/Berlin:20261215T190000"));
  CHECK(has_line(ics, "DTSTART;TZID=Europe/Berlin:20261217T180000"));
  // The retrospective appears once, marked: an event of its own after the series (no
  // RECURRENCE-ID, which calcurse ignores).
  CHECK(count_lines(ics, "RECURRENCE-ID") == 1);
  CHECK(has_line(ics, "DTSTART;TZID=Europe/Berlin:20261229T190000"));
  CHECK(count_lines(ics, "SUMMARY:Gardeners retrospective") == 1);
  CHECK(count_lines(ics, "CATEGORIES:RETROSPECTIVE") == 1);
  CHECK(count_lines(ics, "BEGIN:VEVENT") == 3);
  CHECK(count_lines(ics, "UID:") == 3);
  CHECK(count_lines(ics, "UID:" + rhythm_uid("Gardeners", gardeners().rhythm)) == 2);
  CHECK(has_line(ics, "UID:" + meeting_uid("Gardeners", gardeners().rhythm, d("2026-12-29"))));
}

TEST_CASE("rotating facilitation gives every meeting an override naming its facilitator") {
  auto crew = gardeners();
  crew.rhythm.rotate_facilitator = true;
  auto ics = to_ics({crew}, berlin());
  CHECK(count_lines(ics, "BEGIN:VEVENT") == 1 + 5);
  CHECK(count_lines(ics, "DESCRIPTION:Facilitator: Ada") == 3);
  CHECK(count_lines(ics, "DESCRIPTION:Facilitator: Bo") == 2);
}

TEST_CASE("UIDs are stable and identify the crew's commitment") {
  auto crew = gardeners();
  auto uid = rhythm_uid(crew.crew, crew.rhythm);
  CHECK(uid.find("@msol") != std::string::npos);
  CHECK(to_ics({crew}, berlin()) == to_ics({crew}, berlin()));
  auto edited = with_skip(crew.rhythm, d("2026-12-22"), true);
  edited.at = parse_time("20:00", "--at");
  CHECK(rhythm_uid(crew.crew, edited) == uid);  // same commitment, same events
  CHECK(rhythm_uid("Weavers", crew.rhythm) != uid);
  auto renewed = crew.rhythm;
  renewed.from = d("2027-01-05");
  CHECK(rhythm_uid(crew.crew, renewed) != uid);
  CHECK(meeting_uid(crew.crew, crew.rhythm, d("2026-12-01")) !=
        meeting_uid(crew.crew, crew.rhythm, d("2026-12-22")));
}

TEST_CASE("crew names are escaped TEXT") {
  auto crew = gardeners();
  crew.crew = "Seeds, Soil; and \\ Sun";
  CHECK(has_line(to_ics({crew}, berlin()), R"(SUMMARY:Seeds\, Soil\; and \\ Sun meeting)"));
}

TEST_CASE("RRULEs for every cadence") {
  auto rule_of = [](const char* cadence, const char* from) {
    auto r = weekly(from, 3);
    r.cadence = parse_cadence(cadence);
    auto lines = lines_of(to_ics({CrewRhythm{"C", {}, r}}, berlin()));
    return *std::find_if(lines.begin(), lines.end(),
                         [](const std::string& l) { return l.rfind("RRULE:", 0) == 0; });
  };
  CHECK(rule_of("2weeks", "2026-11-24") == "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2");
  CHECK(rule_of("month", "2026-11-15") == "RRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2");
  CHECK(rule_of("month", "2026-11-28") == "RRULE:FREQ=MONTHLY;BYMONTHDAY=28;COUNT=2");
  CHECK(rule_of("month", "2027-01-29") ==
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29;BYSETPOS=-1;COUNT=2");
  CHECK(rule_of("month", "2027-01-30") ==
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1;COUNT=2");
  CHECK(rule_of("month", "2027-01-31") == "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=2");
  CHECK(rule_of("first-tuesday", "2026-11-22") == "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=2");
  CHECK(rule_of("last-friday", "2026-11-22") == "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=2");
}

TEST_CASE("an ordinal-weekday rhythm starts on its first real date") {
  auto r = weekly("2026-11-22", 2);
  r.cadence = parse_cadence("first-tuesday");
  CHECK(has_line(to_ics({CrewRhythm{"C", {}, r}}, berlin()),
                 "DTSTART;TZID=Europe/Berlin:20261201T190000"));
}

TEST_CASE("--until becomes a UTC UNTIL at the end of the last scheduled day") {
  auto r = weekly("2026-11-24", 1);
  r.count.reset();
  r.until = d("2026-12-15");
  auto ics = to_ics({CrewRhythm{"C", {}, r}}, berlin());
  // The series ends before the retrospective, an event of its own on 2026-12-15.
  CHECK(has_line(ics, "RRULE:FREQ=WEEKLY;UNTIL=20261208T225959Z"));  // 23:59:59 CET
  r.postponed = 1;  // a postponed skip reaches past --until
  r.skipped = {d("2026-12-01")};
  CHECK(has_line(to_ics({CrewRhythm{"C", {}, r}}, berlin()),
                 "RRULE:FREQ=WEEKLY;UNTIL=20261215T225959Z"));
}

TEST_CASE("the VTIMEZONE carries the tz database transitions of the events' years") {
  auto ics = to_ics({CrewRhythm{"C", {}, weekly("2027-03-16", 4)}}, berlin());
  CHECK(has_line(ics, "TZID:Europe/Berlin"));
  auto lines = lines_of(ics);
  auto spring = std::find(lines.begin(), lines.end(), "DTSTART:20270328T020000");
  REQUIRE(spring != lines.end());
  CHECK(*(spring - 1) == "BEGIN:DAYLIGHT");
  CHECK(*(spring + 1) == "TZOFFSETFROM:+0100");
  CHECK(*(spring + 2) == "TZOFFSETTO:+0200");
  CHECK(*(spring + 3) == "TZNAME:CEST");
  auto autumn = std::find(lines.begin(), lines.end(), "DTSTART:20271031T030000");
  REQUIRE(autumn != lines.end());
  CHECK(*(autumn - 1) == "BEGIN:STANDARD");
  CHECK(*(autumn + 2) == "TZOFFSETTO:+0100");
  // From 2019 (for vobject, see ics.cpp): the opening rules, then two changes a year to 2027.
  CHECK(count_lines(ics, "BEGIN:DAYLIGHT") == 9);
  CHECK(count_lines(ics, "BEGIN:STANDARD") == 10);

  auto tokyo =
      to_ics({CrewRhythm{"C", {}, weekly("2027-03-16", 4)}}, {"Asia/Tokyo", kStamp, false});
  CHECK(count_lines(tokyo, "BEGIN:STANDARD") == 1);
  CHECK(has_line(tokyo, "TZOFFSETTO:+0900"));
}

TEST_CASE("--expand writes one plain event per meeting") {
  auto crew = gardeners();
  auto ics = to_ics({crew}, berlin(true));
  CHECK(count_lines(ics, "BEGIN:VEVENT") == 5);
  CHECK(count_lines(ics, "RRULE") == 0);
  CHECK(count_lines(ics, "RECURRENCE-ID") == 0);
  CHECK(count_lines(ics, "CATEGORIES:RETROSPECTIVE") == 1);
  CHECK(has_line(ics, "DTSTART;TZID=Europe/Berlin:20261217T180000"));
  CHECK(has_line(ics, "UID:" + meeting_uid(crew.crew, crew.rhythm, d("2026-12-15"))));
}

TEST_CASE("an empty calendar still has its time zone, and bad input is rejected") {
  auto ics = to_ics({}, berlin());
  CHECK(count_lines(ics, "BEGIN:VTIMEZONE") == 1);
  CHECK(count_lines(ics, "BEGIN:VEVENT") == 0);
  CHECK_THROWS_AS(to_ics({}, {"Mars/Olympus", kStamp, false}), UsageError);
  auto crew = gardeners();
  crew.rhythm.count = 0;
  CHECK_THROWS_AS(to_ics({crew}, berlin()), UsageError);
}

TEST_CASE("a rhythm touching a skipped or repeated hour is written one event per meeting") {
  // libical keeps 03:30 for the weeks after the gap when it expands an RRULE, so no RRULE; the
  // gap day's start is written in UTC, the others in local time (issue 20).
  const IcsOptions new_york{"America/New_York", kStamp, false};
  auto ics = to_ics({CrewRhythm{"C", {}, weekly("2027-03-07", 4, "02:30")}}, new_york);
  CHECK(count_lines(ics, "RRULE") == 0);
  CHECK(count_lines(ics, "BEGIN:VEVENT") == 4);
  CHECK(has_line(ics, "DTSTART:20270314T073000Z"));  // 03:30 EDT
  CHECK(has_line(ics, "DTSTART;TZID=America/New_York:20270321T023000"));
  // 01:30 on the first Sunday of November happens twice: the first, 05:30 UTC, and no local time
  // a client could read as the second.
  auto fall = to_ics({CrewRhythm{"C", {}, weekly("2027-10-31", 3, "01:30")}}, new_york);
  CHECK(has_line(fall, "DTSTART:20271107T053000Z"));
  CHECK(count_lines(fall, "DTSTART;TZID=America/New_York:20271107") == 0);
}

TEST_CASE("past commitments stay, each its own series ending where the next began") {
  auto old = weekly("2026-11-03", 6);
  auto next = weekly("2026-11-24", 2);
  CrewRhythm past{"C", {}, old, next.from, 7, date::sys_days{d("2026-11-20")}};
  CrewRhythm now{"C", {}, next, std::nullopt, 7, date::sys_days{d("2026-11-20")}};
  auto ics = to_ics({past, now}, berlin());
  CHECK(has_line(ics, "UID:" + rhythm_uid("C", old)));
  CHECK(has_line(ics, "UID:" + rhythm_uid("C", next)));
  // The replaced commitment held 3 meetings before 2026-11-24, the last not its retrospective.
  CHECK(has_line(ics, "RRULE:FREQ=WEEKLY;COUNT=3"));
  CHECK(has_line(ics, "RRULE:FREQ=WEEKLY;COUNT=1"));  // and the retrospective on its own
  CHECK(count_lines(ics, "CATEGORIES:RETROSPECTIVE") == 1);
  CHECK(count_lines(ics, "SEQUENCE:7") == count_lines(ics, "BEGIN:VEVENT"));
  CHECK(count_lines(ics, "LAST-MODIFIED:20261120T000000Z") == count_lines(ics, "BEGIN:VEVENT"));
  // A commitment replaced before it held anything leaves no event.
  CrewRhythm never{"C", {}, weekly("2026-11-24", 2), next.from};
  CHECK(count_lines(to_ics({never, now}, berlin()), "RRULE") == 1);
}
