#include "calendar/rrule.hpp"

#include <fmt/format.h>

#include <array>

#include "calendar/ics_text.hpp"

namespace msol::calendar {
namespace {

constexpr std::array<std::string_view, 7> kByDay = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

std::string monthly_by_day_of_month(unsigned anchor_day) {
  if (anchor_day <= 28) return fmt::format("FREQ=MONTHLY;BYMONTHDAY={}", anchor_day);
  // The 31st falls on every month's last day: the plain form, which calcurse also reads (it does
  // not know BYSETPOS).
  if (anchor_day == 31) return "FREQ=MONTHLY;BYMONTHDAY=-1";
  std::string days = "28";
  for (unsigned d = 29; d <= anchor_day; ++d) days += fmt::format(",{}", d);
  return fmt::format("FREQ=MONTHLY;BYMONTHDAY={};BYSETPOS=-1", days);
}

std::string frequency(const Rhythm& r) {
  switch (r.cadence.kind) {
    case Cadence::Kind::week:
      return "FREQ=WEEKLY";
    case Cadence::Kind::two_weeks:
      return "FREQ=WEEKLY;INTERVAL=2";
    case Cadence::Kind::month:
      return monthly_by_day_of_month(static_cast<unsigned>(anchor_day(r.cadence, r.from)));
    case Cadence::Kind::ordinal_weekday:
      break;
  }
  int ordinal = r.cadence.ordinal == Cadence::kLast ? -1 : static_cast<int>(r.cadence.ordinal);
  return fmt::format("FREQ=MONTHLY;BYDAY={}{}", ordinal, kByDay.at(r.cadence.weekday.c_encoding()));
}

// UNTIL must be in UTC when DTSTART has a TZID (RFC 5545 3.3.10). The end of the last scheduled day
// is used rather than the meeting's own instant, so clients that resolve a daylight-saving gap
// differently still keep the last meeting.
std::string until_end_of(Date last, const date::time_zone& zone) {
  auto local =
      date::local_seconds{date::local_days{last} + date::days{1}} - std::chrono::seconds{1};
  auto utc = date::sys_seconds{local.time_since_epoch()} - zone.get_info(local).first.offset;
  return ics_utc(utc);
}

}  // namespace

std::string rrule_value(const Rhythm& rhythm, const date::time_zone& zone) {
  auto scheduled = scheduled_dates(rhythm);
  if (rhythm.count) return fmt::format("{};COUNT={}", frequency(rhythm), scheduled.size());
  return fmt::format("{};UNTIL={}", frequency(rhythm), until_end_of(scheduled.back(), zone));
}

}  // namespace msol::calendar
