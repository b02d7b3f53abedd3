#include "storage/snapshot_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "calendar/rhythm.hpp"
#include "domain/errors.hpp"
#include "storage/crews_store.hpp"
#include "storage/game_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/settings_store.hpp"

namespace msol::storage {
namespace {

using namespace exchange;

// Rows were written by msol, so a malformed date means a damaged file: parse_date says so.
Date stored_date(const SQLite::Column& col, const char* what) {
  return parse_date(col.getString(), what);
}

std::optional<std::int64_t> optional_int(const SQLite::Column& col) {
  return col.isNull() ? std::nullopt : std::optional(col.getInt64());
}

// Rows refer to each other by id; the export by position (1-based) in the list that was loaded.
using Positions = std::map<std::int64_t, int>;

std::optional<int> position_of(const Positions& p, std::optional<std::int64_t> id) {
  if (!id) return std::nullopt;
  return p.at(*id);
}

std::vector<FormationRecord> load_formations(SQLite::Database& db, Positions& positions) {
  std::vector<FormationRecord> out;
  SQLite::Statement st(db, "SELECT id, formed_on, seed, score, bound FROM formations ORDER BY id");
  while (st.executeStep()) {
    out.push_back({stored_date(st.getColumn(1), "stored formation"), optional_int(st.getColumn(2)),
                   st.getColumn(3).getDouble(), st.getColumn(4).getDouble(), 0});
    positions[st.getColumn(0).getInt64()] = static_cast<int>(out.size());
  }
  return out;
}

// load_crews gives crews in id order, and so does this query of their formations.
std::vector<CrewRecord> load_crew_records(SQLite::Database& db, const Positions& formations) {
  std::vector<CrewRecord> out;
  for (auto& crew : load_crews(db)) out.push_back({std::move(crew), std::nullopt, 0});
  SQLite::Statement st(db, "SELECT formation_id FROM crews ORDER BY id");
  for (auto& r : out)
    if (st.executeStep()) r.formation = position_of(formations, optional_int(st.getColumn(0)));
  return out;
}

RhythmRecord rhythm_record(const StoredRhythm& s) {
  const auto& r = s.rhythm;
  RhythmRecord out{s.crew,
                   calendar::format_cadence(r.cadence),
                   r.from,
                   r.count,
                   r.until,
                   r.at,
                   r.duration_minutes,
                   r.rotate_facilitator,
                   r.postponed,
                   s.first_facilitator,
                   s.active,
                   s.created,
                   r.skipped,
                   {},
                   0,
                   r.cadence.day};
  for (const auto& m : r.moved) out.moved.push_back({m.original, m.date, m.time});
  return out;
}

std::vector<RhythmRecord> load_rhythm_records(SQLite::Database& db, Positions& positions) {
  std::vector<RhythmRecord> out;
  for (const auto& s : load_rhythms(db)) {
    out.push_back(rhythm_record(s));
    positions[s.id] = static_cast<int>(out.size());
  }
  return out;
}

// load_meetings has no ids: this query reads them in its order (day, then crew; both unique).
std::vector<MeetingRecord> load_meeting_records(SQLite::Database& db) {
  std::vector<MeetingRecord> out;
  for (auto& m : load_meetings(db))
    out.push_back({m.id, m.crew, m.date, m.scheduled, m.facilitator, m.note, m.present, m.absent,
                   m.excused, 0});
  return out;
}

std::vector<RetroRecord> load_retros(SQLite::Database& db, const Positions& rhythms) {
  std::vector<RetroRecord> out;
  SQLite::Statement st(db,
                       "SELECT c.name, r.rhythm_id, r.day, r.decision, r.celebrate, r.change, "
                       "r.renew, m.name FROM retros r JOIN crews c ON c.id = r.crew_id "
                       "LEFT JOIN members m ON m.id = r.next_facilitator ORDER BY r.id");
  while (st.executeStep()) {
    auto renew = optional_int(st.getColumn(6));
    out.push_back({st.getColumn(0).getString(), position_of(rhythms, optional_int(st.getColumn(1))),
                   stored_date(st.getColumn(2), "stored retrospective"),
                   st.getColumn(3).getString(), st.getColumn(4).getString(),
                   st.getColumn(5).getString(),
                   renew ? std::optional(static_cast<int>(*renew)) : std::nullopt,
                   st.getColumn(7).isNull() ? "" : st.getColumn(7).getString(), 0});
  }
  return out;
}

std::vector<ReminderRecord> load_reminders(SQLite::Database& db) {
  std::vector<ReminderRecord> out;
  SQLite::Statement st(db, "SELECT key, sent_at FROM reminders_sent ORDER BY key");
  while (st.executeStep())
    out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), 0});
  return out;
}

History load_history(SQLite::Database& db) {
  History h;
  Positions formations, rhythms;
  h.settings = load_settings(db).to_text();
  h.formations = load_formations(db, formations);
  h.crews = load_crew_records(db, formations);
  h.rhythms = load_rhythm_records(db, rhythms);
  h.meetings = load_meeting_records(db);
  h.retros = load_retros(db, rhythms);
  for (auto& e : load_events(db)) h.events.push_back({std::move(e), 0});
  h.reminders = load_reminders(db);
  return h;
}

// The store numbers a new row max(id)+1; an import keeps the ids its file carried, which people
// saw in `game list` and `tally --explain`. Rows are written in ascending id order into empty
// tables, so `to` is free; the child rows move first, with the foreign-key check deferred to
// the commit.
void renumber(SQLite::Database& db, const char* table, const char* child, const char* column,
              std::int64_t from, std::int64_t to) {
  if (from == to) return;
  db.exec("PRAGMA defer_foreign_keys = ON");
  db.exec(fmt::format("UPDATE {} SET {} = {} WHERE {} = {}", child, column, to, column, from));
  db.exec(fmt::format("UPDATE {} SET id = {} WHERE id = {}", table, to, from));
}

