#include "storage/game_store.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

struct Row {
  std::string role;
  std::vector<std::string> names;
};

// The rows an event is stored as (its kind is kind_name(event_level)): its kind-specific columns
// and who took part in which role.
struct EventRows {
  std::string venture;
  bool asked = false;
  bool resolved = false;
  std::vector<Row> roles;
};

EventRows rows_of(const game::Event& event) {
  struct Visitor {
    EventRows operator()(const game::Listening& e) const {
      return {"", false, false, {{"participant", e.participants}}};
    }
    EventRows operator()(const game::Money& e) const {
      return {"", e.asked, false, {{"focus", {e.focus}}, {"offerer", e.offerers}}};
    }
    EventRows operator()(const game::Conflict& e) const {
      return {"", false, e.resolved, {{"side", {e.a, e.b}}}};
    }
    EventRows operator()(const game::CoOwners& e) const {
      return {e.venture, false, false, {{"owner", e.owners}}};
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

// A damaged row (a kind msol does not write) is named rather than read as some other kind.
game::Event make_event(std::int64_t id, const std::string& kind, Date day,
                       const std::string& venture, bool asked, bool resolved) {
  switch (kind_named(kind).value_or(Level::Consistency)) {
    case Level::Listening:
      return game::Listening{id, day, {}};
    case Level::Money:
      return game::Money{id, day, "", asked, {}};
    case Level::Conflict:
      return game::Conflict{id, day, "", "", resolved};
    case Level::CoOwners:
      return game::CoOwners{id, day, venture, {}};
    case Level::Consistency:
      break;
  }
  throw UsageError(fmt::format(
      "the file is damaged: game_events row {} holds '{}' as its kind, which is not one of {}; "
      "put back a backup copy of the file",
      id, kind, kind_names()));
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
    events.push_back(make_event(
        id, st.getColumn(1).getString(),
        stored_date(st.getColumn(2), "game_events", st.getColumn(0).getInt64()),
        st.getColumn(3).getString(), st.getColumn(4).getInt() != 0, st.getColumn(5).getInt() != 0));
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

// The meetings table's one reader is meetings_store; the game takes its rolls from there.
std::vector<game::Meeting> game_meetings(SQLite::Database& db) {
  std::vector<game::Meeting> out;
  for (auto& m : load_meetings(db))
    out.push_back({m.id, std::move(m.crew), m.date, std::move(m.present), std::move(m.absent),
                   std::move(m.excused)});
  return out;
}

}  // namespace

std::int64_t insert_event(SQLite::Database& db, const game::Event& event) {
  const auto rows = rows_of(event);
  SQLite::Statement st(db,
                       "INSERT INTO game_events(kind, day, venture, asked, resolved) "
                       "VALUES (?, ?, ?, ?, ?)");
  st.bind(1, std::string(kind_name(game::event_level(event))));
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
  return {load_crews(db), game_meetings(db)};
}

}  // namespace msol::storage
