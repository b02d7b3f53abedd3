#pragma once
// How often a crew meets: the cadence words of `msol rhythm set --every`.
#include <string>
#include <string_view>

#include "domain/dates.hpp"

namespace msol::calendar {

struct Cadence {
  enum class Kind { week, two_weeks, month, ordinal_weekday };
  // Ordinal 0 stands for "last": only first..fourth exist in every month, so no fifth.
  static constexpr unsigned kLast = 0;

  Kind kind = Kind::week;
  unsigned ordinal = kLast;  // ordinal_weekday only: 1..4 or kLast
  date::weekday weekday{};   // ordinal_weekday only
  // month only: the anchor day of month (1..31) a renewal inherits, since its first date may be a
  // short month's last day (Apr 30 continuing a rhythm on the 31st); 0: the first date's own day.
  unsigned day = 0;
  bool operator==(const Cadence&) const = default;
};

// Parses week, 2weeks, month, first-tuesday .. fourth-sunday, last-friday (case-insensitive);
// throws UsageError listing the valid forms otherwise.
Cadence parse_cadence(std::string_view text);
std::string format_cadence(const Cadence& cadence);

// The first date on or after `from` that the cadence lands on. For week, 2weeks and month that is
// `from` itself; an ordinal weekday waits for its day (this month's, or next month's if passed).
Date first_date(const Cadence& cadence, Date from);

// The n-th (0-based) date of the cadence counted from `first` (a result of first_date). Every date
// is computed from the anchor rather than from its predecessor, so a monthly rhythm anchored on the
// 31st returns to the 31st after a short month instead of drifting to the 28th.
// The anchor of a monthly cadence is cadence.day, or first's day when that is 0.
Date nth_date(const Cadence& cadence, Date first, int n);

// The day of month a monthly cadence returns to (see Cadence::day).
date::day anchor_day(const Cadence& cadence, Date first);

}  // namespace msol::calendar
