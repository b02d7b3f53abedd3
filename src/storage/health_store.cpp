#include "storage/health_store.hpp"

#include "calendar/expand.hpp"
#include "game/tally.hpp"
#include "storage/crews_store.hpp"
#include "storage/game_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

Date date_of(const SQLite::Column& col) { return try_parse_date(col.getString()).value_or(Date{}); }

void load_exceptions(SQLite::Database& db, std::int64_t id, calendar::Rhythm& r) {
  SQLite::Statement skips(db, "SELECT day FROM rhythm_skips WHERE rhythm_id = ? ORDER BY day");
  skips.bind(1, id);
  while (skips.executeStep()) r.skipped.push_back(date_of(skips.getColumn(0)));
  SQLite::Statement moves(db,
                          "SELECT original, day, at FROM rhythm_moves WHERE rhythm_id = ? "
                          "ORDER BY original");
  moves.bind(1, id);
  while (moves.executeStep()) {
    calendar::Move m{date_of(moves.getColumn(0)), date_of(moves.getColumn(1)), std::nullopt};
    if (!moves.getColumn(2).isNull()) m.time = parse_time(moves.getColumn(2).getString(), "at");
    r.moved.push_back(m);
  }
}

calendar::Rhythm rhythm_from(SQLite::Statement& st) {
  calendar::Rhythm r;
  r.cadence = calendar::parse_cadence(st.getColumn(2).getString());
  r.from = date_of(st.getColumn(3));
  if (!st.getColumn(4).isNull()) r.count = st.getColumn(4).getInt();
  if (!st.getColumn(5).isNull()) r.until = date_of(st.getColumn(5));
  r.at = parse_time(st.getColumn(6).getString(), "at");
  r.duration_minutes = st.getColumn(7).getInt();
  r.postponed = st.getColumn(8).getInt();
  if (!st.getColumn(10).isNull()) r.cadence.day = static_cast<unsigned>(st.getColumn(10).getInt());
  return r;
}

// A retrospective recorded on or after the commitment's last meeting reviews it.
bool reviewed(SQLite::Database& db, std::int64_t crew_id, Date last) {
  SQLite::Statement st(db, "SELECT 1 FROM retros WHERE crew_id = ? AND day >= ? LIMIT 1");
  st.bind(1, crew_id);
  st.bind(2, format_date(last));
  return st.executeStep();
}

// The active rhythms of open crews, expanded into the days they hold meetings.
std::vector<Commitment> load_commitments(SQLite::Database& db, const std::string& timezone,
                                         std::chrono::minutes grace) {
  std::vector<Commitment> out;
  SQLite::Statement st(db,
                       "SELECT r.id, c.name, r.cadence, r.start, r.count, r.until, r.at, "
                       "r.duration, r.postponed, c.id, a.day FROM rhythms r "
                       "LEFT JOIN rhythm_anchors a ON a.rhythm_id = r.id "
                       "JOIN crews c ON c.id = r.crew_id "
                       "WHERE r.active = 1 AND c.status = 'open' ORDER BY r.id");
  while (st.executeStep()) {
    auto rhythm = rhythm_from(st);
    load_exceptions(db, st.getColumn(0).getInt64(), rhythm);
    Commitment c{st.getColumn(1).getString(), {}, false};
    for (const auto& o : calendar::expand(rhythm, timezone, {}))
      c.meetings.push_back(
          {o.date, o.utc_start + std::chrono::minutes{o.duration_minutes} + grace});
    if (!c.meetings.empty())
      c.reviewed = reviewed(db, st.getColumn(9).getInt64(), c.meetings.back().date);
    out.push_back(std::move(c));
  }
  return out;
}

// msol::, not the meeting log's storage::LoggedMeeting (meetings_store.hpp).
std::vector<msol::LoggedMeeting> load_logged_meetings(SQLite::Database& db) {
  std::vector<msol::LoggedMeeting> out;
  SQLite::Statement st(db,
                       "SELECT c.name, m.day, "
                       "COUNT(CASE a.status WHEN 'present' THEN 1 END), "
                       "COUNT(CASE a.status WHEN 'absent' THEN 1 END), "
                       "COUNT(CASE a.status WHEN 'excused' THEN 1 END) "
                       "FROM meetings m JOIN crews c ON c.id = m.crew_id "
                       "LEFT JOIN attendance a ON a.meeting_id = m.id "
                       "GROUP BY m.id ORDER BY m.day, m.id");
  while (st.executeStep())
    out.push_back({st.getColumn(0).getString(), date_of(st.getColumn(1)), st.getColumn(2).getInt(),
                   st.getColumn(3).getInt(), st.getColumn(4).getInt()});
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
  in.commitments = load_commitments(db, in.congregation.timezone, remind_grace(db));
  in.meetings = load_logged_meetings(db);
  in.levels = load_levels(db);
  in.now = now;
  return in;
}

}  // namespace msol::storage
