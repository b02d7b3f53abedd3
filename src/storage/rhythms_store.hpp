#pragma once
// Reading and writing crews' rhythms (commitments) with their skipped and moved meetings.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/rhythm.hpp"
#include "calendar/schedule.hpp"
#include "storage/database.hpp"

namespace msol::storage {

struct StoredRhythm {
  std::int64_t id = 0;
  std::string crew;
  calendar::Rhythm rhythm;
  std::string first_facilitator;  // empty: rotation starts with the crew's first member
  bool active = true;
  Date created{};
};

// Every rhythm of every crew, in the order they were set.
std::vector<StoredRhythm> load_rhythms(SQLite::Database& db);

// The crew's active rhythm, if it has one.
std::optional<StoredRhythm> active_rhythm(SQLite::Database& db, const std::string& crew);

// Inserts `r` as the crew's active rhythm; any rhythm it had before stops being active.
std::int64_t insert_rhythm(SQLite::Database& db, const StoredRhythm& r);

// Writes a rhythm's skips, moves and postponed count (what `rhythm skip|move` change).
void save_rhythm_edits(SQLite::Database& db, std::int64_t id, const calendar::Rhythm& rhythm);

void deactivate_rhythm(SQLite::Database& db, std::int64_t id);

// A crew's calendar revision, which triggers bump on every change to what its events show and
// `msol undo` does not restore (schema version 5): `msol ics` writes it as SEQUENCE and
// LAST-MODIFIED.
struct CalendarRevision {
  int sequence = 0;
  std::optional<std::chrono::sys_seconds> modified;  // absent: never changed since version 5
};
CalendarRevision calendar_revision(SQLite::Database& db, const std::string& crew);

// The meetings of every crew that ever had a rhythm, in crew order, with facilitators rotating
// through the crew's members in joining order.
struct CrewSchedule {
  std::string crew;
  bool open = true;
  std::vector<calendar::CrewMeeting> meetings;
};
std::vector<CrewSchedule> load_schedules(SQLite::Database& db, const std::string& timezone);

// One crew's schedule (empty when it never had a rhythm); throws Failure for an unknown crew.
CrewSchedule load_schedule(SQLite::Database& db, const std::string& timezone,
                           const std::string& crew);

}  // namespace msol::storage
