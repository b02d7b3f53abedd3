#include "storage/rhythms_store.hpp"

#include <fmt/format.h>

#include "domain/crew.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

// Rows were written by msol, so a malformed one means a damaged file: the readers throw and name
// the table and row (stored_date), never read year 0.
calendar::Rhythm rhythm_of(SQLite::Statement& st) {
  const auto id = st.getColumn("id").getInt64();
  calendar::Rhythm r;
  r.cadence = calendar::parse_cadence(st.getColumn("cadence").getString());
  if (!st.getColumn("anchor_day").isNull())
    r.cadence.day = static_cast<unsigned>(st.getColumn("anchor_day").getInt());
  r.from = stored_date(st.getColumn("start"), "rhythms", id);
  if (!st.getColumn("count").isNull()) r.count = st.getColumn("count").getInt();
  r.until = stored_optional_date(st.getColumn("until"), "rhythms", id);
  r.at = parse_time(st.getColumn("at").getString(), "stored rhythm time");
  r.duration_minutes = st.getColumn("duration").getInt();
  r.rotate_facilitator = st.getColumn("rotate").getInt() != 0;
  r.postponed = st.getColumn("postponed").getInt();
  return r;
}

// Skips and moves are keyed by their rhythm and a day, not a row id: a damaged one is named by
// its rhythm ("rhythm_skips row (rhythm 3)").
std::string rhythm_row(const StoredRhythm& s) { return fmt::format("(rhythm {})", s.id); }

void load_skips(SQLite::Database& db, StoredRhythm& s) {
  SQLite::Statement st(db, "SELECT day FROM rhythm_skips WHERE rhythm_id = ? ORDER BY day");
  st.bind(1, s.id);
  const auto row = rhythm_row(s);
  while (st.executeStep())
    s.rhythm.skipped.push_back(stored_date(st.getColumn(0), "rhythm_skips", row));
}

void load_moves(SQLite::Database& db, StoredRhythm& s) {
  SQLite::Statement st(db,
                       "SELECT original, day, at FROM rhythm_moves WHERE rhythm_id = ? "
                       "ORDER BY original");
  st.bind(1, s.id);
  const auto row = rhythm_row(s);
  while (st.executeStep()) {
    calendar::Move m{stored_date(st.getColumn(0), "rhythm_moves", row),
                     stored_date(st.getColumn(1), "rhythm_moves", row), std::nullopt};
    if (!st.getColumn(2).isNull()) m.time = parse_time(st.getColumn(2).getString(), "stored move");
    s.rhythm.moved.push_back(m);
  }
}

std::vector<StoredRhythm> query(SQLite::Database& db, const std::optional<std::string>& crew) {
  SQLite::Statement st(db,
                       "SELECT r.*, c.name AS crew_name, m.name AS first_name, "
                       "a.day AS anchor_day FROM rhythms r "
                       "JOIN crews c ON c.id = r.crew_id "
                       "LEFT JOIN rhythm_anchors a ON a.rhythm_id = r.id "
                       "LEFT JOIN members m ON m.id = r.first_facilitator "
                       "WHERE ? IS NULL OR (c.name_key = ? AND r.active = 1) ORDER BY r.id");
  if (crew) {
    st.bind(1, name_key(*crew));
    st.bind(2, name_key(*crew));
  }
  std::vector<StoredRhythm> out;
  while (st.executeStep()) {
    auto first = st.getColumn("first_name");
    out.push_back({st.getColumn("id").getInt64(), st.getColumn("crew_name").getString(),
                   rhythm_of(st), first.isNull() ? "" : first.getString(),
                   st.getColumn("active").getInt() != 0,
                   stored_date(st.getColumn("created"), "rhythms", st.getColumn("id").getInt64())});
  }
  for (auto& s : out) {
    load_skips(db, s);
    load_moves(db, s);
  }
  return out;
}

}  // namespace

std::vector<StoredRhythm> load_rhythms(SQLite::Database& db) { return query(db, std::nullopt); }

std::optional<StoredRhythm> active_rhythm(SQLite::Database& db, const std::string& crew) {
  auto found = query(db, crew);
  if (found.empty()) return std::nullopt;
  return found.back();
}

