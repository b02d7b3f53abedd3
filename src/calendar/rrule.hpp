#pragma once
// The RRULE that reproduces a rhythm's scheduled dates.
#include <date/tz.h>

#include <string>

#include "calendar/rhythm.hpp"

namespace msol::calendar {

// The RRULE value generating scheduled_dates(rhythm) from a DTSTART on the first scheduled date at
// the rhythm's time in `zone`; skipped dates are left to EXDATE. A monthly rhythm anchored on the
// 31st uses BYMONTHDAY=-1 (the month's last day), one on the 29th or 30th
// BYMONTHDAY=28,..,anchor;BYSETPOS=-1 ("the anchor day, or the month's last day when the month is
// shorter"), since a plain BYMONTHDAY=30 would skip February altogether.
std::string rrule_value(const Rhythm& rhythm, const date::time_zone& zone);

}  // namespace msol::calendar
