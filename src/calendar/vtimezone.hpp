#pragma once
// A VTIMEZONE component generated from the tz database, so calendar clients need no zone of
// their own to place the events.
#include <date/tz.h>

#include <string_view>

#include "calendar/ics_text.hpp"

namespace msol::calendar {

// Appends VTIMEZONE `tzid` describing `zone` from the start of `first` to the end of `last`: one
// observance for the rules in force on January 1 of `first`, then one STANDARD or DAYLIGHT
// observance per transition, each with the single DTSTART of that transition (no RRULE, so the
// output is exact even for years where a zone's rules changed).
void append_vtimezone(ContentLines& out, const date::time_zone& zone, std::string_view tzid,
                      date::year first, date::year last);

}  // namespace msol::calendar
