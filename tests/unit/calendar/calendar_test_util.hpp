#pragma once
// Shorthands shared by the calendar tests.
#include <string>
#include <vector>

#include "calendar/expand.hpp"
#include "calendar/rhythm.hpp"
#include "domain/dates.hpp"

namespace msol::calendar::test {

inline Date d(const char* iso) { return parse_date(iso, "test date"); }

inline Rhythm weekly(const char* from, int count, const char* at = "19:00") {
  Rhythm r;
  r.cadence = parse_cadence("week");
  r.from = d(from);
  r.count = count;
  r.at = parse_time(at, "test time");
  return r;
}

inline std::vector<std::string> dates_of(const std::vector<Occurrence>& meetings) {
  std::vector<std::string> out;
  for (const auto& o : meetings) out.push_back(format_date(o.date));
  return out;
}

inline std::vector<std::string> dates_of(const std::vector<Date>& days) {
  std::vector<std::string> out;
  for (auto day : days) out.push_back(format_date(day));
  return out;
}

inline std::string local_of(const Occurrence& o) { return date::format("%F %H:%M", o.local_start); }
inline std::string utc_of(const Occurrence& o) { return date::format("%F %H:%MZ", o.utc_start); }

}  // namespace msol::calendar::test
