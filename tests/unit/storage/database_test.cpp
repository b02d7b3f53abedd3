#include "storage/database.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "storage/schema.hpp"
#include "storage_test_util.hpp"
#include "util/file_read.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string error_of(const fs::path& path) {
  try {
    Database::open(path);
  } catch (const Failure& e) {
    return e.what();
  }
  return "";
}

// Restores $MSOL_FILE when a test that changes it ends.
class MsolFileEnv {
 public:
  MsolFileEnv() {
    if (const char* v = std::getenv("MSOL_FILE")) saved_ = v;
    ::unsetenv("MSOL_FILE");
  }
  ~MsolFileEnv() {
    if (saved_)
      ::setenv("MSOL_FILE", saved_->c_str(), 1);
    else
      ::unsetenv("MSOL_FILE");
  }

 private:
  std::optional<std::string> saved_;
};

}  // namespace

TEST_CASE("Database::create makes a private file at the current schema") {
  TempDir dir;
  auto path = dir / "congregation.msol";
  {
    auto db = Database::create(path, "Western Europe", "Europe/Berlin");
    CHECK(db.path() == path);
  }
  CHECK(msol::test::mode_of(path) == 0600);
  auto db = Database::open(path);
  CHECK(schema_version(db.sql()) == current_schema_version());
  CHECK(get_setting(db.sql(), "name") == "Western Europe");
  CHECK(get_setting(db.sql(), "timezone") == "Europe/Berlin");
  CHECK(get_setting(db.sql(), "nothing", "fallback") == "fallback");
  CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  auto c = load_congregation(db.sql());
  CHECK(c.name == "Western Europe");
  CHECK(c.members.empty());
}

TEST_CASE("Database::create never overwrites an existing file") {
  TempDir dir;
  auto path = dir / "congregation.msol";
  {
    std::ofstream out(path);
    out << "someone's notes";
  }
  CHECK_THROWS_WITH_AS(Database::create(path, "X", "UTC"), doctest::Contains("already exists"),
                       Failure);
  CHECK(util::read_file(path) == "someone's notes");

  auto db_path = dir / "second.msol";
  Database::create(db_path, "First", "UTC");
  CHECK_THROWS_AS(Database::create(db_path, "Second", "UTC"), Failure);
  auto db = Database::open(db_path);
  CHECK(get_setting(db.sql(), "name") == "First");

  CHECK_THROWS_AS(Database::create(dir / "no" / "such" / "folder.msol", "X", "UTC"), Failure);
}

