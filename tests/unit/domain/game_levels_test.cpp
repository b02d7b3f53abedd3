#include "domain/game_levels.hpp"

#include <doctest/doctest.h>

using namespace msol;

TEST_CASE("every level has one kind name that reads back, and level 3 is never logged") {
  for (const auto& entry : kLevels) {
    CHECK(kind_name(entry.level) == entry.kind);
    CHECK(level_name(entry.level) == entry.label);
    if (entry.logged) CHECK(kind_named(entry.kind) == entry.level);
  }
  CHECK_FALSE(kind_named("consistency"));
  CHECK_FALSE(kind_named("co-owners"));
  CHECK_FALSE(kind_named("Money"));
  CHECK(kind_named("coowners") == Level::CoOwners);
  CHECK(level_name(Level::CoOwners) == "co-owners");
  CHECK(kind_names() == "listening, money, conflict, coowners");
  CHECK(static_cast<int>(Level::Conflict) == 4);
}
