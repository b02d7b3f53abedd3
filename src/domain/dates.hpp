#pragma once
// Calendar dates as the user types them (ISO YYYY-MM-DD) and times of day (HH:MM).
#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace msol {

using Date = date::year_month_day;

// Parses a strict ISO date; throws UsageError naming `what` and the value otherwise.
Date parse_date(std::string_view text, std::string_view what);
std::optional<Date> try_parse_date(std::string_view text);
std::string format_date(const Date& d);

struct TimeOfDay {
  int hour = 0;
  int minute = 0;
  auto operator<=>(const TimeOfDay&) const = default;
};

// Parses HH:MM (00:00..23:59); throws UsageError naming `what` otherwise.
TimeOfDay parse_time(std::string_view text, std::string_view what);
std::string format_time(const TimeOfDay& t);

}  // namespace msol
