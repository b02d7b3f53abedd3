#include "domain/invariants.hpp"

#include <doctest/doctest.h>

using namespace msol;

namespace {

Date d(const char* iso) { return parse_date(iso, "test date"); }

Member member(const char* name, const char* invited_by = "", const char* joined = "2026-01-01") {
  Member m;
  m.name = name;
  m.invited_by = invited_by;
  m.joined = d(joined);
  return m;
}

Congregation six() {
  Congregation c;
  c.members = {member("Ana"),        member("Ben", "Ana"),  member("Caro", "Ana"),
               member("Dan", "Ben"), member("Eli", "Caro"), member("Fé", "Dan")};
  return c;
}

Crew crew(const char* name, std::vector<const char*> members, const char* day = "2026-11-01") {
  Crew c{name, true, d(day), std::nullopt, {}};
  for (const auto* m : members) c.roster.push_back({m, d(day), std::nullopt});
  return c;
}

bool mentions(const std::vector<std::string>& lines, const std::string& a, const std::string& b) {
  for (const auto& l : lines)
    if (l.find(a) != std::string::npos && l.find(b) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a consistent congregation has no findings") {
  auto f = check_invariants(
      six(), {crew("Otters", {"Ana", "Ben", "Caro"}), crew("Herons", {"Dan", "Eli", "Fé"})});
  CHECK(f.ok());
  CHECK(f.warnings.empty());
}

TEST_CASE("a member in two open crews is an error naming both crews") {
  auto f = check_invariants(
      six(), {crew("Otters", {"Ana", "Ben", "Caro"}), crew("Herons", {"ana", "Dan", "Eli"})});
  REQUIRE(f.errors.size() == 1);
  CHECK(mentions(f.errors, "Ana", "Otters, Herons"));
}

TEST_CASE("a closed crew or a past membership does not count as being in a crew now") {
  auto closed = crew("Otters", {"Ana", "Ben", "Caro"});
  closed.open = false;
  closed.closed = d("2026-11-10");
  auto left = crew("Foxes", {"Ana", "Dan", "Eli"});
  left.roster[0].left = d("2026-11-05");
  auto f = check_invariants(six(), {closed, left, crew("Herons", {"Ana", "Fé", "Ben"})});
  CHECK(f.ok());
}

TEST_CASE("open crews outside 3-8 are warnings, not errors; closed crews are not weighed") {
  auto small = crew("Pair", {"Ana", "Ben"});
  auto old = crew("Old", {"Caro"});
  old.open = false;
  auto f = check_invariants(six(), {small, old});
  CHECK(f.ok());
  REQUIRE(f.warnings.size() == 1);
  CHECK(mentions(f.warnings, "Pair", "2 member(s)"));
}

TEST_CASE("dangling references name the member or crew that holds them") {
  auto c = six();
  c.members[1].prefs.want = {"Zoe"};
  c.members[2].prefs.avoid = {"Yan"};
  c.members[3].invited_by = "Xi";
  auto f = check_invariants(c, {crew("Otters", {"Ana", "Ben", "Ghost"})});
  CHECK(mentions(f.errors, "'Ben'", "'Zoe'"));
  CHECK(mentions(f.errors, "'Caro'", "'Yan'"));
  CHECK(mentions(f.errors, "'Dan'", "'Xi'"));
  CHECK(mentions(f.errors, "'Otters'", "'Ghost'"));
  CHECK(f.errors.size() == 4);
}

TEST_CASE("crew memberships must fall within the member's time in the congregation") {
  auto c = six();
  c.members[1].left = d("2026-10-01");    // Ben
  c.members[4].joined = d("2026-12-01");  // Eli
  auto past = crew("Past", {"Ben", "Caro", "Dan"}, "2026-10-15");
  past.open = false;
  auto f = check_invariants(c, {past, crew("Herons", {"Eli", "Fé", "Ana"})});
  CHECK(mentions(f.errors, "'Ben'", "after leaving the congregation on 2026-10-01"));
  CHECK(mentions(f.errors, "'Eli'", "before joining the congregation on 2026-12-01"));
  CHECK(f.errors.size() == 2);
}

TEST_CASE("a member who left but is still in an open crew is an error") {
  auto c = six();
  c.members[0].left = d("2026-11-15");
  auto f = check_invariants(c, {crew("Otters", {"Ana", "Ben", "Caro"})});
  REQUIRE(f.errors.size() == 1);
  CHECK(mentions(f.errors, "'Ana'", "still in this open crew"));
}

TEST_CASE("a membership that ends before it starts, or a member who left before joining") {
  auto c = six();
  c.members[5].left = d("2025-12-01");
  auto otters = crew("Otters", {"Ana", "Ben", "Caro", "Dan"});
  otters.roster[3].left = d("2026-10-01");
  auto f = check_invariants(c, {otters});
  CHECK(mentions(f.errors, "'Dan'", "left it earlier, on 2026-10-01"));
  CHECK(mentions(f.errors, "'Fé'", "before joining"));
  CHECK(f.errors.size() == 2);
}

TEST_CASE("invitation cycles are found once each, with their members") {
  auto c = six();
  c.members[0].invited_by = "Dan";  // Ana <- Dan <- Ben <- Ana
  c.members.push_back(member("Gus", "Hal"));
  c.members.push_back(member("Hal", "Gus"));
  c.members.push_back(member("Ivo", "Ivo"));
  auto f = check_invariants(c, {});
  REQUIRE(f.errors.size() == 3);
  CHECK(mentions(f.errors, "invitation cycle", "Ana invited by Dan invited by Ben invited by Ana"));
  CHECK(mentions(f.errors, "invitation cycle", "Gus invited by Hal invited by Gus"));
  CHECK(mentions(f.errors, "invitation cycle", "Ivo invited by Ivo"));
}

TEST_CASE("a long invitation chain into a cycle reports only the cycle") {
  auto c = six();
  c.members[0].invited_by = "Ben";  // Ana <-> Ben; Caro, Dan, Eli, Fé hang below
  auto f = check_invariants(c, {});
  REQUIRE(f.errors.size() == 1);
  CHECK(mentions(f.errors, "invitation cycle", "Ana invited by Ben invited by Ana"));
}

TEST_CASE("names that are not NFC, hold invisible characters or collide once folded are errors") {
  auto c = six();
  c.members.push_back(member("Jose\xCC\x81"));     // NFD
  c.members.push_back(member("ANA\xE2\x80\x8B"));  // zero-width space
  c.members.push_back(member("STRAUSS"));
  c.members.push_back(member("Strau\xC3\x9F"));  // folds to strauss
  auto f = check_invariants(c, {});
  CHECK(mentions(f.errors, "Jose\xCC\x81", "normal form"));
  CHECK(mentions(f.errors, "ANA<U+200B>", "ZERO WIDTH SPACE"));
  CHECK(mentions(f.errors, "'STRAUSS' and 'Strau\xC3\x9F'", "same name"));
  CHECK(f.errors.size() == 3);
}
