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

TEST_CASE("the last saved formation's explanation comes back; none before a formation") {
  File f;
  auto& db = f.db.sql();
  CHECK_FALSE(last_explanation(db).has_value());
  f.db.write([&] {
    insert_formation(db, day("2026-01-01"), 7, 1.0, 2.0, R"({"score": 1})");
    insert_formation(db, day("2026-06-01"), std::nullopt, 3.0, 4.0, R"({"score": 3})");
  });
  CHECK(last_explanation(db) == std::optional<std::string>(R"({"score": 3})"));
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
