#pragma once
// The edits `msol rhythm skip` and `msol rhythm move` make to a rhythm, validated.
#include <optional>
#include <set>
#include <string_view>

#include "calendar/rhythm.hpp"

namespace msol::calendar {

// SPEC 5: a meeting already logged is neither skipped nor moved, or its log would no longer
// belong to any meeting. Throws Failure naming the logged `day` when it is in `logged`; `verb`
// is "skip" or "move".
void check_not_logged(const std::set<Date>& logged, Date day, std::string_view crew,
                      std::string_view verb);

// Skips the meeting held on `day` (a scheduled date, or the day a moved meeting is now held).
// With `postpone` one meeting is added at the end instead of the commitment getting shorter.
// Throws Failure when no meeting is held on `day`.
Rhythm with_skip(Rhythm rhythm, Date day, bool postpone);

// Moves the meeting held on `day` to `new_day`, at `time` or the rhythm's usual time. Moving a
// meeting back to its scheduled date and time drops the move. Throws Failure as validate() does.
Rhythm with_move(Rhythm rhythm, Date day, Date new_day, std::optional<TimeOfDay> time);

}  // namespace msol::calendar
