#include "calendar/agenda.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"

namespace msol::calendar {

std::vector<Occurrence> occurrences_between(const std::vector<Occurrence>& meetings, Date first,
                                            Date last) {
  std::vector<Occurrence> out;
  std::copy_if(meetings.begin(), meetings.end(), std::back_inserter(out),
               [&](const Occurrence& o) { return o.date >= first && o.date <= last; });
  return out;
}

std::vector<Occurrence> upcoming(const std::vector<Occurrence>& meetings, Date today, int days) {
  if (days < 0)
    throw UsageError(
        fmt::format("--days {} is negative: give a number of days, e.g. --days 14", days));
  if (days == 0) return {};
  auto last = Date{date::sys_days{today} + date::days{days - 1}};
  return occurrences_between(meetings, today, last);
}

std::optional<Occurrence> latest_to_log(const std::vector<Occurrence>& meetings,
                                        const std::set<Date>& logged, date::sys_seconds now) {
  std::optional<Occurrence> latest;
  for (const auto& o : meetings)
    if (o.utc_start <= now && !logged.count(o.date) && (!latest || o.utc_start > latest->utc_start))
      latest = o;
  return latest;
}

const Occurrence* held_on(const std::vector<Occurrence>& meetings, Date day) {
  for (const auto& o : meetings)
    if (o.date == day) return &o;
  return nullptr;
}

}  // namespace msol::calendar
