#include "storage/integrity.hpp"

#include <fmt/format.h>

#include <map>

#include "calendar/schedule.hpp"
#include "game/consistency.hpp"
#include "storage/game_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/settings_store.hpp"
#include "storage/snapshot_store.hpp"
#include "util/utf8.hpp"

namespace msol::storage {
namespace {

// The name a row's member id gets when it matches no member: commas are not allowed in member
// names, so it can never be mistaken for a real one, and the invariants report it as dangling.
std::string member_name(const char* alias, const char* id_column) {
  return fmt::format("COALESCE({0}.name, 'id ' || {1} || ', no such member')", alias, id_column);
}

// A stored date, or nothing (noted in `s.unreadable`) when the text is not a date.
std::optional<Date> stored_date(const SQLite::Column& col, const std::string& where, Snapshot& s) {
  if (col.isNull()) return std::nullopt;
  auto d = try_parse_date(col.getString());
  if (!d) s.unreadable.push_back(fmt::format("{}: '{}' is not a date", where, col.getString()));
  return d;
}

std::string text_or_empty(const SQLite::Column& col) {
  return col.isNull() ? std::string() : col.getString();
}

// Members in file order; returns each member row's id with its index in the congregation.
std::map<std::int64_t, size_t> load_members(SQLite::Database& db, Snapshot& s) {
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db, "SELECT m.id, m.name, m.joined, m.left_on, " +
                               member_name("i", "m.invited_by") +
                               " FROM members m LEFT JOIN members i ON i.id = m.invited_by "
                               "ORDER BY m.id");
  while (st.executeStep()) {
    Member m;
    m.name = st.getColumn(1).getString();
    m.joined = stored_date(st.getColumn(2), fmt::format("member '{}' joined", m.name), s);
    m.left = stored_date(st.getColumn(3), fmt::format("member '{}' left", m.name), s);
    m.invited_by = text_or_empty(st.getColumn(4));
    index[st.getColumn(0).getInt64()] = s.congregation.members.size();
    s.congregation.members.push_back(std::move(m));
  }
  return index;
}

// Wants, avoids or partners (`table`), appended to each member's list through `field` in the
// order of the column `order`.
void load_targets(SQLite::Database& db, Snapshot& s, const std::map<std::int64_t, size_t>& index,
                  const char* table, const char* order,
                  std::vector<std::string> Preferences::*field) {
  SQLite::Statement st(db, fmt::format("SELECT p.member_id, {} FROM {} p LEFT JOIN members t ON "
                                       "t.id = p.target_id ORDER BY p.member_id, p.{}",
                                       member_name("t", "p.target_id"), table, order));
  while (st.executeStep()) {
    auto it = index.find(st.getColumn(0).getInt64());
    if (it == index.end()) continue;  // a row of no member: foreign_key_check names it
    (s.congregation.members[it->second].prefs.*field).push_back(st.getColumn(1).getString());
  }
}

void load_crews(SQLite::Database& db, Snapshot& s) {
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db, "SELECT id, name, status, created, closed FROM crews ORDER BY id");
  while (st.executeStep()) {
    Crew crew{st.getColumn(1).getString(), st.getColumn(2).getString() == "open", Date{}, {}, {}};
    crew.created = stored_date(st.getColumn(3), fmt::format("crew '{}' created", crew.name), s)
                       .value_or(Date{});
    crew.closed = stored_date(st.getColumn(4), fmt::format("crew '{}' closed", crew.name), s);
    index[st.getColumn(0).getInt64()] = s.crews.size();
    s.crews.push_back(std::move(crew));
  }
  SQLite::Statement roster(db, "SELECT cm.crew_id, " + member_name("m", "cm.member_id") +
                                   ", cm.joined, cm.left_on FROM crew_members cm "
                                   "LEFT JOIN members m ON m.id = cm.member_id ORDER BY cm.id");
  while (roster.executeStep()) {
    auto it = index.find(roster.getColumn(0).getInt64());
    if (it == index.end()) continue;  // a row of no crew: foreign_key_check names it
    auto& crew = s.crews[it->second];
    CrewMembership r{roster.getColumn(1).getString(), Date{}, std::nullopt};
    auto where = fmt::format("crew '{}', member '{}'", crew.name, r.member);
    r.joined = stored_date(roster.getColumn(2), where + " joined", s).value_or(Date{});
    r.left = stored_date(roster.getColumn(3), where + " left", s);
    crew.roster.push_back(std::move(r));
  }
}

}  // namespace

