#pragma once
// What `msol check` reads: SQLite's own verdict on the file, and members and crews loaded so that
// broken data still loads (a dangling id becomes a name no member can have) for the domain's
// invariants to report.
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"
#include "domain/invariants.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// PRAGMA integrity_check, one line per problem; empty when the file's structure is sound.
std::vector<std::string> integrity_problems(SQLite::Database& db);
// PRAGMA foreign_key_check: rows pointing at rows that do not exist, one line each.
std::vector<std::string> foreign_key_problems(SQLite::Database& db);
// Stored text that is not valid UTF-8 (older msol versions took it in), one line per value.
std::vector<std::string> invalid_text_problems(SQLite::Database& db);

struct Snapshot {
  Congregation congregation;
  std::vector<Crew> crews;
  std::vector<std::string> unreadable;  // stored values that are not what the schema means
};

// Members (with invitations, wants and avoids) and crews with their rosters, tolerating rows
// that point at no member; never throws on the content, only on I/O.
Snapshot load_snapshot(SQLite::Database& db);

// Everything `msol check` reports: SQLite's verdict first (when the structure is damaged, the
// content proves nothing more), then dangling rows, unreadable values and invalid text, then the
// domain's invariants and the game's tallies. A query that a damaged page stops midway is a
// finding too; never throws on the content.
Findings check_congregation(SQLite::Database& db);

}  // namespace msol::storage
