#include "storage/game_store.hpp"

#include <fmt/format.h>

#include <charconv>
#include <string_view>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

struct Row {
  std::string role;
  std::vector<std::string> names;
};

// The rows an event is stored as: its kind-specific columns and who took part in which role.
struct EventRows {
  std::string kind;
  std::string venture;
  bool asked = false;
  bool resolved = false;
  std::vector<Row> roles;
};

EventRows rows_of(const game::Event& event) {
  struct Visitor {
    EventRows operator()(const game::Listening& e) const {
      return {"listening", "", false, false, {{"participant", e.participants}}};
    }
    EventRows operator()(const game::Money& e) const {
      return {"money", "", e.asked, false, {{"focus", {e.focus}}, {"offerer", e.offerers}}};
    }
    EventRows operator()(const game::Conflict& e) const {
      return {"conflict", "", false, e.resolved, {{"side", {e.a, e.b}}}};
    }
    EventRows operator()(const game::CoOwners& e) const {
      return {"coowners", e.venture, false, false, {{"owner", e.owners}}};
    }
  };
  return std::visit(Visitor{}, event);
}

void insert_participants(SQLite::Database& db, std::int64_t id, const std::vector<Row>& roles) {
  int position = 0;
  for (const auto& row : roles)
    for (const auto& name : row.names) {
      SQLite::Statement st(db,
                           "INSERT INTO game_participants(event_id, member_id, role, position) "
                           "VALUES (?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, member_id(db, name));
      st.bind(3, row.role);
      st.bind(4, ++position);
      st.exec();
    }
}

game::Event make_event(std::int64_t id, const std::string& kind, Date day,
                       const std::string& venture, bool asked, bool resolved) {
  if (kind == "listening") return game::Listening{id, day, {}};
  if (kind == "money") return game::Money{id, day, "", asked, {}};
  if (kind == "conflict") return game::Conflict{id, day, "", "", resolved};
  return game::CoOwners{id, day, venture, {}};
}

// Puts one participant row into its event, in the role the row names.
void add_participant(game::Event& event, const std::string& role, const std::string& name) {
  if (auto* l = std::get_if<game::Listening>(&event)) l->participants.push_back(name);
  if (auto* m = std::get_if<game::Money>(&event))
    (role == "focus" ? m->focus : m->offerers.emplace_back()) = name;
  if (auto* c = std::get_if<game::Conflict>(&event)) (c->a.empty() ? c->a : c->b) = name;
  if (auto* v = std::get_if<game::CoOwners>(&event)) v->owners.push_back(name);
}

std::vector<game::Event> select_events(SQLite::Database& db, std::optional<std::int64_t> only) {
  std::vector<game::Event> events;
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db,
                       "SELECT id, kind, day, venture, asked, resolved FROM game_events "
                       "WHERE ?1 IS NULL OR id = ?1 ORDER BY day, id");
  if (only) st.bind(1, *only);
  while (st.executeStep()) {
    const auto id = st.getColumn(0).getInt64();
    index[id] = events.size();
    events.push_back(make_event(id, st.getColumn(1).getString(),
                                try_parse_date(st.getColumn(2).getString()).value_or(Date{}),
                                st.getColumn(3).getString(), st.getColumn(4).getInt() != 0,
                                st.getColumn(5).getInt() != 0));
  }
  SQLite::Statement who(db,
                        "SELECT p.event_id, p.role, m.name FROM game_participants p "
                        "JOIN members m ON m.id = p.member_id "
                        "WHERE ?1 IS NULL OR p.event_id = ?1 ORDER BY p.event_id, p.position");
  if (only) who.bind(1, *only);
  while (who.executeStep())
    add_participant(events[index.at(who.getColumn(0).getInt64())], who.getColumn(1).getString(),
                    who.getColumn(2).getString());
  return events;
}

std::optional<Date> optional_date(const SQLite::Column& col) {
  return col.isNull() ? std::nullopt : try_parse_date(col.getString());
}