std::int64_t insert_rhythm(SQLite::Database& db, const StoredRhythm& s) {
  auto crew = crew_id(db, s.crew);
  SQLite::Statement off(db, "UPDATE rhythms SET active = 0 WHERE crew_id = ?");
  off.bind(1, crew);
  off.exec();
  const auto& r = s.rhythm;
  SQLite::Statement st(db,
                       "INSERT INTO rhythms(crew_id, cadence, start, count, until, at, duration, "
                       "rotate, postponed, first_facilitator, active, created) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?)");
  st.bind(1, crew);
  st.bind(2, calendar::format_cadence(r.cadence));
  st.bind(3, format_date(r.from));
  if (r.count)
    st.bind(4, *r.count);
  else
    st.bind(4);
  bind_optional(st, 5, r.until);
  st.bind(6, format_time(r.at));
  st.bind(7, r.duration_minutes);
  st.bind(8, r.rotate_facilitator ? 1 : 0);
  if (s.first_facilitator.empty())
    st.bind(9);
  else
    st.bind(9, member_id(db, s.first_facilitator));
  st.bind(10, format_date(s.created));
  st.exec();
  auto id = db.getLastInsertRowid();
  if (r.cadence.day != 0) {
    SQLite::Statement anchor(db, "INSERT INTO rhythm_anchors(rhythm_id, day) VALUES (?, ?)");
    anchor.bind(1, id);
    anchor.bind(2, static_cast<int>(r.cadence.day));
    anchor.exec();
  }
  save_rhythm_edits(db, id, r);
  return id;
}

void save_rhythm_edits(SQLite::Database& db, std::int64_t id, const calendar::Rhythm& r) {
  SQLite::Statement post(db, "UPDATE rhythms SET postponed = ? WHERE id = ?");
  post.bind(1, r.postponed);
  post.bind(2, id);
  post.exec();
  SQLite::Statement clear_skips(db, "DELETE FROM rhythm_skips WHERE rhythm_id = ?");
  clear_skips.bind(1, id);
  clear_skips.exec();
  SQLite::Statement clear_moves(db, "DELETE FROM rhythm_moves WHERE rhythm_id = ?");
  clear_moves.bind(1, id);
  clear_moves.exec();
  for (auto d : r.skipped) {
    SQLite::Statement st(db, "INSERT INTO rhythm_skips(rhythm_id, day) VALUES (?, ?)");
    st.bind(1, id);
    st.bind(2, format_date(d));
    st.exec();
  }
  for (const auto& m : r.moved) {
    SQLite::Statement st(
        db, "INSERT INTO rhythm_moves(rhythm_id, original, day, at) VALUES (?, ?, ?, ?)");
    st.bind(1, id);
    st.bind(2, format_date(m.original));
    st.bind(3, format_date(m.date));
    bind_optional(st, 4, m.time ? std::optional(format_time(*m.time)) : std::nullopt);
    st.exec();
  }
}

void deactivate_rhythm(SQLite::Database& db, std::int64_t id) {
  SQLite::Statement st(db, "UPDATE rhythms SET active = 0 WHERE id = ?");
  st.bind(1, id);
  st.exec();
}

CalendarRevision calendar_revision(SQLite::Database& db, const std::string& crew) {
  SQLite::Statement st(db,
                       "SELECT j.revision, j.modified FROM journal_calendar j "
                       "JOIN crews c ON c.id = j.crew_id WHERE c.name_key = ?");
  st.bind(1, name_key(crew));
  if (!st.executeStep()) return {};
  return {st.getColumn(0).getInt(),
          std::chrono::sys_seconds{std::chrono::seconds{st.getColumn(1).getInt64()}}};
}

std::vector<CrewSchedule> load_schedules(SQLite::Database& db, const std::string& timezone) {
  auto rhythms = load_rhythms(db);
  std::vector<CrewSchedule> out;
  for (const auto& crew : load_crews(db)) {
    std::vector<calendar::Commitment> commitments;
    for (const auto& r : rhythms)
      if (same_name(r.crew, crew.name))
        commitments.push_back({r.rhythm, r.first_facilitator, r.active});
    if (commitments.empty()) continue;
    out.push_back(
        {crew.name, crew.open, calendar::crew_schedule(commitments, timezone, crew.members())});
  }
  return out;
}

CrewSchedule load_schedule(SQLite::Database& db, const std::string& timezone,
                           const std::string& crew) {
  crew_id(db, crew);  // names an unknown crew
  for (auto& s : load_schedules(db, timezone))
    if (same_name(s.crew, crew)) return s;
  return {crew, true, {}};
}

}  // namespace msol::storage
