#include "domain/review.hpp"

#include <doctest/doctest.h>

#include "domain/errors.hpp"

using namespace msol;

namespace {
Date d(const char* iso) { return parse_date(iso, "test date"); }
}  // namespace

TEST_CASE("a retrospective is accepted from the day of the commitment's last meeting") {
  ReviewRequest r{d("2026-12-15"), false, std::nullopt, d("2026-12-15"), false};
  CHECK_NOTHROW(check_review(r, "Otters"));
  r.today = d("2026-12-20");
  CHECK_NOTHROW(check_review(r, "Otters"));
  r.today = d("2026-11-03");
  CHECK_THROWS_WITH_AS(check_review(r, "Otters"),
                       doctest::Contains("holds its retrospective on 2026-12-15"), Failure);
  r.early = true;
  CHECK_NOTHROW(check_review(r, "Otters"));
}

TEST_CASE("a crew without a rhythm may end at any time") {
  CHECK_NOTHROW(
      check_review({std::nullopt, false, std::nullopt, d("2026-11-03"), false}, "Otters"));
}

TEST_CASE("one retrospective per commitment, and none twice on one day") {
  // the commitment already reviewed (as a file could hold it)
  ReviewRequest r{d("2026-12-15"), true, d("2026-12-15"), d("2026-12-16"), false};
  CHECK_THROWS_WITH_AS(check_review(r, "Otters"),
                       doctest::Contains("already held its retrospective on 2026-12-15"), Failure);
  // the renewal made by today's retrospective: not even --early reviews it again today
  ReviewRequest again{d("2027-01-26"), false, d("2026-12-15"), d("2026-12-15"), true};
  CHECK_THROWS_WITH_AS(check_review(again, "Otters"),
                       doctest::Contains("the next one is on 2027-01-26"), Failure);
  // the renewal's own retrospective, weeks later, is accepted
  again.today = d("2027-01-26");
  again.early = false;
  CHECK_NOTHROW(check_review(again, "Otters"));
}
