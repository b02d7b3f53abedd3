#include "storage/database.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>

#include "domain/errors.hpp"
#include "storage/schema.hpp"

namespace msol::storage {
namespace fs = std::filesystem;
namespace {

// Long enough that a cron job and a person writing at the same moment both get their turn.
constexpr int kBusyTimeoutMs = 30000;

std::optional<std::string> env(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') return std::nullopt;
  return std::string(v);
}

// Creates an empty file with mode 0600 so nobody else can read it, even for a moment.
void create_private_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    int err = errno;
    if (err == EEXIST)
      throw Failure(
          fmt::format("'{}' already exists: msol never overwrites a congregation file; "
                      "choose another path with --file",
                      path.string()));
    throw Failure(fmt::format("cannot create '{}': {}; choose a folder you can write to",
                              path.string(), std::strerror(err)));
  }
  ::close(fd);
}

std::unique_ptr<SQLite::Database> open_sqlite(const fs::path& path) {
  auto db =
      std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE, kBusyTimeoutMs);
  db->exec("PRAGMA foreign_keys = ON");
  return db;
}

// SQLite says "database or disk is full" or "disk I/O error"; the OS's own reason is more
// precise. A short write (a full disk) is SQLITE_FULL with no errno kept.
std::string os_reason(SQLite::Database& db, const SQLite::Exception& e) {
  if ((e.getErrorCode() & 0xff) == SQLITE_FULL) return util::os_reason(ENOSPC);
  int err = sqlite3_system_errno(db.getHandle());
  return err != 0 ? util::os_reason(err) + " (" + e.what() + ")" : std::string(e.what());
}

// A URI that opens `path` read-only with no -wal or -shm at all (https://sqlite.org/uri.html):
// nothing is created beside a file in a read-only place, and nothing is left behind.
std::unique_ptr<SQLite::Database> open_immutable(const fs::path& path) {
  std::string uri = "file:";
  for (char ch : fs::absolute(path).string())
    uri += ch == '%' || ch == '?' || ch == '#' ? fmt::format("%{:02X}", ch) : std::string(1, ch);
  return std::make_unique<SQLite::Database>(uri + "?immutable=1",
                                            SQLite::OPEN_READONLY | SQLite::OPEN_URI);
}

}  // namespace

fs::path locate_file(const std::optional<std::string>& flag, const fs::path& start) {
  if (flag) return *flag;
  if (auto e = env("MSOL_FILE")) return *e;
  for (fs::path dir = fs::absolute(start);; dir = dir.parent_path()) {
    auto candidate = dir / kDefaultFileName;
    std::error_code ec;
    if (fs::is_regular_file(candidate, ec)) return candidate;
    if (dir == dir.parent_path()) break;
  }
  throw Failure(fmt::format(
      "no congregation file found: looked for {} here and in every parent folder; create one "
      "with 'msol init', or name one with --file PATH or MSOL_FILE",
      kDefaultFileName));
}

fs::path init_target(const std::optional<std::string>& flag) {
  if (flag) return *flag;
  if (auto e = env("MSOL_FILE")) return *e;
  return kDefaultFileName;
}

Database::Database(fs::path path, std::unique_ptr<SQLite::Database> db)
    : path_(std::move(path)), db_(std::move(db)), identity_(identity_of(path_)) {}

Database Database::create(const fs::path& path, const std::string& name,
                          const std::string& timezone) {
  create_private_file(path);
  try {
    Database d(path, open_sqlite(path));
    d.sql().exec("PRAGMA journal_mode = WAL");
    d.transact(
        [&] {
          for (const auto& m : migrations()) {
            d.sql().exec(std::string(m.sql));
            if (m.code != nullptr) m.code(d.sql());
          }
          d.sql().exec(fmt::format("PRAGMA user_version = {}", current_schema_version()));
          put_setting(d.sql(), "name", name);
          put_setting(d.sql(), "timezone", timezone);
        },
        nullptr);
    return d;
  } catch (...) {
    std::error_code ec;
    fs::remove(path, ec);
    throw;
  }
}

Database Database::open(const fs::path& path, bool allow_shared, const Renames& renames,
                        const std::string& command_line) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec))
    throw Failure(
        fmt::format("congregation file '{}' does not exist: create it with 'msol init "
                    "--file {}' or check the path",
                    path.string(), path.string()));
  if (::access(path.c_str(), R_OK) != 0)
    throw Failure(fmt::format("cannot read '{}': {}", path.string(), util::os_reason(errno)));
  check_wal_belongs(path);
  auto read_only = why_read_only(path);
  if (!read_only) repair_companion_modes(path);
  try {
    Database d(path, read_only ? open_immutable(path) : open_sqlite(path));
    d.allow_shared_ = allow_shared;
    d.command_line_ = command_line;
    d.read_only_ = read_only;
    if (read_only && wal_has_frames(path))
      d.notes_.push_back(fmt::format(
          "msol: note: '{}-wal' holds changes not yet folded into the file, which msol cannot "
          "do here ({}); they are not shown",
          path.string(), *read_only));
    d.migrate(renames);
    return d;
  } catch (const SQLite::Exception& e) {
    throw Failure(
        fmt::format("cannot open '{}' as a congregation file: {}", path.string(), e.what()));
  }
}

