// msol check's findings (storage::check_congregation): SQLite's verdict, stored values and text,
// the domain's invariants, each named.
#include "storage/integrity.hpp"

#include <doctest/doctest.h>

#include "domain/roster.hpp"
#include "storage/members_store.hpp"
#include "storage_test_util.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::TempDir;

namespace {

bool mentions(const std::vector<std::string>& lines, const std::string& text) {
  for (const auto& l : lines)
    if (l.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a sound congregation has no findings") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "Spree", "UTC");
  Congregation c;
  add_member(c, msol::test::person("Zoë"));
  db.write([&] { save_members(db.sql(), c, {"Zoë"}); });
  auto f = check_congregation(db.sql());
  CHECK(f.ok());
  CHECK(f.errors.empty());
}

TEST_CASE("text stored by an older msol that is not UTF-8 is named by table, row and column") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "Spree", "UTC");
  Congregation c;
  add_member(c, msol::test::person("Ana"));
  db.write([&] { save_members(db.sql(), c, {"Ana"}); });
  db.sql().exec("UPDATE members SET email = CAST(X'6A6F7365E9' AS TEXT)");
  auto f = check_congregation(db.sql());
  CHECK_FALSE(f.ok());
  CHECK(mentions(f.errors, "members row 1, email"));
  CHECK(mentions(f.errors, "jose\xEF\xBF\xBD"));
  CHECK(invalid_text_problems(db.sql()).size() == 1);
}

TEST_CASE("a dangling invitation is reported before the invariants") {
  TempDir dir;
  auto db = Database::create(dir / "c.msol", "Spree", "UTC");
  Congregation c;
  add_member(c, msol::test::person("Ana"));
  add_member(c, msol::test::person("Ben", "Ana"));
  db.write([&] { save_members(db.sql(), c, {"Ana", "Ben"}); });
  db.sql().exec("PRAGMA foreign_keys = OFF");
  db.sql().exec("DELETE FROM members WHERE name = 'Ana'");
  auto f = check_congregation(db.sql());
  CHECK_FALSE(f.ok());
  CHECK(f.errors.front().find("refers to a missing row of members") != std::string::npos);
}
