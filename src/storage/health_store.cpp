#include "storage/health_store.hpp"

#include <algorithm>

#include "calendar/expand.hpp"
#include "game/tally.hpp"
#include "storage/crews_store.hpp"
#include "storage/game_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/settings_store.hpp"

namespace msol::storage {
namespace {

// A retrospective recorded on or after the commitment's last meeting reviews it.
bool reviewed(SQLite::Database& db, const std::string& crew, Date last) {
  SQLite::Statement st(db, "SELECT 1 FROM retros WHERE crew_id = ? AND day >= ? LIMIT 1");
  st.bind(1, crew_id(db, crew));
  st.bind(2, format_date(last));
  return st.executeStep();
}

// The active rhythms of open crews (as rhythms_store reads them), expanded into their days.
std::vector<Commitment> load_commitments(SQLite::Database& db, const std::vector<Crew>& crews,
                                         const std::string& timezone, std::chrono::minutes grace) {
  std::vector<Commitment> out;
  for (const auto& s : load_rhythms(db)) {
    const auto crew =
        std::find_if(crews.begin(), crews.end(), [&](const Crew& c) { return c.name == s.crew; });
    if (!s.active || crew == crews.end() || !crew->open) continue;
    Commitment c{s.crew, {}, false};
    for (const auto& o : calendar::expand(s.rhythm, timezone, {}))
      c.meetings.push_back(
          {o.date, o.utc_start + std::chrono::minutes{o.duration_minutes} + grace});
    if (!c.meetings.empty()) c.reviewed = reviewed(db, s.crew, c.meetings.back().date);
    out.push_back(std::move(c));
  }
  return out;
}

// The meeting log as meetings_store reads it, counted.
std::vector<msol::LoggedMeeting> load_logged_meetings(SQLite::Database& db) {
  std::vector<msol::LoggedMeeting> out;
  for (const auto& m : load_meetings(db))
    out.push_back({m.crew, m.date, static_cast<int>(m.present.size()),
                   static_cast<int>(m.absent.size()), static_cast<int>(m.excused.size())});
  return out;
}

std::map<std::string, int> load_levels(SQLite::Database& db) {
  std::map<std::string, int> out;
  const auto t = game::tally(load_events(db), load_meeting_log(db), load_points(db));
  for (const auto& m : t.members) out[m.member] = m.figure.level;
  return out;
}

}  // namespace

HealthInput load_health_input(SQLite::Database& db, std::chrono::sys_seconds now) {
  HealthInput in;
  in.congregation = load_congregation(db);
  in.crews = load_crews(db);
  in.commitments = load_commitments(db, in.crews, in.congregation.timezone, remind_grace(db));
  in.meetings = load_logged_meetings(db);
  in.levels = load_levels(db);
  in.now = now;
  return in;
}

}  // namespace msol::storage