// The file holds people's money talk and conflicts: a mode that lets others read it is
// a mistake to point out before adding more to it.
void Database::check_private() const {
  if (allow_shared_) return;
  std::error_code ec;
  auto perms = fs::status(path_, ec).permissions();
  if (ec || (perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none) return;
  throw Failure(
      fmt::format("'{}' can be read by other users (mode {:o}): run 'chmod 600 {}', or "
                  "pass --allow-shared-file if sharing it is intended",
                  path_.string(), static_cast<unsigned>(perms) & 0777u, path_.string()));
}

void Database::check_writable() const {
  if (read_only_) throw Failure(fmt::format("cannot write: {}", *read_only_));
}

// A sync client or an editor may rename another file over the path while msol works: then
// this transaction belongs to a file nobody will see again, and its WAL to the new one.
void Database::check_same_file() const {
  if (identity_of(path_) == identity_) return;
  throw Failure(fmt::format(
      "'{}' was replaced by another file while msol worked (a sync client or another program "
      "renamed a file over it): nothing was written; check which version you want, then run the "
      "command again",
      path_.string()));
}

void Database::write(const std::function<void()>& work, const JournalTag& tag) {
  transact(work, &tag);
}

void Database::transact(const std::function<void()>& work, const JournalTag* tag) {
  check_writable();
  check_private();
  try {
    SQLite::Transaction tx(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::optional<ChangeRecorder> recorder;
    if (tag != nullptr) recorder.emplace(*db_);
    work();
    if (recorder) record_change(*db_, recorder->changeset(), command_line_, *tag);
    check_same_file();
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw Failure(fmt::format("cannot write '{}': {}", path_.string(), os_reason(*db_, e)));
  }
}

int schema_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void Database::migrate(const Renames& renames) {
  int found = schema_version(*db_);
  const int current = current_schema_version();
  if (found > current)
    throw Failure(
        fmt::format("'{}' was written by a newer msol (schema {}; this msol knows up to "
                    "{}): upgrade msol to use it",
                    path_.string(), found, current));
  if (found == current && !renames.empty())
    throw UsageError(fmt::format(
        "'{}' is up to date (schema {}): --rename is for files not yet migrated; use 'msol "
        "member edit NAME --rename NEW'",
        path_.string(), current));
  if (found == current) return;
  if (found == 0)
    throw Failure(
        fmt::format("'{}' is not a congregation file (no msol schema inside)", path_.string()));
  if (read_only_)
    throw Failure(fmt::format("'{}' needs migrating from schema {} to {}, which is a write: {}",
                              path_.string(), found, current, *read_only_));
  check_private();
  // Always a fresh copy: an older backup of the same version may predate later changes.
  auto backup = backup_name(path_, fmt::format("schema{}", found));
  backup_to(backup, util::WriteMode::privileged);
  notes_.push_back(
      fmt::format("msol: note: migrated '{}' from schema {} to {}; the file as it was "
                  "is saved as '{}'",
                  path_.string(), found, current, backup.string()));
  transact(
      [&] {
        apply_renames(*db_, renames);
        for (const auto& m : migrations())
          if (m.version > schema_version(*db_)) {
            db_->exec(std::string(m.sql));
            if (m.code != nullptr) m.code(*db_);
            db_->exec(fmt::format("PRAGMA user_version = {}", m.version));
          }
        seal_journal(*db_, command_line_,
                     fmt::format("migrated from schema {} to {}", found, current));
      },
      nullptr);
}

void Database::seal(const std::string& reason) {
  transact([&] { seal_journal(*db_, command_line_, reason); }, nullptr);
}

void Database::backup_to(const fs::path& to, util::WriteMode mode) {
  copy_database(*db_, to, mode, path_);
}

void copy_database(SQLite::Database& from, const fs::path& to, util::WriteMode mode,
                   const fs::path& congregation) {
  util::write_file_with(to, mode, util::Guard(congregation), [&](const fs::path& temp) {
    SQLite::Database copy(temp.string(), SQLite::OPEN_READWRITE);
    try {
      // BUSY or LOCKED come back as a code, not a throw: anything but DONE is no copy.
      if (SQLite::Backup(copy, from).executeStep() != SQLITE_DONE)
        throw SQLite::Exception("the file is busy", SQLITE_BUSY);
    } catch (const SQLite::Exception& e) {
      throw Failure(fmt::format("cannot write '{}': {}", to.string(), os_reason(copy, e)));
    }
  });
}

Date stored_date(const SQLite::Column& col, std::string_view table, std::int64_t row) {
  return stored_date(col, table, std::to_string(row));
}

Date stored_date(const SQLite::Column& col, std::string_view table, std::string_view row) {
  if (auto day = try_parse_date(col.getString())) return *day;
  throw UsageError(
      fmt::format("the file is damaged: {} row {} holds '{}' as its {}, which is not a date; "
                  "put back a backup copy of the file",
                  table, row, col.getString(), col.getName()));
}

std::optional<Date> stored_optional_date(const SQLite::Column& col, std::string_view table,
                                         std::int64_t row) {
  if (col.isNull()) return std::nullopt;
  return stored_date(col, table, row);
}

void bind_optional(SQLite::Statement& st, int index, const std::optional<std::string>& text) {
  if (text)
    st.bind(index, *text);
  else
    st.bind(index);
}

void bind_optional(SQLite::Statement& st, int index, const std::optional<Date>& d) {
  bind_optional(st, index, d ? std::optional(format_date(*d)) : std::nullopt);
}

std::string get_setting(SQLite::Database& db, const std::string& key, const std::string& fallback) {
  SQLite::Statement st(db, "SELECT value FROM settings WHERE key = ?");
  st.bind(1, key);
  return st.executeStep() ? st.getColumn(0).getString() : fallback;
}

void put_setting(SQLite::Database& db, const std::string& key, const std::string& value) {
  SQLite::Statement st(db, "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
  st.bind(1, key);
  st.bind(2, value);
  st.exec();
}

}  // namespace msol::storage
