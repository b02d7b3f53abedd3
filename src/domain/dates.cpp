#include "domain/dates.hpp"

#include <fmt/format.h>

#include <cctype>

#include "domain/date_range.hpp"
#include "domain/errors.hpp"

namespace msol {
namespace {

bool digits_at(std::string_view s, size_t pos, size_t n) {
  for (size_t i = pos; i < pos + n; ++i)
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int number_at(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

std::optional<Date> try_parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits_at(s, 0, 4) || !digits_at(s, 5, 2) || !digits_at(s, 8, 2)) return std::nullopt;
  Date d{date::year{number_at(s, 0, 4)}, date::month{static_cast<unsigned>(number_at(s, 5, 2))},
         date::day{static_cast<unsigned>(number_at(s, 8, 2))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

Date in_range(Date day, std::string_view what) {
  if (day.year() >= kFirstYear && day.year() <= kLastYear) return day;
  throw UsageError(fmt::format("{} {} is out of range: give a date from {}-01-01 to {}", what,
                               format_date(day), static_cast<int>(kFirstYear),
                               format_date(kLastDate)));
}

Date parse_date(std::string_view text, std::string_view what) {
  if (auto d = try_parse_date(text)) return in_range(*d, what);
  throw UsageError(fmt::format(
      "{} '{}' is not a valid date: write it as YYYY-MM-DD, e.g. 2026-03-14", what, text));
}

std::string format_date(const Date& d) {
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(d.year()),
                     static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}

TimeOfDay parse_time(std::string_view s, std::string_view what) {
  if (s.size() == 5 && s[2] == ':' && digits_at(s, 0, 2) && digits_at(s, 3, 2)) {
    TimeOfDay t{number_at(s, 0, 2), number_at(s, 3, 2)};
    if (t.hour < 24 && t.minute < 60) return t;
  }
  throw UsageError(fmt::format(
      "{} '{}' is not a valid time of day: write it as HH:MM between 00:00 and 23:59", what, s));
}

std::string format_time(const TimeOfDay& t) { return fmt::format("{:02}:{:02}", t.hour, t.minute); }

}  // namespace msol