TEST_CASE("Database::open refuses a missing file or one that is not a congregation") {
  TempDir dir;
  auto missing = error_of(dir / "missing.msol");
  CHECK(missing.find("does not exist") != std::string::npos);
  CHECK(missing.find("msol init") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "missing.msol"));

  CHECK_FALSE(error_of(dir.path()).empty());  // a folder

  auto text = dir / "notes.msol";
  {
    std::ofstream out(text);
    out << "this is not SQLite, just a long enough line of text to look like a header.......\n";
  }
  CHECK_FALSE(error_of(text).empty());

  auto empty_sqlite = dir / "other.db";
  { SQLite::Database other(empty_sqlite.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
  CHECK(error_of(empty_sqlite).find("not a congregation file") != std::string::npos);
}

TEST_CASE("a throw inside Database::write rolls back every change") {
  TempDir dir;
  auto path = dir / "congregation.msol";
  Congregation c;
  {
    auto db = Database::create(path, "Western Europe", "UTC");
    add_member(c, msol::test::person("Ana"));
    add_member(c, msol::test::person("Ben", "Ana"));
    db.write([&] { save_members(db.sql(), c, {"Ana", "Ben"}); });
  }
  {
    auto db = Database::open(path);
    auto next = load_congregation(db.sql());
    add_member(next, msol::test::person("Caro", "Ben"));
    Preferences p;
    p.want = {"Caro"};
    set_preferences(next, "Ana", p);
    CHECK_THROWS_WITH_AS(db.write([&] {
      save_members(db.sql(), next, {"Caro", "Ana"});
      put_setting(db.sql(), "name", "Renamed");
      throw Failure("the rule said no");
    }),
                         "the rule said no", Failure);
    // The same connection sees nothing of it, and can write again.
    auto same = load_congregation(db.sql());
    CHECK(same.members == c.members);
    db.write([&] { put_setting(db.sql(), "timezone", "Europe/Berlin"); });
  }
  auto db = Database::open(path);
  auto after = load_congregation(db.sql());
  CHECK(after.name == "Western Europe");
  CHECK(after.timezone == "Europe/Berlin");
  CHECK(after.members == c.members);
  CHECK(after.find("Caro") == nullptr);
}

TEST_CASE("opening a version-1 file migrates it in place after a backup") {
  TempDir dir;
  auto path = dir / "old.msol";
  {
    SQLite::Database v1(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    v1.exec(std::string(migrations().front().sql));
    v1.exec("PRAGMA user_version = 1");
    v1.exec(R"sql(
      INSERT INTO settings(key, value) VALUES ('name', 'Old Town'), ('timezone', 'Europe/Paris');
      INSERT INTO members(id, name, name_key, email, invited_by, joined, looking, size_min, size_max)
        VALUES (1, 'Ana', 'ana', 'ana@example.org', NULL, '2025-03-01', 1, 4, 6),
               (2, 'Ben', 'ben', '', 1, NULL, 0, NULL, NULL),
               (3, 'Caro', 'caro', '', 1, NULL, 1, NULL, NULL);
      INSERT INTO member_wants(member_id, rank, target_id) VALUES (1, 1, 3), (1, 2, 2);
      INSERT INTO member_avoids(member_id, target_id) VALUES (2, 3);
      INSERT INTO member_tags(member_id, kind, position, tag) VALUES (1, 'interest', 1, 'food');
    )sql");
  }
  // msol always made its files private.
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
  REQUIRE(migrations().front().version == 1);
  REQUIRE(current_schema_version() > 1);

  auto db = Database::open(path);
  CHECK(schema_version(db.sql()) == current_schema_version());
  auto c = load_congregation(db.sql());
  CHECK(c.name == "Old Town");
  CHECK(c.timezone == "Europe/Paris");
  REQUIRE(c.members.size() == 3);
  CHECK(c.get("Ana").email == "ana@example.org");
  CHECK(c.get("Ana").joined == msol::test::day("2025-03-01"));
  CHECK(c.get("Ana").prefs.want == std::vector<std::string>{"Caro", "Ben"});
  CHECK(c.get("Ana").prefs.size == SizeRange{4, 6});
  CHECK(c.get("Ana").prefs.interests == std::vector<std::string>{"food"});
  CHECK(c.get("Ben").invited_by == "Ana");
  CHECK_FALSE(c.get("Ben").prefs.looking);
  CHECK(c.get("Ben").prefs.avoid == std::vector<std::string>{"Caro"});
  // The later tables exist and work.
  CHECK(load_crews(db.sql()).empty());

  REQUIRE(db.notes().size() == 1);
  fs::path backup;
  for (const auto& e : fs::directory_iterator(dir.path()))
    if (e.path().filename().string().starts_with("old.msol.schema1.")) backup = e.path();
  REQUIRE(fs::exists(backup));
  CHECK(backup.string().ends_with(".bak"));
  CHECK(db.notes().front().find(backup.string()) != std::string::npos);
  CHECK(msol::test::mode_of(backup) == 0600);
  SQLite::Database old(backup.string(), SQLite::OPEN_READONLY);
  CHECK(schema_version(old) == 1);
  CHECK(old.execAndGet("SELECT COUNT(*) FROM members").getInt() == 3);

  // Opening again finds the current schema: nothing more to do.
  auto again = Database::open(path);
  CHECK(load_congregation(again.sql()).members.size() == 3);
}

TEST_CASE("a file from a newer msol is refused and left alone") {
  TempDir dir;
  auto path = dir / "future.msol";
  {
    auto db = Database::create(path, "Future", "UTC");
    db.sql().exec("PRAGMA user_version = 999");
  }
  auto e = error_of(path);
  CHECK(e.find("newer msol") != std::string::npos);
  CHECK(e.find("999") != std::string::npos);
  SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
  CHECK(schema_version(raw) == 999);
  for (const auto& entry : fs::directory_iterator(dir.path()))
    CHECK(entry.path().string().find(".bak") == std::string::npos);
}

TEST_CASE("locate_file: the flag, then $MSOL_FILE, then the nearest parent folder") {
  MsolFileEnv env_guard;
  TempDir dir;
  auto deep = dir.path() / "a" / "b" / "c";
  fs::create_directories(deep);
  Database::create(dir / "congregation.msol", "Top", "UTC");

  CHECK(locate_file(std::nullopt, deep) == dir.path() / "congregation.msol");
  CHECK(locate_file(std::nullopt, dir.path()) == dir.path() / "congregation.msol");

  Database::create(dir.path() / "a" / "congregation.msol", "Nearer", "UTC");
  CHECK(locate_file(std::nullopt, deep) == dir.path() / "a" / "congregation.msol");

  // The flag wins even when it names a file that is not there yet.
  CHECK(locate_file(std::string("elsewhere.msol"), deep) == fs::path("elsewhere.msol"));

  ::setenv("MSOL_FILE", "/from/env.msol", 1);
  CHECK(locate_file(std::nullopt, deep) == fs::path("/from/env.msol"));
  CHECK(locate_file(std::string("flag.msol"), deep) == fs::path("flag.msol"));
  CHECK(init_target(std::nullopt) == fs::path("/from/env.msol"));
  CHECK(init_target(std::string("flag.msol")) == fs::path("flag.msol"));
  ::unsetenv("MSOL_FILE");
  CHECK(init_target(std::nullopt) == fs::path("congregation.msol"));
}

TEST_CASE("locate_file skips a folder named congregation.msol and fails with a hint") {
  MsolFileEnv env_guard;
  TempDir dir;
  fs::create_directories(dir / "congregation.msol");
  bool ancestor_has_file = false;
  for (auto p = dir.path().parent_path();; p = p.parent_path()) {
    if (fs::is_regular_file(p / "congregation.msol")) ancestor_has_file = true;
    if (p == p.parent_path()) break;
  }
  if (ancestor_has_file) return;  // the machine has one above the temporary folder
  CHECK_THROWS_WITH_AS(locate_file(std::nullopt, dir.path()), doctest::Contains("msol init"),
                       Failure);
}