std::vector<game::Crew> load_game_crews(SQLite::Database& db) {
  std::vector<game::Crew> crews;
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db, "SELECT id, name FROM crews ORDER BY id");
  while (st.executeStep()) {
    index[st.getColumn(0).getInt64()] = crews.size();
    crews.push_back({st.getColumn(1).getString(), {}});
  }
  SQLite::Statement roster(db,
                           "SELECT cm.crew_id, m.name, cm.joined, cm.left_on "
                           "FROM crew_members cm JOIN members m ON m.id = cm.member_id "
                           "ORDER BY cm.id");
  while (roster.executeStep())
    crews[index.at(roster.getColumn(0).getInt64())].members.push_back(
        {roster.getColumn(1).getString(), optional_date(roster.getColumn(2)),
         optional_date(roster.getColumn(3))});
  return crews;
}

std::vector<game::Meeting> load_meetings(SQLite::Database& db) {
  std::vector<game::Meeting> meetings;
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db,
                       "SELECT m.id, c.name, m.day FROM meetings m "
                       "JOIN crews c ON c.id = m.crew_id ORDER BY m.day, m.id");
  while (st.executeStep()) {
    index[st.getColumn(0).getInt64()] = meetings.size();
    meetings.push_back({st.getColumn(0).getInt64(),
                        st.getColumn(1).getString(),
                        try_parse_date(st.getColumn(2).getString()).value_or(Date{}),
                        {},
                        {},
                        {}});
  }
  SQLite::Statement roll(db,
                         "SELECT a.meeting_id, a.status, m.name FROM attendance a "
                         "JOIN members m ON m.id = a.member_id ORDER BY a.meeting_id, m.id");
  while (roll.executeStep()) {
    auto& m = meetings[index.at(roll.getColumn(0).getInt64())];
    const auto status = roll.getColumn(1).getString();
    auto& list = status == "present" ? m.present : status == "absent" ? m.absent : m.excused;
    list.push_back(roll.getColumn(2).getString());
  }
  return meetings;
}

int parse_points(std::string_view text, std::string_view key) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    throw UsageError(
        fmt::format("the setting '{}{}' holds '{}', not a whole number of points: fix "
                    "it with 'msol settings set {} N'",
                    kPointsPrefix, key, text, key));
  return value;
}

}  // namespace

std::int64_t insert_event(SQLite::Database& db, const game::Event& event) {
  const auto rows = rows_of(event);
  SQLite::Statement st(db,
                       "INSERT INTO game_events(kind, day, venture, asked, resolved) "
                       "VALUES (?, ?, ?, ?, ?)");
  st.bind(1, rows.kind);
  st.bind(2, format_date(game::event_date(event)));
  st.bind(3, rows.venture);
  st.bind(4, rows.asked ? 1 : 0);
  st.bind(5, rows.resolved ? 1 : 0);
  st.exec();
  const auto id = db.getLastInsertRowid();
  insert_participants(db, id, rows.roles);
  return id;
}

std::vector<game::Event> load_events(SQLite::Database& db) { return select_events(db, {}); }

game::Event delete_event(SQLite::Database& db, std::int64_t id) {
  auto found = select_events(db, id);
  if (found.empty())
    throw Failure(fmt::format("no game event with id {}: see the ids with 'msol game list'", id));
  // game_participants rows go with it (ON DELETE CASCADE).
  SQLite::Statement st(db, "DELETE FROM game_events WHERE id = ?");
  st.bind(1, id);
  st.exec();
  return found.front();
}

game::MeetingLog load_meeting_log(SQLite::Database& db) {
  return {load_game_crews(db), load_meetings(db)};
}

std::map<std::string, int> load_point_overrides(SQLite::Database& db) {
  std::map<std::string, int> out;
  SQLite::Statement st(db,
                       "SELECT substr(key, ?1), value FROM settings "
                       "WHERE substr(key, 1, ?2) = ?3");
  const std::string prefix = kPointsPrefix;
  st.bind(1, static_cast<int>(prefix.size()) + 1);
  st.bind(2, static_cast<int>(prefix.size()));
  st.bind(3, prefix);
  while (st.executeStep()) {
    const auto key = st.getColumn(0).getString();
    out[key] = parse_points(st.getColumn(1).getString(), key);
  }
  return out;
}

game::PointValues load_points(SQLite::Database& db) {
  return game::with_overrides({}, load_point_overrides(db));
}

void save_points(SQLite::Database& db, const std::map<std::string, int>& values) {
  game::with_overrides({}, values);  // throws for an unknown key before anything is written
  for (const auto& [key, value] : values)
    put_setting(db, kPointsPrefix + key, std::to_string(value));
}

}  // namespace msol::storage
