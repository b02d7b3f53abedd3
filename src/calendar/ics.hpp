#pragma once
// iCalendar (RFC 5545) export of crews' rhythms, for `msol ics`.
#include <date/tz.h>

#include <string>
#include <vector>

#include "calendar/rhythm.hpp"

namespace msol::calendar {

struct CrewRhythm {
  std::string crew;
  std::vector<std::string> members;  // in the stable order facilitation rotates through
  Rhythm rhythm;
};

struct IcsOptions {
  std::string time_zone;        // the congregation's IANA zone
  date::sys_seconds dtstamp{};  // passed in so that the same data exports the same bytes
  bool expand = false;          // one plain VEVENT per meeting instead of RRULEs
};

// A VCALENDAR with a VTIMEZONE covering every event and, per crew, either a recurring VEVENT (RRULE
// with COUNT or UNTIL, EXDATE for skipped meetings) plus RECURRENCE-ID overrides for moved
// meetings, the retrospective (SUMMARY "<crew> retrospective", CATEGORIES:RETROSPECTIVE) and, when
// facilitation rotates, each meeting's facilitator; or, with `expand`, one VEVENT per meeting.
// CRLF line endings, lines folded at 75 octets. Throws as expand() does.
std::string to_ics(const std::vector<CrewRhythm>& crews, const IcsOptions& options);

}  // namespace msol::calendar
