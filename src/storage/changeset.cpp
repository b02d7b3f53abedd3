// The session extension's symbols are declared only with these two defined first (sqlite3.h);
// Debian's libsqlite3 is built with both.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include "storage/changeset.hpp"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "domain/errors.hpp"

namespace msol::storage {
namespace {

constexpr char kSeparator = '\x1f';

// One changeset, walked change by change; finalised however the walk ends.
class ChangeIterator {
 public:
  explicit ChangeIterator(const Changeset& changes) {
    if (sqlite3changeset_start(&it_, static_cast<int>(changes.size()),
                               const_cast<char*>(changes.data())) != SQLITE_OK)
      throw Failure("the journal holds a damaged change: put back a backup copy of the file");
  }
  ~ChangeIterator() { sqlite3changeset_finalize(it_); }
  ChangeIterator(const ChangeIterator&) = delete;
  ChangeIterator& operator=(const ChangeIterator&) = delete;

  bool next() { return sqlite3changeset_next(it_) == SQLITE_ROW; }
  std::string table() const { return op().table; }
  int kind() const { return op().kind; }

  // The row's primary key: its values before the change, or after it for an insert.
  std::string key() const {
    auto o = op();
    unsigned char* pk = nullptr;
    int columns = 0;
    sqlite3changeset_pk(it_, &pk, &columns);
    std::string out = o.table;
    for (int c = 0; c < columns; ++c) {
      if (pk[c] == 0) continue;
      sqlite3_value* v = nullptr;
      if (o.kind == SQLITE_INSERT)
        sqlite3changeset_new(it_, c, &v);
      else
        sqlite3changeset_old(it_, c, &v);
      out += kSeparator + value_text(v);
    }
    return out;
  }

 private:
  struct Op {
    std::string table;
    int kind = 0;
  };
  Op op() const {
    const char* table = nullptr;
    int columns = 0, kind = 0, indirect = 0;
    sqlite3changeset_op(it_, &table, &columns, &kind, &indirect);
    return {table, kind};
  }
  static std::string value_text(sqlite3_value* v) {
    if (v == nullptr) return "?";
    const int type = sqlite3_value_type(v);
    if (type == SQLITE_NULL) return "null";
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(v));
    return std::to_string(type) + ":" +
           std::string(text, static_cast<std::size_t>(sqlite3_value_bytes(v)));
  }

  sqlite3_changeset_iter* it_ = nullptr;
};

// The congregation's words for a row of each table; a table not named here is counted in rows.
std::string noun(const std::string& table, std::size_t count) {
  static const std::map<std::string, std::string> nouns = {
      {"settings", "setting"},
      {"members", "member"},
      {"member_wants", "want"},
      {"member_avoids", "avoid"},
      {"member_partners", "partner"},
      {"member_tags", "interest or slot"},
      {"formations", "formation"},
      {"crews", "crew"},
      {"crew_members", "crew membership"},
      {"rhythms", "rhythm"},
      {"rhythm_skips", "skipped meeting"},
      {"rhythm_moves", "moved meeting"},
      {"rhythm_anchors", "rhythm anchor"},
      {"meetings", "meeting"},
      {"attendance", "attendance mark"},
      {"retros", "retrospective"},
      {"reminders_sent", "reminder mark"},
      {"game_events", "game event"},
      {"game_participants", "game participant"},
  };
  auto it = nouns.find(table);
  std::string word = it == nouns.end() ? table + " row" : it->second;
  if (count != 1) word = word == "interest or slot" ? "interests or slots" : word + "s";
  return fmt::format("{} {}", count, word);
}

struct Conflict {
  std::string table;
  int kind = 0;
};

// Rows a cascade already removed are the one difference that is no conflict: taking back an
// added meeting deletes its attendance marks with it before their own deletes come.
int on_conflict(void* context, int kind, sqlite3_changeset_iter* it) {
  const char* table = nullptr;
  int columns = 0, op = 0, indirect = 0;
  sqlite3changeset_op(it, &table, &columns, &op, &indirect);
  if (kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE) return SQLITE_CHANGESET_OMIT;
  auto* conflict = static_cast<Conflict*>(context);
  conflict->table = table != nullptr ? table : "";
  conflict->kind = kind;
  return SQLITE_CHANGESET_ABORT;
}

std::string conflict_reason(const Conflict& c) {
  switch (c.kind) {
    case SQLITE_CHANGESET_DATA:
      return fmt::format("a row of {} was changed since", c.table);
    case SQLITE_CHANGESET_NOTFOUND:
      return fmt::format("a row of {} was removed since", c.table);
    case SQLITE_CHANGESET_CONFLICT:
      return fmt::format("a row of {} with the same key was added since", c.table);
    case SQLITE_CHANGESET_FOREIGN_KEY:
      return "later rows refer to rows it would remove";
    default:
      return fmt::format("{} does not match it", c.table.empty() ? "the file" : c.table);
  }
}

struct SqliteFree {
  void operator()(void* p) const { sqlite3_free(p); }
};

}  // namespace

