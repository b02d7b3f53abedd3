#include "storage/crews_store.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "storage/members_store.hpp"
#include "storage_test_util.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::day;
using msol::test::person;
using msol::test::TempDir;

namespace {

using Names = std::vector<std::string>;

const Names kPeople = {"Ana", "Ben", "Caro", "Dan", "Élodie", "Fay", "Gil"};

Congregation sample() {
  Congregation c;
  for (const auto& n : kPeople) add_member(c, person(n));
  return c;
}

struct File {
  TempDir dir;
  Database db = Database::create(dir / "c.msol", "W", "UTC");
  Congregation c = sample();
  File() {
    db.write([&] { save_members(db.sql(), c, kPeople); });
  }
};

void check_same(const std::vector<Crew>& a, const std::vector<Crew>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CAPTURE(a[i].name);
    CHECK(a[i].name == b[i].name);
    CHECK(a[i].open == b[i].open);
    CHECK(a[i].created == b[i].created);
    CHECK(a[i].closed == b[i].closed);
    REQUIRE(a[i].roster.size() == b[i].roster.size());
    for (size_t k = 0; k < a[i].roster.size(); ++k) {
      CHECK(a[i].roster[k].member == b[i].roster[k].member);
      CHECK(a[i].roster[k].joined == b[i].roster[k].joined);
      CHECK(a[i].roster[k].left == b[i].roster[k].left);
    }
  }
}

int times(const std::vector<SharedCrew>& pairs, const std::string& x, const std::string& y) {
  for (const auto& p : pairs)
    if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) return p.times;
  return 0;
}

}  // namespace

TEST_CASE("save_crews and load_crews round-trip crews, rosters and their history") {
  File f;
  std::vector<Crew> crews;
  create_crew(f.c, crews, "Crew 1", {"caro", "Ana", "Élodie"}, day("2026-11-01"));
  create_crew(f.c, crews, "Kitchen", {"Ben", "Dan", "Fay", "Gil"}, day("2026-11-02"));
  remove_from_crew(crews, "Kitchen", "Dan", day("2026-11-10"));
  add_to_crew(f.c, crews, "Kitchen", "Dan", day("2026-11-15"));
  close_crew(crews, "Crew 1", day("2026-11-20"));
  f.db.write([&] { save_crews(f.db.sql(), crews); });

  auto back = load_crews(f.db.sql());
  check_same(back, crews);
  CHECK(back[0].members() == Names{"Caro", "Ana", "Élodie"});
  CHECK(back[1].members() == Names{"Ben", "Fay", "Gil", "Dan"});
  // Dan left Kitchen and came back: still one crew shared with Ben.
  CHECK(times(recent_pairs(f.db.sql(), 1), "Ben", "Dan") == 1);
  CHECK(times(recent_pairs(f.db.sql(), 1), "Ana", "Ben") == 0);  // Crew 1 is closed
  CHECK(crew_id(f.db.sql(), "KITCHEN") > 0);
  CHECK_THROWS_AS(crew_id(f.db.sql(), "Nope"), Failure);
}

TEST_CASE("saving crews again updates status and rosters without duplicating crews") {
  File f;
  std::vector<Crew> crews;
  create_crew(f.c, crews, "Crew 1", {"Ana", "Ben", "Caro"}, day("2026-11-01"));
  f.db.write([&] { save_crews(f.db.sql(), crews); });

  auto loaded = load_crews(f.db.sql());
  add_to_crew(f.c, loaded, "Crew 1", "Dan", day("2026-11-22"));
  remove_from_crew(loaded, "Crew 1", "Ben", day("2026-11-22"));
  create_crew(f.c, loaded, "Crew 2", {"Ben", "Fay", "Gil"}, day("2026-11-22"));
  f.db.write([&] { save_crews(f.db.sql(), loaded); });

  auto back = load_crews(f.db.sql());
  check_same(back, loaded);
  CHECK(back[0].members() == Names{"Ana", "Caro", "Dan"});

  close_crew(back, "Crew 2", day("2026-11-23"));
  f.db.write([&] { save_crews(f.db.sql(), back); });
  auto closed = load_crews(f.db.sql());
  REQUIRE(closed.size() == 2);
  CHECK_FALSE(closed[1].open);
  CHECK(closed[1].closed == day("2026-11-23"));
}

TEST_CASE("recent_pairs counts crews shared in the last formations and open crews") {
  File f;
  auto& db = f.db.sql();
  std::vector<Crew> crews;
  f.db.write([&] {
    // An old formation, then a recent one; both their crews are closed now.
    auto old = insert_formation(db, day("2026-01-01"), 7, 1.0, 2.0);
    create_crew(f.c, crews, "Old", {"Ana", "Ben", "Caro"}, day("2026-01-01"));
    save_crews(db, crews, old);
    close_crew(crews, "Old", day("2026-06-01"));
    save_crews(db, crews);

    auto recent = insert_formation(db, day("2026-06-01"), std::nullopt, 1.0, 2.0);
    create_crew(f.c, crews, "Recent", {"Ana", "Ben", "Dan"}, day("2026-06-01"));
    save_crews(db, crews, recent);
    close_crew(crews, "Recent", day("2026-11-01"));

    // A crew formed by hand that is open now.
    create_crew(f.c, crews, "Now", {"Ana", "Ben", "Gil"}, day("2026-11-02"));
    save_crews(db, crews);
  });

  auto last = recent_pairs(db, 1);
  CHECK(times(last, "Ana", "Ben") == 2);  // Recent and Now
  CHECK(times(last, "Ana", "Dan") == 1);
  CHECK(times(last, "Ben", "Gil") == 1);
  CHECK(times(last, "Ana", "Caro") == 0);  // only in the old formation
  CHECK(times(last, "Dan", "Gil") == 0);

  auto two = recent_pairs(db, 2);
  CHECK(times(two, "Ana", "Ben") == 3);
  CHECK(times(two, "Ben", "Caro") == 1);
  for (const auto& p : two) CHECK(p.a != p.b);

  auto none = recent_pairs(db, 0);
  CHECK(times(none, "Ana", "Ben") == 1);  // the open crew only
  CHECK(times(none, "Ana", "Dan") == 0);
}

TEST_CASE("saving a crew with someone who is not in the file throws and writes nothing") {
  File f;
  Congregation bigger = f.c;
  add_member(bigger, person("Stranger"));
  std::vector<Crew> crews;
  create_crew(bigger, crews, "Crew 1", {"Ana", "Stranger", "Ben"}, day("2026-11-22"));
  CHECK_THROWS_AS(f.db.write([&] { save_crews(f.db.sql(), crews); }), Failure);
  CHECK(load_crews(f.db.sql()).empty());
}
