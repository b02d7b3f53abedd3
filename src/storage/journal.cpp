#include "storage/journal.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "storage/settings_store.hpp"

namespace msol::storage {
namespace {

constexpr const char* kNow = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";
constexpr const char* kColumns = "id, at, command_line, summary, kind, undone_by";

std::string kind_name(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::bookkeeping:
      return "bookkeeping";
    case ChangeKind::undo:
      return "undo";
    case ChangeKind::change:
      break;
  }
  return "change";
}

JournalEntry entry_of(SQLite::Statement& st) {
  JournalEntry e;
  e.id = st.getColumn(0).getInt64();
  e.when = st.getColumn(1).getString();
  e.command = st.getColumn(2).getString();
  e.summary = st.getColumn(3).getString();
  e.kind = st.getColumn(4).getString();
  if (!st.getColumn(5).isNull()) e.undone_by = st.getColumn(5).getInt64();
  return e;
}

std::optional<JournalEntry> find_entry(SQLite::Database& db, const std::string& where,
                                       std::int64_t bind) {
  SQLite::Statement st(db, fmt::format("SELECT {} FROM journal_changes WHERE {}", kColumns, where));
  if (where.find('?') != std::string::npos) st.bind(1, bind);
  if (!st.executeStep()) return std::nullopt;
  return entry_of(st);
}

Changeset changeset_of(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement st(db, "SELECT changeset FROM journal_changes WHERE id = ?");
  st.bind(1, id);
  if (!st.executeStep() || st.getColumn(0).isNull()) return {};
  const auto& col = st.getColumn(0);
  return {static_cast<const char*>(col.getBlob()), static_cast<std::size_t>(col.getBytes())};
}

void prune(SQLite::Database& db) {
  auto settings = load_settings(db);
  SQLite::Statement st(
      db,
      "DELETE FROM journal_changes WHERE id <= (SELECT id FROM journal_changes "
      "ORDER BY id DESC LIMIT 1 OFFSET ?) OR julianday(at) < julianday('now') - ?");
  st.bind(1, settings.get("journal.keep_changes"));
  st.bind(2, settings.get("journal.keep_days"));
  st.exec();
}

std::string quoted(const JournalEntry& e) {
  return fmt::format("change {} (`{}`)", e.id, e.command);
}

std::optional<JournalEntry> newest_seal(SQLite::Database& db) {
  return find_entry(db, "kind = 'seal' ORDER BY id DESC LIMIT 1", 0);
}

// Why entry `id` cannot be taken back, if it cannot.
void check_can_take_back(SQLite::Database& db, const JournalEntry& e) {
  if (e.kind == "seal" || e.kind == "undo")
    throw Failure(fmt::format(
        "entry {} {}: it cannot be taken back itself{}", e.id,
        e.kind == "seal" ? "marks a migration or a restore" : "took back another change",
        e.kind == "seal" ? "" : "; to have that change again, run its command again"));
  if (e.undone_by)
    throw Failure(fmt::format("{} was already taken back by change {}", quoted(e), *e.undone_by));
  if (auto seal = newest_seal(db); seal && seal->id > e.id)
    throw Failure(
        fmt::format("{} comes before the file was {} ({}): changes from before a migration or "
                    "a restore cannot be taken back",
                    quoted(e), seal->summary, seal->when));
}

JournalEntry newest_change(SQLite::Database& db) {
  auto seal = newest_seal(db);
  auto e =
      find_entry(db, "kind = 'change' AND undone_by IS NULL AND id > ? ORDER BY id DESC LIMIT 1",
                 seal ? seal->id : 0);
  if (e) return *e;
  if (seal)
    throw Failure(fmt::format(
        "nothing to take back since the file was {} ({}): changes from before a migration or a "
        "restore cannot be taken back; 'msol restore' puts back the copy of the file saved then",
        seal->summary, seal->when));
  if (!find_entry(db, "kind = 'change'", 0))
    throw Failure("nothing to take back: no change has been made to this file yet");
  throw Failure(
      "nothing to take back: every change the journal keeps has been taken back already (it "
      "keeps the last journal.keep_changes changes of the last journal.keep_days days; 'msol "
      "log' lists them)");
}

// The entries after `e` whose changes are still in effect, newest first: undo entries are left
// out, since each cancels an entry already marked as taken back.
std::vector<JournalEntry> later_in_effect(SQLite::Database& db, const JournalEntry& e) {
  SQLite::Statement st(db, fmt::format("SELECT {} FROM journal_changes WHERE id > ? AND kind IN "
                                       "('change', 'bookkeeping') AND undone_by IS NULL "
                                       "ORDER BY id DESC",
                                       kColumns));
  st.bind(1, e.id);
  std::vector<JournalEntry> out;
  while (st.executeStep()) out.push_back(entry_of(st));
  return out;
}

// A later entry still in effect that touched a row of `e`: it must be taken back first.
void check_no_later_change(SQLite::Database& db, const JournalEntry& e) {
  auto rows = touched_rows(changeset_of(db, e.id));
  for (const auto& later : later_in_effect(db, e)) {
    for (const auto& row : touched_rows(changeset_of(db, later.id)))
      if (rows.contains(row))
        throw Failure(fmt::format(
            "cannot take back {}: {} of {} later touched the same rows ({}); take it back first "
            "with 'msol undo {}'",
            quoted(e), quoted(later), later.when, table_of(row), later.id));
  }
}

// Which later changes, still in effect, may refer to what `e` added: all of them, newest first.
std::string later_references(SQLite::Database& db, const JournalEntry& e) {
  std::vector<std::string> later;
  for (const auto& entry : later_in_effect(db, e)) later.push_back(quoted(entry));
  if (later.empty())
    return "rows added outside msol refer to rows it would remove; nothing was changed";
  constexpr std::size_t kNamed = 3;
  auto more = later.size() > kNamed ? fmt::format(" and {} more", later.size() - kNamed) : "";
  later.resize(std::min(later.size(), kNamed));
  return fmt::format(
      "later changes still in effect may refer to rows it would remove ({}{}); take them back "
      "first, newest first, with 'msol undo'; nothing was changed",
      fmt::join(later, ", "), more);
}

}  // namespace

