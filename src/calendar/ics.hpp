#pragma once
// iCalendar (RFC 5545) export of crews' rhythms, for `msol ics`.
#include <date/tz.h>

#include <optional>
#include <string>
#include <vector>

#include "calendar/rhythm.hpp"

namespace msol::calendar {

// One commitment of a crew. A crew that renewed or replaced its rhythm gives one per commitment,
// past ones included, so that subscribed calendars keep the meetings already held.
struct CrewRhythm {
  std::string crew;
  std::vector<std::string> members;  // in the stable order facilitation rotates through
  Rhythm rhythm;
  std::optional<Date> ends_before = {};  // the next commitment's start (see end_before())
  int sequence = 0;                      // the crew's calendar revision: SEQUENCE
  std::optional<date::sys_seconds> last_modified = {};  // LAST-MODIFIED, when known
};

struct IcsOptions {
  std::string time_zone;        // the congregation's IANA zone
  date::sys_seconds dtstamp{};  // passed in so that the same data exports the same bytes
  bool expand = false;          // one plain VEVENT per meeting instead of RRULEs
};

// A VCALENDAR with a VTIMEZONE covering every event and, per commitment, either a recurring VEVENT
// (RRULE with COUNT or UNTIL, EXDATE for skipped meetings and ones the next commitment replaced)
// plus RECURRENCE-ID overrides for moved meetings, the retrospective (SUMMARY "<crew>
// retrospective", CATEGORIES:RETROSPECTIVE) and, when facilitation rotates, each meeting's
// facilitator; or, with `expand`, one VEVENT per meeting. A commitment with a meeting at a local
// time that a daylight-saving change skips or repeats is always written one VEVENT per meeting,
// because clients expand recurrences across such days differently (libical keeps the shifted time
// for the weeks after a gap day); those meetings' own starts are written in UTC, which no client
// can read as the other of two repeated hours. Every event carries the crew's SEQUENCE and
// LAST-MODIFIED. CRLF line endings, lines folded at 75 octets. Throws as expand() does.
std::string to_ics(const std::vector<CrewRhythm>& crews, const IcsOptions& options);

}  // namespace msol::calendar
