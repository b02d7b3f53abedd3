#pragma once
// The one reader and writer of the congregation's settings (SPEC section 7) in the settings table.
// The table also holds the congregation's name and time zone; those belong to members_store.
#include <chrono>

#include "domain/settings.hpp"
#include "game/points.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// Every stored setting, checked against the settings table: a row with an unknown key or a value
// outside its range (a damaged or hand-edited file) throws UsageError naming the key and the fix.
Settings load_settings(SQLite::Database& db);

// Stores every value `settings` changed (the others keep their defaults by having no row).
void save_settings(SQLite::Database& db, const Settings& settings);

// remind.grace_minutes from the stored settings: how long after a meeting's end `remind` and
// `status` wait before calling it not logged.
std::chrono::minutes remind_grace(SQLite::Database& db);

// The game's point values from the stored settings.
game::PointValues load_points(SQLite::Database& db);

}  // namespace msol::storage
