#include "storage/members_store.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "storage_test_util.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::day;
using msol::test::person;
using msol::test::TempDir;

namespace {

using Names = std::vector<std::string>;

// Every field in use; Ana wants members who are added after her.
Congregation sample() {
  Congregation c;
  c.name = "Western Europe";
  c.timezone = "Europe/Berlin";
  auto ana = person("Ana");
  ana.email = "ana@example.org";
  ana.joined = day("2026-01-10");
  add_member(c, ana);
  add_member(c, person("Élodie", "Ana"));
  add_member(c, person("Ben", "Élodie"));
  add_member(c, person("Caro", "Ana"));
  add_member(c, person("Dan", "Ben"));

  Preferences p;
  p.want = {"Dan", "Élodie", "Ben"};
  p.avoid = {"Caro"};
  p.interests = {"housing", "food", "art"};
  p.slots = {"tue-eve", "sat-am"};
  p.size = SizeRange{4, 6};
  p.looking = false;
  set_preferences(c, "Ana", p);
  Preferences d;
  d.want = {"Ana"};
  d.avoid = {"Élodie", "Ben"};
  d.slots = {"mon-am"};
  d.size = SizeRange{3, 3};
  set_preferences(c, "Dan", d);
  leave_member(c, "Caro", day("2026-06-30"));
  return c;
}

Names names_of(const Congregation& c) {
  Names out;
  for (const auto& m : c.members) out.push_back(m.name);
  return out;
}

}  // namespace

TEST_CASE("save_members and load_congregation round-trip every field") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "Western Europe", "Europe/Berlin");
  auto c = sample();
  db.write([&] { save_members(db.sql(), c, names_of(c)); });

  auto back = load_congregation(db.sql());
  CHECK(back.name == "Western Europe");
  CHECK(back.timezone == "Europe/Berlin");
  REQUIRE(back.members.size() == c.members.size());
  for (size_t i = 0; i < c.members.size(); ++i) {
    CAPTURE(c.members[i].name);
    CHECK(back.members[i] == c.members[i]);
  }
  // Spot checks on what a host would look at.
  CHECK(back.get("Ana").prefs.want == Names{"Dan", "Élodie", "Ben"});
  CHECK(back.get("Dan").prefs.avoid == Names{"Élodie", "Ben"});
  CHECK(back.get("Caro").left == day("2026-06-30"));
  CHECK_FALSE(back.get("Ana").prefs.looking);
  CHECK_FALSE(back.get("Ben").prefs.size.has_value());
}

TEST_CASE("saving a member again replaces their preferences, in the new order") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "W", "UTC");
  auto c = sample();
  db.write([&] { save_members(db.sql(), c, names_of(c)); });

  Preferences p;
  p.want = {"Ben", "Dan"};
  p.interests = {"art"};
  set_preferences(c, "Ana", p);
  MemberEdit e;
  e.email = "ana@new.example";
  edit_member(c, "Ana", e);
  db.write([&] { save_members(db.sql(), c, {"ana"}); });

  auto back = load_congregation(db.sql());
  const auto& ana = back.get("Ana");
  CHECK(ana.email == "ana@new.example");
  CHECK(ana.prefs.want == Names{"Ben", "Dan"});
  CHECK(ana.prefs.avoid.empty());
  CHECK(ana.prefs.interests == Names{"art"});
  CHECK(ana.prefs.slots.empty());
  CHECK_FALSE(ana.prefs.size.has_value());
  CHECK(ana.prefs.looking);
  CHECK(back.members.size() == c.members.size());
  CHECK(back.members[0].name == "Ana");  // still first in joining order
  // The others are untouched.
  CHECK(back.get("Dan") == c.get("Dan"));
}

TEST_CASE("rename_member carries through every reference to the member") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "W", "UTC");
  auto c = sample();
  db.write([&] {
    save_members(db.sql(), c, names_of(c));
    rename_member(db.sql(), "élodie", "Élodie Dupré");
  });
  auto back = load_congregation(db.sql());
  CHECK(back.find("Élodie") == nullptr);
  CHECK(back.get("Ben").invited_by == "Élodie Dupré");
  CHECK(back.get("Ana").prefs.want == Names{"Dan", "Élodie Dupré", "Ben"});
  CHECK(back.get("Dan").prefs.avoid == Names{"Élodie Dupré", "Ben"});
  CHECK(member_id(db.sql(), "ÉLODIE DUPRÉ") == member_id(db.sql(), "élodie dupré"));
  CHECK_THROWS_WITH_AS(member_id(db.sql(), "Élodie"), doctest::Contains("no member named"),
                       Failure);
}

TEST_CASE("a save naming a member missing from the congregation throws") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "W", "UTC");
  auto c = sample();
  CHECK_THROWS_AS(db.write([&] { save_members(db.sql(), c, {"Ana", "Nobody"}); }), Failure);
  CHECK(load_congregation(db.sql()).members.empty());
}
