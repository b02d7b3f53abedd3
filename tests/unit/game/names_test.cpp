#include "game/names.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/errors.hpp"

using namespace msol;
using namespace msol::game;

TEST_CASE("names sort by collation: case only breaks ties, lower case first as in CLDR's root") {
  std::vector<std::string> names{"ben", "Cai", "ana", "Ana", "anabel"};
  std::sort(names.begin(), names.end(), name_less);
  CHECK(names == std::vector<std::string>{"ana", "Ana", "anabel", "ben", "Cai"});
}

TEST_CASE("a list of names may not repeat or hold an empty name") {
  CHECK_NOTHROW(check_names({"ana", "ben"}, "a circle"));
  CHECK_THROWS_WITH_AS(check_names({"ana", "ben", "ana"}, "a circle"),
                       doctest::Contains("a circle names 'ana' twice"), UsageError);
  CHECK_THROWS_AS(check_names({"ana", ""}, "a circle"), UsageError);
}
