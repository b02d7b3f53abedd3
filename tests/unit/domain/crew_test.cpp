#include "domain/crew.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"

using namespace msol;

namespace {

using Names = std::vector<std::string>;

Date day(const char* iso) { return parse_date(iso, "test date"); }

constexpr Date kToday{date::year{2026}, date::month{11}, date::day{22}};

Congregation people(const Names& names) {
  Congregation c;
  for (const auto& n : names) {
    Member m;
    m.name = n;
    add_member(c, m);
  }
  return c;
}

Congregation sample() {
  return people({"Ana", "Ben", "Caro", "Dan", "Élodie", "Fay", "Gil", "Hal", "Ida", "Jo"});
}

Crew crew_named(std::string name) {
  Crew c;
  c.name = std::move(name);
  c.created = kToday;
  return c;
}

}  // namespace

TEST_CASE("create_crew stores members as spelled in the roster, in the given order") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"caro", "ANA", "élodie"}, kToday);
  REQUIRE(crews.size() == 1);
  const auto& crew = crews[0];
  CHECK(crew.open);
  CHECK(crew.created == kToday);
  CHECK_FALSE(crew.closed.has_value());
  CHECK(crew.members() == Names{"Caro", "Ana", "Élodie"});
  CHECK(crew.roster[0].joined == kToday);
  CHECK(crew.has_member("ÉLODIE"));
  CHECK_FALSE(crew.has_member("Ben"));
  CHECK(crew_of(crews, "ana") == &crews[0]);
  CHECK(crew_of(crews, "Ben") == nullptr);
  CHECK(&find_crew(crews, "CREW 1") == &crews[0]);
  CHECK_THROWS_WITH_AS(find_crew(crews, "Crew 9"), doctest::Contains("no crew named 'Crew 9'"),
                       Failure);
}

TEST_CASE("member_spelled gives a current member as the crew spells them") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"Ana", "Élodie", "Caro"}, kToday);
  CHECK(member_spelled(crews[0], "ÉLODIE", "--next-facilitator") == "Élodie");
  CHECK_THROWS_WITH_AS(member_spelled(crews[0], "Ben", "--next-facilitator"),
                       doctest::Contains("--next-facilitator 'Ben' is not a member of crew "
                                         "'Crew 1' (its members: Ana, Élodie, Caro)"),
                       Failure);
}

TEST_CASE("create_crew refuses what a host must fix, leaving the crews as they were") {
  auto c = sample();
  leave_member(c, "Jo", day("2026-10-01"));
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"Ana", "Ben", "Caro"}, kToday);

  SUBCASE("a member already in an open crew") {
    CHECK_THROWS_WITH_AS(create_crew(c, crews, "Crew 2", {"Dan", "ben", "Fay"}, kToday),
                         doctest::Contains("'Ben' is already in the open crew 'Crew 1'"), Failure);
  }
  SUBCASE("a member who left") {
    CHECK_THROWS_WITH_AS(create_crew(c, crews, "Crew 2", {"Dan", "Jo", "Fay"}, kToday),
                         doctest::Contains("left the congregation"), Failure);
  }
  SUBCASE("someone who is not a member") {
    CHECK_THROWS_AS(create_crew(c, crews, "Crew 2", {"Dan", "Zed"}, kToday), Failure);
  }
  SUBCASE("a member named twice") {
    CHECK_THROWS_WITH_AS(create_crew(c, crews, "Crew 2", {"Dan", "Fay", "DAN"}, kToday),
                         doctest::Contains("twice"), UsageError);
  }
  SUBCASE("no members") {
    CHECK_THROWS_AS(create_crew(c, crews, "Crew 2", {}, kToday), UsageError);
  }
  SUBCASE("a crew name in use, in any case") {
    CHECK_THROWS_WITH_AS(create_crew(c, crews, "crew 1", {"Dan", "Fay", "Gil"}, kToday),
                         doctest::Contains("exists already"), Failure);
  }
  SUBCASE("a crew name in use by a closed crew") {
    close_crew(crews, "Crew 1", kToday);
    CHECK_THROWS_AS(create_crew(c, crews, "Crew 1", {"Dan", "Fay", "Gil"}, kToday), Failure);
    CHECK(crews.size() == 1);
  }
  SUBCASE("a malformed crew name") {
    CHECK_THROWS_AS(create_crew(c, crews, "Crew, 2", {"Dan", "Fay", "Gil"}, kToday), UsageError);
    CHECK_THROWS_AS(create_crew(c, crews, "", {"Dan", "Fay", "Gil"}, kToday), UsageError);
  }
  REQUIRE(crews.size() == 1);
  CHECK(crews[0].members() == Names{"Ana", "Ben", "Caro"});
  CHECK(crew_of(crews, "Dan") == nullptr);
}

