#pragma once
// Migration 9's table rebuild: every congregation table whose primary key is not its rowid
// becomes a WITHOUT ROWID table, so that its rows' order (and sqlite3 .dump) follows their keys.
// A changeset names rows by primary key only, so `msol undo` can put a deleted row back but not
// at its old rowid; keyed by the primary key, the table is then exactly as it was (issue 15).
namespace SQLite {
class Database;
}

namespace msol::storage {

// Rebuilds, inside the open transaction, each table but sqlite_* and journal_* that has a declared
// PRIMARY KEY other than an INTEGER PRIMARY KEY and still has a rowid: same columns in the same
// order (changesets name columns by position), same rows, indexes and triggers. A STRICT table
// stays STRICT. Throws SQLite::Exception when the file cannot be changed.
void key_rows_by_primary_key(SQLite::Database& db);

}  // namespace msol::storage
