#include "calendar/zone.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"

namespace msol::calendar {
namespace {

std::string format_local(date::local_seconds t) { return date::format("%F %H:%M", t); }

std::string nonexistent_warning(const date::time_zone& zone, date::local_seconds asked,
                                date::local_seconds actual) {
  return fmt::format(
      "{} does not exist in {} (clocks go forward); the meeting starts at {} instead",
      format_local(asked), zone.name(), date::format("%H:%M", actual));
}

std::string ambiguous_warning(const date::time_zone& zone, date::local_seconds asked,
                              const date::sys_info& first) {
  return fmt::format("{} happens twice in {} (clocks go back); the meeting is at the first, {} {}",
                     format_local(asked), zone.name(), date::format("%H:%M", asked), first.abbrev);
}

}  // namespace

const date::time_zone& find_zone(std::string_view name) {
  try {
    return *date::locate_zone(name);
  } catch (const std::runtime_error&) {
    throw UsageError(fmt::format(
        "unknown time zone '{}': give an IANA zone name such as Europe/Berlin or America/New_York",
        name));
  }
}

LocalStart resolve_local(const date::time_zone& zone, Date day, TimeOfDay time) {
  auto asked = date::local_seconds{date::local_days{day}} + std::chrono::hours{time.hour} +
               std::chrono::minutes{time.minute};
  auto info = zone.get_info(asked);
  // For unique and ambiguous times `first` is the earlier reading; for a gap it is the offset
  // before the gap, which is exactly RFC 5545's rule.
  auto utc = date::sys_seconds{asked.time_since_epoch()} - info.first.offset;
  auto actual = zone.to_local(utc);
  switch (info.result) {
    case date::local_info::unique:
      return {actual, utc, {}};
    case date::local_info::nonexistent:
      return {actual, utc, nonexistent_warning(zone, asked, actual)};
    case date::local_info::ambiguous:
      break;
  }
  return {actual, utc, ambiguous_warning(zone, asked, info.first)};
}

}  // namespace msol::calendar
