#pragma once
// Local wall-clock times in the congregation's IANA time zone, on the system's tz database.
#include <date/tz.h>

#include <string>
#include <string_view>

#include "domain/dates.hpp"

namespace msol::calendar {

// Throws UsageError naming the zone when the tz database does not know it.
const date::time_zone& find_zone(std::string_view name);

struct LocalStart {
  date::local_seconds local;  // the wall-clock time the meeting actually starts
  date::sys_seconds utc;
  std::string warning;  // empty unless the asked-for time is skipped or repeated that day
};

// Resolves `day` at `time` in `zone` the way RFC 5545 (3.3.5) does: a time in a spring-forward gap
// is read with the offset before the gap, so it moves forward by the gap (02:30 becomes 03:30); a
// time that happens twice on a fall-back day is the first of the two. Both cases carry a warning.
LocalStart resolve_local(const date::time_zone& zone, Date day, TimeOfDay time);

}  // namespace msol::calendar