TEST_CASE("add_to_crew adds an active member who is in no other open crew") {
  auto c = sample();
  leave_member(c, "Jo", day("2026-10-01"));
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"Ana", "Ben", "Caro"}, kToday);
  create_crew(c, crews, "Crew 2", {"Dan", "Fay", "Gil"}, kToday);

  add_to_crew(c, crews, "crew 1", "hal", day("2026-11-23"));
  CHECK(crews[0].members() == Names{"Ana", "Ben", "Caro", "Hal"});
  CHECK(crews[0].roster.back().joined == day("2026-11-23"));

  CHECK_THROWS_WITH_AS(add_to_crew(c, crews, "Crew 1", "Dan", kToday),
                       doctest::Contains("already in the open crew 'Crew 2'"), Failure);
  CHECK_THROWS_WITH_AS(add_to_crew(c, crews, "Crew 1", "ana", kToday),
                       doctest::Contains("already in crew 'Crew 1'"), Failure);
  CHECK_THROWS_AS(add_to_crew(c, crews, "Crew 1", "Jo", kToday), Failure);
  CHECK_THROWS_AS(add_to_crew(c, crews, "Crew 1", "Zed", kToday), Failure);
  CHECK_THROWS_AS(add_to_crew(c, crews, "Crew 9", "Ida", kToday), Failure);
  CHECK(crews[0].members() == Names{"Ana", "Ben", "Caro", "Hal"});
  CHECK(crews[1].members() == Names{"Dan", "Fay", "Gil"});
}

TEST_CASE("remove_from_crew keeps the member in the crew's history") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"Ana", "Ben", "Caro", "Dan"}, kToday);
  remove_from_crew(crews, "Crew 1", "BEN", day("2026-12-01"));
  CHECK(crews[0].members() == Names{"Ana", "Caro", "Dan"});
  REQUIRE(crews[0].roster.size() == 4);
  CHECK(crews[0].roster[1].member == "Ben");
  CHECK(crews[0].roster[1].left == day("2026-12-01"));
  CHECK(crew_of(crews, "Ben") == nullptr);
  CHECK_THROWS_WITH_AS(remove_from_crew(crews, "Crew 1", "Ben", kToday),
                       doctest::Contains("'Ben' is not in crew 'Crew 1'"), Failure);

  // Once removed, a member may join another crew, or come back.
  create_crew(c, crews, "Crew 2", {"Ben", "Fay", "Gil"}, kToday);
  remove_from_crew(crews, "Crew 2", "Ben", kToday);
  add_to_crew(c, crews, "Crew 1", "Ben", day("2026-12-05"));
  CHECK(crews[0].members() == Names{"Ana", "Caro", "Dan", "Ben"});
  CHECK(crews[0].roster.size() == 5);
}

TEST_CASE("a closed crew is history: no adding, removing or closing again") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Crew 1", {"Ana", "Ben", "Caro"}, kToday);
  close_crew(crews, "crew 1", day("2026-12-24"));
  CHECK_FALSE(crews[0].open);
  CHECK(crews[0].closed == day("2026-12-24"));
  CHECK(crews[0].members() == Names{"Ana", "Ben", "Caro"});

  CHECK_THROWS_WITH_AS(add_to_crew(c, crews, "Crew 1", "Dan", kToday),
                       doctest::Contains("closed on 2026-12-24"), Failure);
  CHECK_THROWS_AS(remove_from_crew(crews, "Crew 1", "Ana", kToday), Failure);
  CHECK_THROWS_AS(close_crew(crews, "Crew 1", kToday), Failure);
  CHECK(crews[0].closed == day("2026-12-24"));
  CHECK(crews[0].members() == Names{"Ana", "Ben", "Caro"});

  // Its members are free for a new crew.
  CHECK(crew_of(crews, "Ana") == nullptr);
  create_crew(c, crews, "Crew 2", {"Ana", "Ben", "Caro"}, kToday);
  CHECK(crew_of(crews, "Ana") == &crews[1]);
}

