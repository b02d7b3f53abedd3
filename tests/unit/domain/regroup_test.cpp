#include "domain/regroup.hpp"

#include <doctest/doctest.h>

#include "domain/errors.hpp"

using namespace msol;
using Names = std::vector<std::string>;

namespace {

Date d(const char* iso) { return parse_date(iso, "test date"); }

Crew crew(const char* name, const Names& members) {
  Crew c{name, true, d("2026-09-01"), std::nullopt, {}};
  for (const auto& m : members) c.roster.push_back({m, d("2026-09-01"), std::nullopt});
  return c;
}

}  // namespace

TEST_CASE("a formation changes only the open crews whose members it places") {
  std::vector<Crew> running{crew("Otters", {"Ana", "Ben", "Caro", "Dan"}),
                            crew("Herons", {"Eve", "Fay", "Gil"}),
                            crew("Larks", {"Hal", "Ida", "Jo"})};
  running[2].open = false;  // a closed crew is history: never changed
  std::vector<Crew> made{crew("Crew 1", {"Ana", "Eve", "Fay", "Hal"})};
  auto changes = crew_changes(running, made, 3);
  REQUIRE(changes.size() == 2);
  CHECK(changes[0].crew == "Otters");
  CHECK(changes[0].leaving == Names{"Ana"});
  CHECK(changes[0].staying == Names{"Ben", "Caro", "Dan"});
  CHECK_FALSE(changes[0].closes);
  CHECK(changes[1].crew == "Herons");
  CHECK(changes[1].leaving == Names{"Eve", "Fay"});
  CHECK(changes[1].closes);  // one member left, below --min 3
  CHECK(describe(changes[1]) ==
        "Herons: Eve, Fay leave; Gil stays: the crew closes and its "
        "rhythm ends");
  CHECK(crew_changes(running, made, 4)[0].closes);        // three stay, below --min 4
  CHECK_FALSE(crew_changes(running, made, 1)[1].closes);  // one stays, --min 1
  CHECK(crew_changes(running, {}, 3).empty());
}

TEST_CASE("applying the changes moves the members out and closes crews left too small") {
  std::vector<Crew> running{crew("Otters", {"Ana", "Ben", "Caro", "Dan"}),
                            crew("Herons", {"Eve", "Fay", "Gil"})};
  std::vector<Crew> made{crew("Crew 1", {"Ana", "Eve", "Fay"})};
  apply_crew_changes(running, crew_changes(running, made, 3), d("2026-12-01"));
  CHECK(running[0].open);
  CHECK(running[0].members() == Names{"Ben", "Caro", "Dan"});
  CHECK(running[0].roster[0].left == d("2026-12-01"));
  CHECK_FALSE(running[1].open);
  CHECK(running[1].closed == d("2026-12-01"));
  // A closed crew keeps who was in it when it ended, as `crew close` does.
  CHECK(running[1].members() == Names{"Eve", "Fay", "Gil"});
  CHECK_FALSE(running[1].roster[0].left);
  CHECK(crew_of(running, "Gil") == nullptr);  // back in the pool
}

TEST_CASE("a change that does not fit the crews throws and names the crew") {
  std::vector<Crew> running{crew("Otters", {"Ana", "Ben", "Caro"})};
  CHECK_THROWS_AS(apply_crew_changes(running, {{"Otters", {"Zed"}, {}, false}}, d("2026-12-01")),
                  Failure);
}
