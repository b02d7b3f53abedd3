#include "calendar/cadence.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "domain/errors.hpp"

namespace msol::calendar {
namespace {

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
// Index = Cadence::ordinal; index 0 is kLast.
constexpr std::array<std::string_view, 5> kOrdinalNames = {"last", "first", "second", "third",
                                                           "fourth"};

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

template <size_t N>
std::optional<unsigned> index_of(const std::array<std::string_view, N>& names,
                                 std::string_view word) {
  auto it = std::find(names.begin(), names.end(), word);
  if (it == names.end()) return std::nullopt;
  return static_cast<unsigned>(it - names.begin());
}

std::optional<Cadence> parse_ordinal_weekday(std::string_view text) {
  auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  auto ordinal = index_of(kOrdinalNames, text.substr(0, dash));
  auto weekday = index_of(kWeekdayNames, text.substr(dash + 1));
  if (!ordinal || !weekday) return std::nullopt;
  return Cadence{Cadence::Kind::ordinal_weekday, *ordinal, date::weekday{*weekday}};
}

Date ordinal_weekday_in(const Cadence& cadence, date::year_month ym) {
  if (cadence.ordinal == Cadence::kLast)
    return Date{date::sys_days{ym.year() / ym.month() / date::weekday_last{cadence.weekday}}};
  return Date{date::sys_days{ym.year() / ym.month() / cadence.weekday[cadence.ordinal]}};
}

// The anchor's day of month, or the month's last day when the month is shorter.
Date same_day_of_month(date::year_month ym, date::day anchor_day) {
  auto last = (ym.year() / ym.month() / date::last).day();
  return ym.year() / ym.month() / std::min(anchor_day, last);
}

date::year_month month_of(Date d) { return d.year() / d.month(); }

}  // namespace

Cadence parse_cadence(std::string_view text) {
  auto word = lowercase(text);
  if (word == "week") return Cadence{Cadence::Kind::week};
  if (word == "2weeks") return Cadence{Cadence::Kind::two_weeks};
  if (word == "month") return Cadence{Cadence::Kind::month};
  if (auto ordinal = parse_ordinal_weekday(word)) return *ordinal;
  throw UsageError(fmt::format(
      "unknown cadence '{}': use week, 2weeks, month (same day of month), or an ordinal weekday "
      "first-|second-|third-|fourth-|last- followed by monday..sunday, e.g. first-tuesday",
      text));
}

std::string format_cadence(const Cadence& cadence) {
  switch (cadence.kind) {
    case Cadence::Kind::week:
      return "week";
    case Cadence::Kind::two_weeks:
      return "2weeks";
    case Cadence::Kind::month:
      return "month";
    case Cadence::Kind::ordinal_weekday:
      break;
  }
  return fmt::format("{}-{}", kOrdinalNames.at(cadence.ordinal),
                     kWeekdayNames.at(cadence.weekday.c_encoding()));
}

Date first_date(const Cadence& cadence, Date from) {
  if (cadence.kind != Cadence::Kind::ordinal_weekday) return from;
  auto candidate = ordinal_weekday_in(cadence, month_of(from));
  if (candidate >= from) return candidate;
  return ordinal_weekday_in(cadence, month_of(from) + date::months{1});
}

Date nth_date(const Cadence& cadence, Date first, int n) {
  switch (cadence.kind) {
    case Cadence::Kind::week:
      return Date{date::sys_days{first} + date::days{7 * n}};
    case Cadence::Kind::two_weeks:
      return Date{date::sys_days{first} + date::days{14 * n}};
    case Cadence::Kind::month:
      return same_day_of_month(month_of(first) + date::months{n}, anchor_day(cadence, first));
    case Cadence::Kind::ordinal_weekday:
      break;
  }
  return ordinal_weekday_in(cadence, month_of(first) + date::months{n});
}

date::day anchor_day(const Cadence& cadence, Date first) {
  return cadence.day != 0 ? date::day{cadence.day} : first.day();
}

}  // namespace msol::calendar
