#include "storage/file_safety.hpp"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "domain/errors.hpp"
#include "storage/database.hpp"
#include "storage_test_util.hpp"
#include "util/file_read.hpp"

using namespace msol;
using namespace msol::storage;
using msol::test::TempDir;
namespace fs = std::filesystem;

namespace {

// A copy of a congregation file whose -wal holds a renamed congregation not yet checkpointed,
// as a writer that crashed leaves it. `wal_age` seconds is how much older than the file the
// -wal is made (negative: newer).
fs::path with_leftover_wal(const TempDir& dir, int wal_age) {
  auto live = dir / "live.msol";
  Database::create(live, "Before", "UTC");
  SQLite::Database writer(live.string(), SQLite::OPEN_READWRITE);
  writer.exec("PRAGMA wal_autocheckpoint = 0");
  writer.exec("UPDATE settings SET value = 'After' WHERE key = 'name'");
  auto copy = dir / "copy.msol";
  fs::copy_file(live, copy);
  fs::copy_file(live.string() + "-wal", copy.string() + "-wal");
  struct timespec times[2] = {{1700000000 - wal_age, 0}, {1700000000 - wal_age, 0}};
  ::utimensat(AT_FDCWD, (copy.string() + "-wal").c_str(), times, 0);
  struct timespec file_times[2] = {{1700000000, 0}, {1700000000, 0}};
  ::utimensat(AT_FDCWD, copy.c_str(), file_times, 0);
  return copy;
}

}  // namespace

TEST_CASE("a -wal older than its file, with nobody connected, is refused and kept") {
  TempDir dir;
  auto copy = with_leftover_wal(dir, 60);
  CHECK(wal_has_frames(copy));
  CHECK_THROWS_WITH_AS(Database::open(copy), doctest::Contains("mv "), Failure);
  CHECK(wal_has_frames(copy));  // nothing folded in, nothing deleted
}

TEST_CASE("a -wal newer than its file is the file's own: it is folded in") {
  TempDir dir;
  auto copy = with_leftover_wal(dir, -60);
  auto db = Database::open(copy);
  CHECK(get_setting(db.sql(), "name") == "After");
}

TEST_CASE("a write to a file replaced by rename meanwhile rolls back and says so") {
  TempDir dir;
  auto path = dir / "congregation.msol";
  Database::create(path, "Ours", "UTC");
  Database::create(dir / "other.msol", "Theirs", "UTC");
  auto db = Database::open(path);
  CHECK_THROWS_WITH_AS(db.write([&] {
    put_setting(db.sql(), "name", "Changed");
    fs::rename(dir / "other.msol", path);
  }),
                       doctest::Contains("was replaced"), Failure);
  CHECK(get_setting(db.sql(), "name") == "Ours");
}

TEST_CASE("every migration takes a fresh backup") {
  TempDir dir;
  auto path = dir / "congregation.msol";
  {
    SQLite::Database old(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    old.exec(util::read_file(fs::path(MSOL_SOURCE_DIR) / "tests/fixtures/schema3.sql"));
  }
  fs::permissions(path, fs::perms(0600));
  auto stale = path.string() + ".schema3.20200101T000000.bak";
  fs::copy_file(path, stale);
  auto db = Database::open(path);
  REQUIRE(db.notes().size() == 1);
  CHECK(db.notes().front().find(stale) == std::string::npos);
  int backups = 0;
  for (const auto& e : fs::directory_iterator(dir.path()))
    backups += e.path().filename().string().starts_with("congregation.msol.schema3.");
  CHECK(backups == 2);
}

TEST_CASE("backup_name is FILE.<what>.YYYYMMDDTHHMMSS.bak") {
  auto name = backup_name("/x/congregation.msol", "schema2").string();
  CHECK(name.starts_with("/x/congregation.msol.schema2."));
  CHECK(name.size() == std::string("/x/congregation.msol.schema2.").size() + 15 + 4);
  CHECK(name.ends_with(".bak"));
}
