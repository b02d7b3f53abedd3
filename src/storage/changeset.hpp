#pragma once
// SQLite changesets (the session extension, https://sqlite.org/sessionintro.html) of the
// congregation's own tables: recording one, reading what it touched, and applying its inverse.
// Tables whose names start with journal_ are msol's bookkeeping and never recorded (issue 15).
#include <set>
#include <string>

#include "domain/errors.hpp"

namespace SQLite {
class Database;
}
struct sqlite3_session;

namespace msol::storage {

// A changeset as SQLite serialises it; empty when nothing changed.
using Changeset = std::string;

// While alive, records every INSERT, UPDATE and DELETE on `db`'s main database outside the
// journal_* tables, including those made by triggers and foreign-key actions. Create it inside
// the transaction it records. Throws Failure if SQLite cannot create a session.
class ChangeRecorder {
 public:
  explicit ChangeRecorder(SQLite::Database& db);
  ~ChangeRecorder();
  ChangeRecorder(const ChangeRecorder&) = delete;
  ChangeRecorder& operator=(const ChangeRecorder&) = delete;

  // What was recorded so far. Throws Failure if SQLite cannot produce it (out of memory).
  Changeset changeset() const;

 private:
  sqlite3_session* session_ = nullptr;
};

// What `changes` did, table by table, in the order it first touched them, in the congregation's
// words: "added 1 meeting, 4 attendance marks; changed 1 rhythm". "nothing" for an empty one.
std::string describe(const Changeset& changes);

// Every row `changes` touched, as "table" plus its primary key's values: two changesets touch a
// common row exactly when these sets meet.
std::set<std::string> touched_rows(const Changeset& changes);

// The table a touched_rows key names.
std::string table_of(const std::string& touched_row);

// Thrown by apply_inverse when rows outside the changeset still refer to rows it would remove.
struct DanglingReferences : Failure {
  using Failure::Failure;
};

// Applies the inverse of `changes` to `db` inside the open transaction, so that every row it
// touched is as it was before it. A row deleted meanwhile by a cascade is fine; any other
// difference (a row changed, added or removed since) undoes nothing of it and throws Failure
// naming the table and what differed; a reference left dangling throws DanglingReferences.
void apply_inverse(SQLite::Database& db, const Changeset& changes);

}  // namespace msol::storage
