#pragma once
// The undo journal (SPEC section 7, issue 15): each writing command's changeset, with its command
// line and time, stored in journal_changes by the command's own transaction. `msol log` lists it;
// `msol undo` takes entries back. ARCHITECTURE.md, "Taking changes back", has the design.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "storage/changeset.hpp"

namespace msol::storage {

// How `msol undo` treats an entry. Bookkeeping (remind --mark) is passed over by a plain undo.
enum class ChangeKind { change, bookkeeping, undo };

// What a transaction's entry says besides its changeset. A command sets it before it commits.
struct JournalTag {
  ChangeKind kind = ChangeKind::change;
  std::int64_t undoes = 0;  // with ChangeKind::undo: the id of the entry taken back
};

struct JournalEntry {
  std::int64_t id = 0;
  std::string when;     // UTC by the real clock: "YYYY-MM-DDTHH:MM:SSZ"
  std::string command;  // the command line as typed: "msol meet log 'Crew 1' --present Ana"
  std::string summary;  // what it changed (describe()), or why it is a seal
  std::string kind;     // "change", "bookkeeping", "undo" or "seal"
  std::optional<std::int64_t> undone_by;  // the undo entry that took it back
};

// Stores `changes` as a new entry in the open transaction (nothing when it is empty), marks the
// entry it takes back, and prunes: entries beyond journal.keep_changes, and older than
// journal.keep_days by the real clock, go (SPEC section 7). Throws UsageError for a damaged
// setting (load_settings).
void record_change(SQLite::Database& db, const Changeset& changes, const std::string& command,
                   const JournalTag& tag);

// A migration's or a restore's marker (issue 15 point 2): changes before it cannot be taken back,
// since their changesets name the columns of older table shapes, or belong to a file put back
// from a backup. `reason` says which, as "migrated from schema 8 to 9".
void seal_journal(SQLite::Database& db, const std::string& command, const std::string& reason);

// Entry `id`, if the journal keeps it.
std::optional<JournalEntry> journal_entry(SQLite::Database& db, std::int64_t id);

// Every kept entry, newest first, seals included.
std::vector<JournalEntry> journal_entries(SQLite::Database& db);

// The entry `msol undo` takes back: entry `id`, or else the newest change after the newest seal
// that has not been taken back (bookkeeping passed over). Throws Failure when there is none, when
// `id` names no change that can be taken back, or when a later entry still in effect touched one
// of its rows (naming that entry, to be taken back first).
JournalEntry entry_to_take_back(SQLite::Database& db, std::optional<std::int64_t> id);

// Puts every row `entry` touched back as it was (apply_inverse), in the open transaction; throws
// Failure as apply_inverse does, naming the entry.
void take_back(SQLite::Database& db, const JournalEntry& entry);

}  // namespace msol::storage
