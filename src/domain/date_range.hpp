#pragma once
// The years msol accepts and computes (SPEC section 5, issue 20): calendar clients and the tz
// database agree on nothing outside them, and a typo such as 9999 or 0001 is caught at input.
// parse_date (dates.hpp) refuses dates outside them; rhythms never schedule a meeting after them.
#include "domain/dates.hpp"

namespace msol {

inline constexpr date::year kFirstYear{1970};
inline constexpr date::year kLastYear{2200};
inline constexpr Date kLastDate{kLastYear / date::December / 31};

// `day` itself when it lies in kFirstYear..kLastYear; throws UsageError naming `what` and the
// allowed range otherwise.
Date in_range(Date day, std::string_view what);

}  // namespace msol