void record_change(SQLite::Database& db, const Changeset& changes, const std::string& command,
                   const JournalTag& tag) {
  if (changes.empty()) return;
  auto summary = describe(changes);
  if (tag.kind == ChangeKind::undo)
    summary = fmt::format("took back change {}: {}", tag.undoes, summary);
  SQLite::Statement st(db, fmt::format("INSERT INTO journal_changes(at, command_line, summary, "
                                       "kind, changeset) VALUES ({}, ?, ?, ?, ?)",
                                       kNow));
  st.bind(1, command);
  st.bind(2, summary);
  st.bind(3, kind_name(tag.kind));
  st.bind(4, changes.data(), static_cast<int>(changes.size()));
  st.exec();
  if (tag.kind == ChangeKind::undo) {
    SQLite::Statement mark(db, "UPDATE journal_changes SET undone_by = ? WHERE id = ?");
    mark.bind(1, db.getLastInsertRowid());
    mark.bind(2, tag.undoes);
    mark.exec();
  }
  prune(db);
}

void seal_journal(SQLite::Database& db, const std::string& command, const std::string& reason) {
  SQLite::Statement st(db, fmt::format("INSERT INTO journal_changes(at, command_line, summary, "
                                       "kind) VALUES ({}, ?, ?, 'seal')",
                                       kNow));
  st.bind(1, command);
  st.bind(2, reason);
  st.exec();
}

std::optional<JournalEntry> journal_entry(SQLite::Database& db, std::int64_t id) {
  return find_entry(db, "id = ?", id);
}

std::vector<JournalEntry> journal_entries(SQLite::Database& db) {
  SQLite::Statement st(db,
                       fmt::format("SELECT {} FROM journal_changes ORDER BY id DESC", kColumns));
  std::vector<JournalEntry> out;
  while (st.executeStep()) out.push_back(entry_of(st));
  return out;
}

JournalEntry entry_to_take_back(SQLite::Database& db, std::optional<std::int64_t> id) {
  JournalEntry e;
  if (id) {
    auto found = find_entry(db, "id = ?", *id);
    if (!found)
      throw Failure(fmt::format(
          "the journal holds no entry {}: 'msol log' lists the changes it keeps (older ones go "
          "by the settings journal.keep_changes and journal.keep_days)",
          *id));
    e = *found;
    check_can_take_back(db, e);
  } else {
    e = newest_change(db);
  }
  check_no_later_change(db, e);
  return e;
}

void take_back(SQLite::Database& db, const JournalEntry& entry) {
  try {
    apply_inverse(db, changeset_of(db, entry.id));
  } catch (const DanglingReferences&) {
    throw Failure(
        fmt::format("cannot take back {}: {}", quoted(entry), later_references(db, entry)));
  } catch (const Failure& f) {
    throw Failure(fmt::format("cannot take back {}: {}", quoted(entry), f.what()));
  }
}

}  // namespace msol::storage
