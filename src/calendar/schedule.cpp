#include "calendar/schedule.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::calendar {
namespace {

std::vector<std::string>::const_iterator find_member(const std::vector<std::string>& members,
                                                     std::string_view name) {
  return std::find_if(members.begin(), members.end(),
                      [&](const std::string& m) { return same_name(m, name); });
}

// The date the old cadence would have given next, had the commitment gone on.
Date continuation(const Rhythm& old) {
  auto first = first_date(old.cadence, old.from);
  return nth_date(old.cadence, first, static_cast<int>(scheduled_dates(old).size()));
}

// A monthly rhythm keeps its day of month across renewals (Apr 30 continuing the 31st still
// returns to the 31st) unless the retrospective gives a new --from or another cadence.
unsigned inherited_anchor(const Rhythm& old, const Cadence& next, bool new_from) {
  if (new_from || next.kind != Cadence::Kind::month || old.cadence.kind != Cadence::Kind::month)
    return 0;
  return static_cast<unsigned>(anchor_day(old.cadence, first_date(old.cadence, old.from)));
}

}  // namespace

std::vector<std::string> rotation(const std::vector<std::string>& members, std::string_view first) {
  auto out = members;
  auto it = find_member(members, first);
  if (it != members.end())
    std::rotate(out.begin(), out.begin() + (it - members.begin()), out.end());
  return out;
}

std::string next_in_rotation(const std::vector<std::string>& members, std::string_view current) {
  if (members.empty()) return {};
  auto it = find_member(members, current);
  if (it == members.end() || std::next(it) == members.end()) return members.front();
  return *std::next(it);
}

void end_before(std::vector<Occurrence>& held, Date next_from) {
  auto cut = std::find_if(held.begin(), held.end(),
                          [&](const Occurrence& o) { return o.date >= next_from; });
  held.erase(cut, held.end());
}

std::string first_of_renewal(const std::vector<std::string>& members, bool rotates,
                             const std::string& first, const std::vector<Occurrence>& held,
                             const std::string& named) {
  if (!named.empty()) return named;
  if (!rotates) return first;
  return next_in_rotation(members, held.empty() ? "" : held.back().facilitator);
}

std::vector<Date> orphaned_logs(const std::vector<CrewMeeting>& schedule,
                                const std::vector<Date>& logged) {
  std::vector<Date> out;
  for (auto day : logged)
    if (std::none_of(schedule.begin(), schedule.end(),
                     [&](const CrewMeeting& m) { return m.occurrence.date == day; }))
      out.push_back(day);
  return out;
}

std::vector<CrewMeeting> crew_schedule(const std::vector<Commitment>& commitments,
                                       std::string_view tz_name,
                                       const std::vector<std::string>& members) {
  std::vector<CrewMeeting> out;
  for (size_t i = 0; i < commitments.size(); ++i) {
    const auto& c = commitments[i];
    auto held = expand(c.rhythm, tz_name, rotation(members, c.first_facilitator));
    if (i + 1 < commitments.size()) end_before(held, commitments[i + 1].rhythm.from);
    for (auto& o : held) out.push_back({std::move(o), c.active});
  }
  return out;
}

Rhythm renewed(const Rhythm& old, const Renewal& renewal) {
  auto length = static_cast<int>(scheduled_dates(old).size()) - old.postponed;
  Rhythm next;
  next.cadence = renewal.cadence.value_or(old.cadence);
  next.from = renewal.from.value_or(continuation(old));
  next.cadence.day = inherited_anchor(old, next.cadence, renewal.from.has_value());
  next.count = renewal.count.value_or(length);
  next.at = renewal.at.value_or(old.at);
  next.duration_minutes = renewal.duration_minutes.value_or(old.duration_minutes);
  next.rotate_facilitator = old.rotate_facilitator;
  if (*next.count < 1 || *next.count > kMaxMeetings)
    throw UsageError(
        fmt::format("--renew {} is out of range: give a number of meetings from 1 to {}",
                    *next.count, kMaxMeetings));
  validate(next);
  return next;
}

}  // namespace msol::calendar
