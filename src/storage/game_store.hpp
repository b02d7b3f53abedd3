#pragma once
// Reading and writing the reciprocity game: its events, the point values in the settings, and the
// meeting log that level 3 is derived from. Events store member ids, so a rename carries through
// and a member who left keeps their history.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "game/events.hpp"
#include "game/meetings.hpp"
#include "game/points.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// Inserts a validated event whose names are canonical member names; returns its id.
std::int64_t insert_event(SQLite::Database& db, const game::Event& event);

// Every event, by date then id, with the members' current names.
std::vector<game::Event> load_events(SQLite::Database& db);

// Removes the event with `id` and returns it; throws Failure when there is none.
game::Event delete_event(SQLite::Database& db, std::int64_t id);

// Every crew (closed ones too) with its roster over time, and every logged meeting's roll.
game::MeetingLog load_meeting_log(SQLite::Database& db);

// The settings keys under which point values are stored: "points." + a key of game::point_keys().
inline constexpr const char* kPointsPrefix = "points.";

// Point values changed in the settings, by game key ("money.offer"); throws UsageError when the
// file holds an unknown key or a value that is not a whole number.
std::map<std::string, int> load_point_overrides(SQLite::Database& db);
game::PointValues load_points(SQLite::Database& db);

// Stores the given values (checked against game::point_keys(), UsageError otherwise).
void save_points(SQLite::Database& db, const std::map<std::string, int>& values);

}  // namespace msol::storage
