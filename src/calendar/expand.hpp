#pragma once
// The meetings a rhythm holds, one by one, in the congregation's time zone.
#include <string>
#include <string_view>
#include <vector>

#include "calendar/rhythm.hpp"
#include "calendar/zone.hpp"

namespace msol::calendar {

struct Occurrence {
  int index = 0;     // 0-based position among the meetings held, in time order
  Date scheduled{};  // the date the cadence gave it; identifies it even after a move
  Date date{};       // the day it is held
  TimeOfDay time;    // the local time asked for (the rhythm's, or the move's)
  date::local_seconds local_start{};  // the wall-clock start, after any daylight-saving shift
  date::sys_seconds utc_start{};
  int duration_minutes = kDefaultDurationMinutes;
  bool moved = false;
  bool is_retrospective = false;  // the last meeting of the commitment
  std::string facilitator;        // empty unless the rhythm rotates facilitation
  std::string warning;            // set when the local time is skipped or repeated by a DST change
};

// Expands a rhythm into the meetings held, sorted by start time. Skipped dates are left out and do
// not take a facilitator's turn: turns go to held meetings only, in time order, through
// `facilitators` from its first entry (callers rotate the list to start elsewhere, e.g. at a
// retrospective's --next-facilitator). The last held meeting is the retrospective, even when a
// move reorders meetings. Throws UsageError/Failure as validate() and find_zone() do.
std::vector<Occurrence> expand(const Rhythm& rhythm, std::string_view tz_name,
                               const std::vector<std::string>& facilitators);

}  // namespace msol::calendar
