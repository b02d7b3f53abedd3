#pragma once
// Picking meetings out of an expanded rhythm by date, for the agenda, reminders and `meet log`.
#include <optional>
#include <set>
#include <vector>

#include "calendar/expand.hpp"

namespace msol::calendar {

// Meetings held (by local date) from `first` to `last`, both inclusive, in time order.
std::vector<Occurrence> occurrences_between(const std::vector<Occurrence>& meetings, Date first,
                                            Date last);

// Meetings held in the `days` days starting with `today` (today counts as the first day; days = 0
// gives nothing). Throws UsageError for negative days.
std::vector<Occurrence> upcoming(const std::vector<Occurrence>& meetings, Date today, int days);

// SPEC 5: the meeting `msol meet log` logs when it is given no date: the latest one that has
// started at `now` (its start at or before it) and whose date is not in `logged`.
std::optional<Occurrence> latest_to_log(const std::vector<Occurrence>& meetings,
                                        const std::set<Date>& logged, date::sys_seconds now);

// The meeting held on `day`, if any.
const Occurrence* held_on(const std::vector<Occurrence>& meetings, Date day);

}  // namespace msol::calendar
