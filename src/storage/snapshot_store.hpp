#pragma once
// The whole congregation file as one exchange::Snapshot, for `msol export` and `msol import`.
// Members go through members_store as any import's do; this adds everything else.
#include "exchange/snapshot.hpp"
#include "storage/database.hpp"

namespace msol::storage {

exchange::Snapshot load_exchange_snapshot(SQLite::Database& db);

// Whether the file holds any formation, crew, rhythm, meeting, retrospective, game event or sent
// reminder: an import of history goes only into a file without.
bool has_history(SQLite::Database& db);

// Writes `h` into a file without history whose members it names are saved already; keeps the
// ids of meetings and events. Throws (and the caller's transaction rolls back) on a bad record.
void save_history(SQLite::Database& db, const exchange::History& h);

}  // namespace msol::storage
