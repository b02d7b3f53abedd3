#pragma once
// Picking meetings out of an expanded rhythm by date, for the agenda, reminders and `meet log`.
#include <optional>
#include <vector>

#include "calendar/expand.hpp"

namespace msol::calendar {

// Meetings held (by local date) from `first` to `last`, both inclusive, in time order.
std::vector<Occurrence> occurrences_between(const std::vector<Occurrence>& meetings, Date first,
                                            Date last);

// Meetings held in the `days` days starting with `today` (today counts as the first day; days = 0
// gives nothing). Throws UsageError for negative days.
std::vector<Occurrence> upcoming(const std::vector<Occurrence>& meetings, Date today, int days);

// The latest meeting held on or before `day`: the default meeting for `msol meet log`.
std::optional<Occurrence> most_recent_on_or_before(const std::vector<Occurrence>& meetings,
                                                   Date day);

}  // namespace msol::calendar
