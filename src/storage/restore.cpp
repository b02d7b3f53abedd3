#include "storage/restore.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include "domain/errors.hpp"
#include "storage/database.hpp"
#include "storage/file_safety.hpp"
#include "storage/schema.hpp"
#include "util/file_write.hpp"

namespace msol::storage {
namespace fs = std::filesystem;
namespace {

std::string busy_message(const fs::path& file) {
  return fmt::format(
      "another program is writing to '{}' right now: try 'msol restore' again when it has "
      "finished",
      file.string());
}

// The backup, read-only and without companions, once SQLite and the schema vouch for it.
SQLite::Database checked_backup(const fs::path& backup) {
  auto bad = [&](const std::string& why) {
    return Failure(fmt::format("'{}' cannot be restored: {}", backup.string(), why));
  };
  std::error_code ec;
  if (!fs::is_regular_file(backup, ec)) throw bad("it is not a file");
  try {
    SQLite::Database db("file:" + fs::absolute(backup).string() + "?immutable=1",
                        SQLite::OPEN_READONLY | SQLite::OPEN_URI);
    auto verdict = db.execAndGet("PRAGMA quick_check").getString();
    if (verdict != "ok") throw bad("SQLite finds it damaged (" + verdict + ")");
    int version = schema_version(db);
    if (version < 1) throw bad("it is not a congregation file");
    if (version > current_schema_version())
      throw bad(fmt::format("it was written by a newer msol (schema {})", version));
    return db;
  } catch (const SQLite::Exception& e) {
    throw bad(e.what());
  }
}

// Moves FILE, FILE-wal and FILE-shm to one new name, so that they still belong together.
void move_aside(const fs::path& file, const fs::path& to) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    fs::path from = file.string() + suffix;
    std::error_code ec;
    if (fs::exists(from, ec)) fs::rename(from, to.string() + suffix);
  }
}

// No current file: the backup becomes it, through a temp file and a rename that never replaces.
void put_new(const fs::path& file, SQLite::Database& source, bool force) {
  std::error_code ec;
  if (fs::exists(file.string() + "-wal", ec)) {
    if (!force)
      throw Failure(fmt::format(
          "'{}-wal' is left from an earlier file: with 'msol restore --force' it is moved aside",
          file.string()));
    move_aside(file, backup_name(file, "leftover"));
  }
  copy_database(source, file, util::WriteMode::privileged, file);
}

bool busy(const SQLite::Exception& e) {
  return (e.getErrorCode() & 0xff) == SQLITE_BUSY || (e.getErrorCode() & 0xff) == SQLITE_LOCKED;
}

// Saves the current file, then copies the backup in, each step refused while another writes.
// The copy is read through a second connection while the first holds the write lock, as SQLite
// does not copy from a connection that is writing.
fs::path put_over(Database& live, SQLite::Database& source) {
  auto saved = backup_name(live.path(), "restore");
  live.sql().setBusyTimeout(0);
  try {
    live.sql().exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    if (busy(e)) throw Failure(busy_message(live.path()));
    throw;
  }
  try {
    SQLite::Database reader(live.path().string(), SQLite::OPEN_READONLY);
    copy_database(reader, saved, util::WriteMode::privileged, live.path());
  } catch (...) {
    live.sql().exec("ROLLBACK");
    throw;
  }
  live.sql().exec("COMMIT");
  int done = 0;
  try {
    done = SQLite::Backup(live.sql(), source).executeStep();
  } catch (const SQLite::Exception& e) {
    if (!busy(e)) throw;
  }
  if (done != SQLITE_DONE) throw Failure(busy_message(live.path()));
  return saved;
}

}  // namespace

std::optional<fs::path> restore(const fs::path& file, const fs::path& backup, bool force) {
  if (auto id = identity_of(backup); id && id == identity_of(file))
    throw Failure(
        fmt::format("'{}' is the congregation file itself: name a backup of it", backup.string()));
  auto source = checked_backup(backup);
  std::error_code ec;
  if (!fs::exists(file, ec)) {
    put_new(file, source, force);
    return std::nullopt;
  }
  std::optional<Database> live;
  try {
    live.emplace(Database::open(file));
  } catch (const Failure& e) {
    if (!force)
      throw Failure(
          fmt::format("{}\n(or 'msol restore --force' moves '{}' with its -wal and -shm "
                      "aside and puts the backup in its place)",
                      e.what(), file.string()));
  }
  if (live) return put_over(*live, source);
  auto aside = backup_name(file, "replaced");
  move_aside(file, aside);
  put_new(file, source, force);
  return aside;
}

}  // namespace msol::storage
