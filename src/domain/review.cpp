#include "domain/review.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"

namespace msol {

void check_review(const ReviewRequest& r, std::string_view crew) {
  // A renewal made today has not begun: reviewing it again would only erase its meetings.
  if (r.last_review && (r.already_reviewed || *r.last_review >= r.today))
    throw Failure(fmt::format(
        "crew '{}' already held its retrospective on {}{}", crew, format_date(*r.last_review),
        r.retrospective ? fmt::format(": the next one is on {}", format_date(*r.retrospective))
                        : std::string()));
  if (r.retrospective && r.today < *r.retrospective && !r.early)
    throw Failure(fmt::format(
        "crew '{}' holds its retrospective on {}, the last meeting of its commitment: record it "
        "from that day, or add --early to end the commitment before it",
        crew, format_date(*r.retrospective)));
}

}  // namespace msol
