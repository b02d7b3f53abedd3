// Rules every table must keep (CONTRIBUTING.md): an explicit primary key, because SQLite's session
// extension records changes (undo, and later shipping changes between copies) only for tables
// that have one, and a row without a stable key cannot be named in a changeset.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "storage/database.hpp"
#include "storage_test_util.hpp"

namespace msol::storage {
namespace {

std::vector<std::string> tables_of(SQLite::Database& db) {
  std::vector<std::string> names;
  SQLite::Statement q(db,
                      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                      "'sqlite_%' ORDER BY name");
  while (q.executeStep()) names.push_back(q.getColumn(0).getString());
  return names;
}

bool has_primary_key(SQLite::Database& db, const std::string& table) {
  SQLite::Statement q(db, "SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0");
  q.bind(1, table);
  q.executeStep();
  return q.getColumn(0).getInt() > 0;
}

TEST_CASE("every table of a new congregation file declares its primary key") {
  test::TempDir dir;
  auto db = Database::create(dir / "c.msol", "t", "Europe/Berlin");
  auto tables = tables_of(db.sql());
  REQUIRE(tables.size() >= 10);
  for (const auto& table : tables) {
    CAPTURE(table);
    CHECK(has_primary_key(db.sql(), table));
  }
}

}  // namespace
}  // namespace msol::storage