std::vector<std::string> integrity_problems(SQLite::Database& db) {
  std::vector<std::string> out;
  SQLite::Statement integrity(db, "PRAGMA integrity_check");
  // On a badly damaged file the check reports what it found, then fails itself: keep both.
  try {
    while (integrity.executeStep()) {
      auto line = integrity.getColumn(0).getString();
      if (line != "ok") out.push_back("SQLite integrity check: " + line);
    }
  } catch (const SQLite::Exception& e) {
    out.push_back(fmt::format("SQLite integrity check stopped: {}", e.what()));
  }
  return out;
}

std::vector<std::string> foreign_key_problems(SQLite::Database& db) {
  std::vector<std::string> out;
  SQLite::Statement fk(db, "PRAGMA foreign_key_check");
  while (fk.executeStep())
    out.push_back(fmt::format("table {} row {} refers to a missing row of {}",
                              fk.getColumn(0).getString(), text_or_empty(fk.getColumn(1)),
                              fk.getColumn(2).getString()));
  return out;
}

Snapshot load_snapshot(SQLite::Database& db) {
  Snapshot s;
  auto index = load_members(db, s);
  load_targets(db, s, index, "member_wants", "rank", &Preferences::want);
  load_targets(db, s, index, "member_avoids", "target_id", &Preferences::avoid);
  load_targets(db, s, index, "member_partners", "target_id", &Preferences::partner);
  load_crews(db, s);
  return s;
}

namespace {
// An SQL expression naming a row of `table` by its primary key ("3", or "3, 1" for a composite
// key), or by its rowid when it has no declared key.
std::string row_key(SQLite::Database& db, const std::string& table) {
  SQLite::Statement st(db,
                       "SELECT group_concat('\"' || name || '\"', ' || '', '' || ') FROM (SELECT "
                       "name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk)");
  st.bind(1, table);
  st.executeStep();
  return st.getColumn(0).isNull() ? "rowid" : st.getColumn(0).getString();
}
}  // namespace

std::vector<std::string> invalid_text_problems(SQLite::Database& db) {
  std::vector<std::string> out;
  SQLite::Statement tables(
      db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  while (tables.executeStep()) {
    auto table = tables.getColumn(0).getString();
    SQLite::Statement rows(db, fmt::format("SELECT {}, * FROM \"{}\"", row_key(db, table), table));
    while (rows.executeStep())
      for (int i = 1; i < rows.getColumnCount(); ++i) {
        const auto& col = rows.getColumn(i);
        if (!col.isText()) continue;
        auto text = col.getString();
        if (!util::invalid_utf8_at(text)) continue;
        out.push_back(fmt::format(
            "{} row {}, {}: '{}' is not valid UTF-8 (stored by an older msol): correct it with "
            "the command that edits it",
            table, rows.getColumn(0).getString(), rows.getColumnName(i),
            util::repaired_utf8(text)));
      }
  }
  return out;
}

namespace {
// SPEC 5: a meeting logged as scheduled on a day its crew's rhythms no longer hold (a skip or a
// move after it was logged) is kept, but a host should look at it. Crews without a rhythm log
// unscheduled meetings only, so they never count.
std::vector<std::string> orphaned_logs(SQLite::Database& db, const std::string& tz) {
  std::vector<std::string> out;
  for (const auto& s : load_schedules(db, tz)) {
    std::vector<Date> logged;
    for (const auto& m : load_meetings(db, s.crew))
      if (m.scheduled) logged.push_back(m.date);
    for (auto day : calendar::orphaned_logs(s.meetings, logged))
      out.push_back(fmt::format(
          "the meeting of {} logged on {} is no longer a meeting of its rhythm (skipped or "
          "moved after it was logged): move it back with 'msol rhythm move', or keep it",
          s.crew, format_date(day)));
  }
  return out;
}

Findings check_content(SQLite::Database& db) {
  Findings f;
  f.errors = integrity_problems(db);
  if (!f.errors.empty()) return f;
  auto snapshot = load_snapshot(db);
  f = check_invariants(snapshot.congregation, snapshot.crews);
  auto tallies = game::tally_problems(load_events(db), load_meeting_log(db), load_points(db));
  f.errors.insert(f.errors.end(), tallies.begin(), tallies.end());
  auto orphans = orphaned_logs(db, get_setting(db, "timezone"));
  f.warnings.insert(f.warnings.end(), orphans.begin(), orphans.end());
  auto before = foreign_key_problems(db);
  before.insert(before.end(), snapshot.unreadable.begin(), snapshot.unreadable.end());
  auto text = invalid_text_problems(db);
  before.insert(before.end(), text.begin(), text.end());
  f.errors.insert(f.errors.begin(), before.begin(), before.end());
  return f;
}
}  // namespace

Findings check_congregation(SQLite::Database& db) {
  try {
    return check_content(db);
  } catch (const SQLite::Exception& e) {
    return Findings{{fmt::format("SQLite cannot read the file: {}", e.what())}, {}};
  }
}

}  // namespace msol::storage
