#pragma once
// Reading and writing the reciprocity game: its events and the meeting log that level 3 is derived
// from. Events store member ids, so a rename carries through and a member who left keeps their
// history.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "game/events.hpp"
#include "game/meetings.hpp"
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

}  // namespace msol::storage
