#pragma once
// The congregation file: finding it, creating it private, opening it with the right pragmas,
// migrating older schemas, and running each writing command in one transaction.
#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dates.hpp"
#include "storage/file_safety.hpp"
#include "storage/journal.hpp"
#include "storage/name_migration.hpp"
#include "util/file_write.hpp"

namespace msol::storage {

inline constexpr const char* kDefaultFileName = "congregation.msol";

// --file, then $MSOL_FILE, then the first congregation.msol in `start` or a parent folder.
// Throws Failure suggesting `msol init` when there is none.
std::filesystem::path locate_file(const std::optional<std::string>& flag,
                                  const std::filesystem::path& start);

// Where `msol init` creates the file: --file, then $MSOL_FILE, then ./congregation.msol.
std::filesystem::path init_target(const std::optional<std::string>& flag);

class Database {
 public:
  // Creates a new file readable by its owner only; refuses to overwrite anything.
  static Database create(const std::filesystem::path& path, const std::string& name,
                         const std::string& timezone);
  // Opens an existing file, migrating an older schema after a fresh backup beside it
  // (FILE.schemaN.YYYYMMDDTHHMMSS.bak). Read-write when the file and its folder allow it, so
  // that a leftover WAL is folded in; otherwise read-only without companions (SQLite's
  // immutable mode), and writes throw Failure naming the file and the fix.
  // Throws Failure for a WAL that does not belong to the file (check_wal_belongs).
  // `renames` are applied first (apply_renames; UsageError if the file needs no migration).
  // Unless `allow_shared`, writing into a file that others may read is refused.
  // `command_line` is what the undo journal records for this process's writes ("msol meet log
  // ...") and for the seal a migration leaves.
  static Database open(const std::filesystem::path& path, bool allow_shared = false,
                       const Renames& renames = {}, const std::string& command_line = "msol");

  SQLite::Database& sql() { return *db_; }
  const std::filesystem::path& path() const { return path_; }
  // What opening did that the person should hear about (a migration's backup, a WAL ignored).
  const std::vector<std::string>& notes() const { return notes_; }

  // Runs `work` in one IMMEDIATE transaction: it applies whole or not at all. Before it
  // commits, the path must still name the file opened (device and inode); otherwise it rolls
  // back and throws Failure (another program replaced the file meanwhile). What it changed goes
  // into the undo journal in the same transaction, as `tag` says when it commits (`work` may
  // still set it), under the command line given to open().
  void write(const std::function<void()>& work, const JournalTag& tag = {});

  // Writes a seal into the undo journal (seal_journal) in a transaction of its own that is
  // itself not journalled: `msol restore` calls it, since a restore cannot be undone.
  void seal(const std::string& reason);

  // A consistent copy into a new file `to` (mode 0600), safe while others write. `mode` is
  // create_only (never overwrites; refuses the file's companions) or privileged (restore and
  // migrations, for the file's own FILE.*.bak).
  void backup_to(const std::filesystem::path& to,
                 util::WriteMode mode = util::WriteMode::create_only);

 private:
  Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
  void migrate(const Renames& renames);
  void check_private() const;
  void check_writable() const;
  void check_same_file() const;
  // write() without the journal when `tag` is null: init and migrations, which cannot be undone.
  void transact(const std::function<void()>& work, const JournalTag* tag);

  std::filesystem::path path_;
  std::unique_ptr<SQLite::Database> db_;
  bool allow_shared_ = true;
  std::optional<std::string> read_only_;
  std::optional<FileIdentity> identity_;
  std::vector<std::string> notes_;
  std::string command_line_ = "msol";
};

// A consistent copy of `from` (the congregation file `congregation`, or a connection to it)
// into a new file `to` through util::write_file_with in `mode`; throws Failure with the OS's
// reason. Database::backup_to is this for the open file.
void copy_database(SQLite::Database& from, const std::filesystem::path& to, util::WriteMode mode,
                   const std::filesystem::path& congregation);

int schema_version(SQLite::Database& db);

// A date column of a row msol wrote. A malformed value means a damaged file, never year 0:
// throws UsageError naming the table, the row id and the column ("rhythms row 3, start").
Date stored_date(const SQLite::Column& col, std::string_view table, std::int64_t row);
// The same for a table whose rows have no id: `row` says which ("(rhythm 3)").
Date stored_date(const SQLite::Column& col, std::string_view table, std::string_view row);
// The same for a column that may be NULL.
std::optional<Date> stored_optional_date(const SQLite::Column& col, std::string_view table,
                                         std::int64_t row);

// Binds `d` as YYYY-MM-DD text, or NULL when there is none; the same for optional text.
void bind_optional(SQLite::Statement& st, int index, const std::optional<Date>& d);
void bind_optional(SQLite::Statement& st, int index, const std::optional<std::string>& text);

std::string get_setting(SQLite::Database& db, const std::string& key,
                        const std::string& fallback = "");
void put_setting(SQLite::Database& db, const std::string& key, const std::string& value);

}  // namespace msol::storage
