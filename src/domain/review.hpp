#pragma once
// When a crew may hold the retrospective that ends its commitment (SPEC 5): from the day of the
// commitment's last meeting, once. Pure.
#include <optional>
#include <string_view>

#include "domain/dates.hpp"

namespace msol {

struct ReviewRequest {
  std::optional<Date> retrospective;  // the active commitment's last meeting; none without one
  bool already_reviewed = false;      // a retrospective already names the active commitment
  std::optional<Date> last_review;    // the crew's latest retrospective, of any commitment
  Date today{};
  bool early = false;  // --early: end the commitment before its retrospective, on purpose
};

// Throws Failure when the retrospective cannot be recorded today: before the commitment's
// retrospective without `early` (naming that date), or a second time for one commitment (naming
// when it was held); a crew holds at most one retrospective a day, whatever its commitments.
void check_review(const ReviewRequest& request, std::string_view crew);

}  // namespace msol