ChangeRecorder::ChangeRecorder(SQLite::Database& db) {
  if (sqlite3session_create(db.getHandle(), "main", &session_) != SQLITE_OK)
    throw Failure("cannot record this change for msol undo: SQLite could not start a session");
  sqlite3session_table_filter(
      session_,
      [](void*, const char* table) {
        return std::string_view(table).starts_with("journal_") ? 0 : 1;
      },
      nullptr);
  sqlite3session_attach(session_, nullptr);
}

ChangeRecorder::~ChangeRecorder() { sqlite3session_delete(session_); }

Changeset ChangeRecorder::changeset() const {
  int size = 0;
  void* data = nullptr;
  if (sqlite3session_changeset(session_, &size, &data) != SQLITE_OK)
    throw Failure("cannot record this change for msol undo: SQLite could not produce it");
  std::unique_ptr<void, SqliteFree> owned(data);
  return {static_cast<const char*>(data), static_cast<std::size_t>(size)};
}

std::string describe(const Changeset& changes) {
  static const std::map<int, std::string> verbs = {
      {SQLITE_INSERT, "added"}, {SQLITE_UPDATE, "changed"}, {SQLITE_DELETE, "removed"}};
  std::vector<std::string> order;
  std::map<int, std::map<std::string, std::size_t>> counts;
  for (ChangeIterator it(changes); it.next();) {
    if (std::find(order.begin(), order.end(), it.table()) == order.end())
      order.push_back(it.table());
    ++counts[it.kind()][it.table()];
  }
  std::vector<std::string> clauses;
  for (int kind : {SQLITE_INSERT, SQLITE_UPDATE, SQLITE_DELETE}) {
    std::vector<std::string> parts;
    for (const auto& table : order)
      if (auto n = counts[kind][table]; n > 0) parts.push_back(noun(table, n));
    if (!parts.empty())
      clauses.push_back(verbs.at(kind) + " " + fmt::format("{}", fmt::join(parts, ", ")));
  }
  return clauses.empty() ? "nothing" : fmt::format("{}", fmt::join(clauses, "; "));
}

std::set<std::string> touched_rows(const Changeset& changes) {
  std::set<std::string> rows;
  for (ChangeIterator it(changes); it.next();) rows.insert(it.key());
  return rows;
}

std::string table_of(const std::string& touched_row) {
  return touched_row.substr(0, touched_row.find(kSeparator));
}

void apply_inverse(SQLite::Database& db, const Changeset& changes) {
  int size = 0;
  void* inverse = nullptr;
  if (sqlite3changeset_invert(static_cast<int>(changes.size()), const_cast<char*>(changes.data()),
                              &size, &inverse) != SQLITE_OK)
    throw Failure("the journal holds a damaged change: put back a backup copy of the file");
  std::unique_ptr<void, SqliteFree> owned(inverse);
  Conflict conflict;
  int rc = sqlite3changeset_apply(db.getHandle(), size, inverse, nullptr, on_conflict, &conflict);
  if (rc == SQLITE_OK) return;
  if (conflict.kind == SQLITE_CHANGESET_FOREIGN_KEY)
    throw DanglingReferences("later rows refer to rows it would remove; nothing was changed");
  if (rc == SQLITE_ABORT || conflict.kind != 0)
    throw Failure(
        fmt::format("it no longer matches the file: {} (by a program other than msol, "
                    "or by a change no longer in the journal); nothing was changed",
                    conflict_reason(conflict)));
  throw Failure(fmt::format("SQLite could not apply it: {}; nothing was changed",
                            sqlite3_errmsg(db.getHandle())));
}

}  // namespace msol::storage
