#include "calendar/rhythm.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "domain/date_range.hpp"
#include "domain/errors.hpp"
#include "util/ranges.hpp"

namespace msol::calendar {
namespace {

void validate_bounds(const Rhythm& r) {
  if (r.count.has_value() == r.until.has_value())
    throw UsageError("a rhythm needs exactly one of --count N or --until DATE");
  if (r.count && (*r.count < 1 || *r.count > kMaxMeetings))
    throw UsageError(
        fmt::format("--count {} is out of range: give a number of meetings from 1 to {}", *r.count,
                    kMaxMeetings));
  if (r.until && *r.until < r.from)
    throw UsageError(
        fmt::format("--until {} is before --from {}: give an end date on or after the start",
                    format_date(*r.until), format_date(r.from)));
  if (r.until && date::sys_days{*r.until} - date::sys_days{r.from} > date::days{7 * kMaxMeetings})
    throw UsageError(fmt::format(
        "--until {} is too far away: a commitment is meant to be short and then reviewed; choose "
        "an end within {} weeks of --from",
        format_date(*r.until), kMaxMeetings));
  if (r.postponed < 0 || r.postponed > kMaxMeetings)
    throw UsageError(
        fmt::format("postponed count {} is out of range 0..{}", r.postponed, kMaxMeetings));
}

// A monthly anchor must be where the first date lies, or the RRULE would not start on DTSTART.
void validate_anchor(const Rhythm& r) {
  const auto& c = r.cadence;
  if (c.day == 0) return;
  auto last = (r.from.year() / r.from.month() / date::last).day();
  if (c.kind != Cadence::Kind::month || c.day > 31 ||
      r.from.day() != std::min(date::day{c.day}, last))
    throw UsageError(fmt::format("anchor day {} does not fit a {} rhythm from {}", c.day,
                                 format_cadence(c), format_date(r.from)));
}

void validate_duration(const Rhythm& r) {
  if (r.duration_minutes < 1 || r.duration_minutes > 24 * 60)
    throw UsageError(fmt::format(
        "--duration {} is out of range: give the meeting length in minutes, from 1 to 1440",
        r.duration_minutes));
}

void validate_not_empty(const Rhythm& r, const std::vector<Date>& scheduled) {
  if (scheduled.empty())
    throw UsageError(fmt::format(
        "--until {} leaves no meeting: the first {} on or after {} is {}; choose a later --until",
        format_date(*r.until), format_cadence(r.cadence), format_date(r.from),
        format_date(first_date(r.cadence, r.from))));
}

// Calendar clients and the tz database are trusted up to the end of 2200 only (dates.hpp).
void validate_horizon(const std::vector<Date>& scheduled) {
  if (!scheduled.empty() && scheduled.back() > kLastDate)
    throw UsageError(fmt::format(
        "this rhythm would meet on {}, after {}: choose fewer meetings or an earlier --from",
        format_date(scheduled.back()), format_date(kLastDate)));
}

void validate_skips(const Rhythm& r, const std::vector<Date>& scheduled) {
  std::set<Date> seen;
  for (const auto& d : r.skipped) {
    if (!util::contains(scheduled, d))
      throw Failure(fmt::format("{} is not a scheduled meeting of this rhythm", format_date(d)));
    if (!seen.insert(d).second)
      throw Failure(fmt::format("the meeting on {} is already skipped", format_date(d)));
  }
  if (seen.size() == scheduled.size())
    throw Failure("every meeting of this rhythm would be skipped; end the rhythm instead");
}

void validate_moves(const Rhythm& r, const std::vector<Date>& scheduled) {
  std::set<Date> originals;
  for (const auto& m : r.moved) {
    if (!util::contains(scheduled, m.original))
      throw Failure(
          fmt::format("{} is not a scheduled meeting of this rhythm", format_date(m.original)));
    if (util::contains(r.skipped, m.original))
      throw Failure(fmt::format("the meeting on {} is skipped and cannot also be moved",
                                format_date(m.original)));
    if (!originals.insert(m.original).second)
      throw Failure(fmt::format("the meeting on {} is moved twice", format_date(m.original)));
  }
}

// Two meetings of one crew on one day is almost certainly a mistyped move.
void validate_no_collisions(const Rhythm& r, const std::vector<Date>& scheduled) {
  std::set<Date> held;
  for (auto d : scheduled) {
    if (util::contains(r.skipped, d)) continue;
    auto move = std::find_if(r.moved.begin(), r.moved.end(),
                             [&](const Move& m) { return m.original == d; });
    auto actual = move == r.moved.end() ? d : move->date;
    if (!held.insert(actual).second)
      throw Failure(fmt::format("two meetings of this rhythm would fall on {}; move one elsewhere",
                                format_date(actual)));
  }
}

}  // namespace

std::vector<Date> scheduled_dates(const Rhythm& r) {
  auto first = first_date(r.cadence, r.from);
  std::vector<Date> dates;
  for (int n = 0; r.count ? n < *r.count : nth_date(r.cadence, first, n) <= *r.until; ++n)
    dates.push_back(nth_date(r.cadence, first, n));
  auto regular = static_cast<int>(dates.size());
  for (int n = regular; n < regular + r.postponed; ++n)
    dates.push_back(nth_date(r.cadence, first, n));
  return dates;
}

void validate(const Rhythm& r) {
  validate_bounds(r);
  validate_anchor(r);
  validate_duration(r);
  auto scheduled = scheduled_dates(r);
  validate_not_empty(r, scheduled);
  validate_horizon(scheduled);
  validate_skips(r, scheduled);
  validate_moves(r, scheduled);
  validate_no_collisions(r, scheduled);
}

}  // namespace msol::calendar