template <class Record>
std::vector<Record> by_id(std::vector<Record> records, std::int64_t (*id)(const Record&)) {
  std::sort(records.begin(), records.end(),
            [&](const Record& a, const Record& b) { return id(a) < id(b); });
  return records;
}

std::vector<std::int64_t> save_formations(SQLite::Database& db,
                                          const std::vector<FormationRecord>& formations) {
  std::vector<std::int64_t> ids;
  for (const auto& f : formations) {
    std::optional<std::uint64_t> seed;
    if (f.seed) seed = static_cast<std::uint64_t>(*f.seed);  // stored as it was cast on the way in
    ids.push_back(insert_formation(db, f.formed_on, seed, f.score, f.bound, std::nullopt));
  }
  return ids;
}

void save_crew_records(SQLite::Database& db, const std::vector<CrewRecord>& crews,
                       const std::vector<std::int64_t>& formations) {
  for (const auto& r : crews) {
    std::optional<std::int64_t> formation;
    if (r.formation) formation = formations.at(*r.formation - 1);
    save_crews(db, {r.crew}, formation);
  }
}

// The calendar library checks the rhythm; its messages gain the record's line.
calendar::Rhythm checked_rhythm(const RhythmRecord& r) {
  calendar::Rhythm out{{},         r.from,    r.count,     r.until, r.at,
                       r.duration, r.skipped, r.postponed, {},      r.rotate};
  for (const auto& m : r.moved) out.moved.push_back({m.original, m.date, m.time});
  try {
    out.cadence = calendar::parse_cadence(r.cadence);
    out.cadence.day = r.anchor_day;
    calendar::validate(out);
  } catch (const UsageError& e) {
    throw UsageError(
        fmt::format("the [[rhythm]] of crew '{}' at line {}: {}", r.crew, r.line, e.what()));
  } catch (const Failure& e) {
    throw Failure(
        fmt::format("the [[rhythm]] of crew '{}' at line {}: {}", r.crew, r.line, e.what()));
  }
  return out;
}

std::vector<std::int64_t> save_rhythm_records(SQLite::Database& db,
                                              const std::vector<RhythmRecord>& rhythms) {
  std::vector<std::int64_t> ids;
  for (const auto& r : rhythms) {
    auto id =
        insert_rhythm(db, {0, r.crew, checked_rhythm(r), r.first_facilitator, true, r.created});
    if (!r.active) deactivate_rhythm(db, id);
    ids.push_back(id);
  }
  return ids;
}

std::int64_t meeting_id(const MeetingRecord& m) { return m.id; }

// save_meeting's last insert is an attendance row: the meeting is found by crew and day.
std::int64_t stored_meeting_id(SQLite::Database& db, const MeetingRecord& m) {
  SQLite::Statement st(db, "SELECT id FROM meetings WHERE crew_id = ? AND day = ?");
  st.bind(1, crew_id(db, m.crew));
  st.bind(2, format_date(m.date));
  st.executeStep();
  return st.getColumn(0).getInt64();
}

void save_meeting_records(SQLite::Database& db, const std::vector<MeetingRecord>& meetings) {
  for (const auto& m : by_id(meetings, meeting_id)) {
    save_meeting(
        db, {m.crew, m.date, m.scheduled, m.facilitator, m.note, m.present, m.absent, m.excused});
    renumber(db, "meetings", "attendance", "meeting_id", stored_meeting_id(db, m), m.id);
  }
}

void save_retros(SQLite::Database& db, const std::vector<RetroRecord>& retros,
                 const std::vector<std::int64_t>& rhythms) {
  for (const auto& r : retros) {
    std::optional<std::int64_t> rhythm;
    if (r.rhythm) rhythm = rhythms.at(*r.rhythm - 1);
    insert_retro(db, {r.crew, rhythm, r.date, r.decision, r.celebrate, r.change, r.renew,
                      r.next_facilitator});
  }
}

std::int64_t event_id(const EventRecord& r) { return game::event_id(r.event); }

void save_events(SQLite::Database& db, const std::vector<EventRecord>& events) {
  for (const auto& r : by_id(events, event_id))
    renumber(db, "game_events", "game_participants", "event_id", insert_event(db, r.event),
             event_id(r));
}

}  // namespace

exchange::Snapshot load_exchange_snapshot(SQLite::Database& db) {
  return {load_congregation(db), load_history(db)};
}

bool has_history(SQLite::Database& db) {
  SQLite::Statement st(db,
                       "SELECT EXISTS (SELECT 1 FROM formations) OR EXISTS (SELECT 1 FROM crews) "
                       "OR EXISTS (SELECT 1 FROM rhythms) OR EXISTS (SELECT 1 FROM meetings) "
                       "OR EXISTS (SELECT 1 FROM retros) OR EXISTS (SELECT 1 FROM game_events) "
                       "OR EXISTS (SELECT 1 FROM reminders_sent)");
  st.executeStep();
  return st.getColumn(0).getInt() != 0;
}

void save_history(SQLite::Database& db, const exchange::History& h) {
  save_settings(db, Settings::from_text(h.settings));
  auto formations = save_formations(db, h.formations);
  save_crew_records(db, h.crews, formations);
  auto rhythms = save_rhythm_records(db, h.rhythms);
  save_meeting_records(db, h.meetings);
  save_retros(db, h.retros, rhythms);
  save_events(db, h.events);
  for (const auto& r : h.reminders) mark_sent(db, r.key, r.sent_at);
}

}  // namespace msol::storage
