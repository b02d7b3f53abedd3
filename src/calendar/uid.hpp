#pragma once
// Stable iCalendar UIDs: the same rhythm exports the same UIDs every time, so re-importing an
// export updates the events in a calendar instead of duplicating them.
#include <string>
#include <string_view>

#include "calendar/rhythm.hpp"

namespace msol::calendar {

// Derived from the crew name and what identifies the commitment (cadence and start date) but not
// from its skips, moves or time, which change while the commitment stays the same.
std::string rhythm_uid(std::string_view crew, const Rhythm& rhythm);

// The UID of one meeting in `--expand` mode, named by its scheduled date.
std::string meeting_uid(std::string_view crew, const Rhythm& rhythm, Date scheduled);

}  // namespace msol::calendar
