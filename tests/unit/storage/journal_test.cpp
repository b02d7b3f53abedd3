#include "storage/journal.hpp"

#include <doctest/doctest.h>

#include <string>

#include "domain/errors.hpp"
#include "storage/changeset.hpp"
#include "storage/database.hpp"
#include "storage_test_util.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::TempDir;

namespace {

struct File {
  TempDir dir;
  Database db = Database::create(dir / "c.msol", "W", "UTC");

  void exec(const std::string& sql, JournalTag tag = {}) {
    db.write([&] { db.sql().exec(sql); }, tag);
  }
  std::string rows(const std::string& sql) {
    SQLite::Statement st(db.sql(), "SELECT group_concat(x, '|') FROM (" + sql + ")");
    st.executeStep();
    return st.getColumn(0).isNull() ? "" : st.getColumn(0).getString();
  }
  void undo(std::optional<std::int64_t> id = {}) {
    JournalTag tag{ChangeKind::undo};
    db.write(
        [&] {
          auto e = entry_to_take_back(db.sql(), id);
          tag.undoes = e.id;
          take_back(db.sql(), e);
        },
        tag);
  }
};

}  // namespace

TEST_CASE("a changeset is described in the congregation's words, table by table") {
  File f;
  f.exec(
      "INSERT INTO members(name, name_key) VALUES ('Ana', 'ana'), ('Ben', 'ben');"
      "INSERT INTO member_avoids VALUES (1, 2)");
  auto entries = journal_entries(f.db.sql());
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].summary == "added 2 members, 1 avoid");
  CHECK(entries[0].kind == "change");
  f.exec("UPDATE members SET email = 'a@x.org' WHERE id = 1; DELETE FROM member_avoids");
  CHECK(journal_entries(f.db.sql())[0].summary == "changed 1 member; removed 1 avoid");
}

TEST_CASE("a transaction that changes nothing leaves no entry, and init leaves none") {
  File f;
  CHECK(journal_entries(f.db.sql()).empty());
  f.exec("UPDATE members SET email = 'x' WHERE id = 99");
  CHECK(journal_entries(f.db.sql()).empty());
  CHECK_THROWS_AS(entry_to_take_back(f.db.sql(), std::nullopt), Failure);
}

TEST_CASE("undo puts back a deleted row in its key's place, and the rows a cascade removed") {
  File f;
  f.exec(
      "INSERT INTO members(name, name_key) VALUES ('Ana', 'ana'), ('Ben', 'ben'), ('Caro', "
      "'caro'); INSERT INTO member_avoids VALUES (1, 2), (1, 3), (2, 3)");
  const auto before = f.rows("SELECT member_id || '-' || target_id AS x FROM member_avoids");
  f.exec("DELETE FROM member_avoids WHERE member_id = 1 AND target_id = 2");
  f.undo();
  CHECK(f.rows("SELECT member_id || '-' || target_id AS x FROM member_avoids") == before);
  CHECK(before == "1-2|1-3|2-3");
}

TEST_CASE("a plain undo passes over bookkeeping, and a later change to the same row blocks") {
  File f;
  f.exec("INSERT INTO members(name, name_key) VALUES ('Ana', 'ana')");
  f.exec("INSERT INTO reminders_sent VALUES ('k', '2026-01-01 10:00')", {ChangeKind::bookkeeping});
  CHECK(entry_to_take_back(f.db.sql(), std::nullopt).id == 1);
  f.exec("UPDATE members SET email = 'a@x.org' WHERE id = 1");
  CHECK_THROWS_WITH_AS(entry_to_take_back(f.db.sql(), 1), doctest::Contains("change 3 (`msol`)"),
                       Failure);
}

TEST_CASE("a row changed outside the journal makes undo refuse and change nothing") {
  File f;
  f.exec("INSERT INTO members(name, name_key) VALUES ('Ana', 'ana')");
  f.exec("UPDATE members SET email = 'a@x.org' WHERE id = 1");
  f.db.sql().exec("UPDATE members SET email = 'elsewhere' WHERE id = 1");
  CHECK_THROWS_WITH_AS(f.undo(), doctest::Contains("a row of members was changed since"), Failure);
  CHECK(f.rows("SELECT email AS x FROM members") == "elsewhere");
  CHECK(journal_entries(f.db.sql()).size() == 2);
}

TEST_CASE("changes before a seal cannot be taken back") {
  File f;
  f.exec("INSERT INTO members(name, name_key) VALUES ('Ana', 'ana')");
  f.db.write([&] { seal_journal(f.db.sql(), "msol migrate", "migrated from schema 9 to 10"); });
  CHECK_THROWS_WITH_AS(entry_to_take_back(f.db.sql(), std::nullopt),
                       doctest::Contains("migrated from schema 9 to 10"), Failure);
  CHECK_THROWS_WITH_AS(entry_to_take_back(f.db.sql(), 1),
                       doctest::Contains("before the file was migrated"), Failure);
}