TEST_CASE("next_crew_name picks the first unused 'Crew N'") {
  std::vector<Crew> crews;
  CHECK(next_crew_name(crews) == "Crew 1");
  crews.push_back(crew_named("Crew 1"));
  crews.push_back(crew_named("crew 2"));
  crews.push_back(crew_named("Crew 4"));
  CHECK(next_crew_name(crews) == "Crew 3");
  crews.push_back(crew_named("Crew 3"));
  crews.back().open = false;
  CHECK(next_crew_name(crews) == "Crew 5");
  std::vector<Crew> gap{crew_named("Crew 2"), crew_named("Kitchen")};
  CHECK(next_crew_name(gap) == "Crew 1");
}

TEST_CASE("crew_warnings flags open crews outside 3-8 members") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Pair", {"Ana", "Ben"}, kToday);
  create_crew(c, crews, "Trio", {"Caro", "Dan", "Élodie"}, kToday);
  auto pair = crew_warnings(crews[0]);
  REQUIRE(pair.size() == 1);
  CHECK(pair[0].find("'Pair' has 2 member(s)") != std::string::npos);
  CHECK(crew_warnings(crews[1]).empty());

  remove_from_crew(crews, "Trio", "Dan", kToday);
  CHECK(crew_warnings(crews[1]).size() == 1);

  auto big = people({"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"});
  std::vector<Crew> large;
  create_crew(big, large, "Eight", {"A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8"}, kToday);
  CHECK(crew_warnings(large[0]).empty());
  add_to_crew(big, large, "Eight", "A9", kToday);
  CHECK(crew_warnings(large[0]).size() == 1);

  close_crew(crews, "Pair", kToday);
  CHECK(crew_warnings(crews[0]).empty());
}

TEST_CASE("member_leaves ends the membership in the congregation and in the open crew") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Hearth", {"Ana", "Ben", "Caro"}, kToday);
  const Date later = day("2026-11-29");
  CHECK(member_leaves(c, crews, "ben", later) == std::optional<std::string>("Hearth"));
  CHECK(c.get("Ben").left == later);
  CHECK(crews[0].members() == Names{"Ana", "Caro"});
  CHECK(crews[0].roster[1].left == later);  // history kept
  // In no crew: only the congregation; leaving twice is refused and changes nothing.
  CHECK(member_leaves(c, crews, "Dan", later) == std::nullopt);
  CHECK(c.get("Dan").left == later);
  CHECK_THROWS_AS(member_leaves(c, crews, "Dan", later), Failure);
}

TEST_CASE("crew names are stored in NFC; an unknown crew gets suggestions") {
  auto c = sample();
  std::vector<Crew> crews;
  create_crew(c, crews, "Cre\xCC\x80me\xC2\xA0", {"Ana", "Ben", "Caro"}, kToday);
  CHECK(crews[0].name == "Cr\xC3\xA8me");
  CHECK_THROWS_WITH_AS(find_crew(crews, "creme"), doctest::Contains("Did you mean 'Cr\xC3\xA8me'?"),
                       Failure);
  CHECK_THROWS_WITH_AS(create_crew(c, crews, "Oak\xE2\x80\x8B", {"Dan", "Fay", "Gil"}, kToday),
                       doctest::Contains("U+200B"), UsageError);
  // A Cyrillic е in "Hеarth" looks like the Latin e of an existing crew's name.
  create_crew(c, crews, "Hearth", {"Dan", "Fay", "Gil"}, kToday);
  CHECK_THROWS_WITH_AS(create_crew(c, crews,
                                   "H\xD0\xB5"
                                   "arth",
                                   {"Hal", "Ida", "Jo"}, kToday),
                       doctest::Contains("looks like the existing crew 'Hearth'"), Failure);
  CHECK(crews.size() == 2);
  create_crew(c, crews,
              "H\xD0\xB5"
              "arth",
              {"Hal", "Ida", "Jo"}, kToday, true);
  CHECK(crews.size() == 3);
}
