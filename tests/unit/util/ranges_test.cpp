#include "util/ranges.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using msol::util::contains;
using msol::util::push_unique;

TEST_CASE("contains finds equal elements in any range") {
  const std::vector<std::string> names{"Ana", "Ben"};
  CHECK(contains(names, "Ben"));
  CHECK(contains(names, std::string("Ana")));
  CHECK_FALSE(contains(names, "ana"));  // exact: name matching is the domain's (same_name)
  CHECK_FALSE(contains(std::vector<int>{}, 1));
}

TEST_CASE("push_unique keeps the first-seen order and skips repeats") {
  std::vector<std::string> out;
  CHECK(push_unique(out, "Ben"));
  CHECK(push_unique(out, "Ana"));
  CHECK_FALSE(push_unique(out, "Ben"));
  CHECK(out == std::vector<std::string>{"Ben", "Ana"});
}
