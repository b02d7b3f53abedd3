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

#include "domain/dates.hpp"

#include "storage/name_migration.hpp"

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
  // Opens an existing file, migrating an older schema after a backup copy beside it, with
  // `renames` applied first (apply_renames; UsageError if the file needs no migration).
  // Unless `allow_shared`, writing into a file that others may read is refused.
  static Database open(const std::filesystem::path& path, bool allow_shared = false,
                       const Renames& renames = {});

  SQLite::Database& sql() { return *db_; }
  const std::filesystem::path& path() const { return path_; }

  // Runs `work` in one IMMEDIATE transaction: it applies whole or not at all.
  void write(const std::function<void()>& work);

 private:
  Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db);
  void migrate(const Renames& renames);
  void check_private() const;

  std::filesystem::path path_;
  std::unique_ptr<SQLite::Database> db_;
  bool allow_shared_ = true;
};

// A consistent copy of `from` into a new file `to` (mode 0600), safe while others write.
void backup_to(SQLite::Database& from, const std::filesystem::path& to);

int schema_version(SQLite::Database& db);

// A date column of a row msol wrote. A malformed value means a damaged file, never year 0:
// throws UsageError naming the table, the row id and the column ("rhythms row 3, start").
Date stored_date(const SQLite::Column& col, std::string_view table, std::int64_t row);
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
