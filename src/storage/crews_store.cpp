#include "storage/crews_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/members_store.hpp"

namespace msol::storage {
namespace {

void insert_crew_row(SQLite::Database& db, const Crew& crew,
                     std::optional<std::int64_t> formation) {
  SQLite::Statement st(db,
                       "INSERT INTO crews(name, name_key, status, created, closed, formation_id) "
                       "VALUES (?, ?, ?, ?, ?, ?)");
  st.bind(1, crew.name);
  st.bind(2, name_key(crew.name));
  st.bind(3, crew.open ? "open" : "closed");
  st.bind(4, format_date(crew.created));
  bind_optional(st, 5, crew.closed);
  if (formation)
    st.bind(6, *formation);
  else
    st.bind(6);
  st.exec();
}

void update_crew_row(SQLite::Database& db, std::int64_t id, const Crew& crew) {
  SQLite::Statement st(db,
                       "UPDATE crews SET name = ?, name_key = ?, status = ?, closed = ? "
                       "WHERE id = ?");
  st.bind(1, crew.name);
  st.bind(2, name_key(crew.name));
  st.bind(3, crew.open ? "open" : "closed");
  bind_optional(st, 4, crew.closed);
  st.bind(5, id);
  st.exec();
}

struct StoredStint {
  std::int64_t row;
  std::int64_t member;
  std::string joined;
  std::optional<std::string> left;
  bool kept = false;
};

std::vector<StoredStint> stored_roster(SQLite::Database& db, std::int64_t crew) {
  std::vector<StoredStint> out;
  SQLite::Statement st(
      db, "SELECT id, member_id, joined, left_on FROM crew_members WHERE crew_id = ? ORDER BY id");
  st.bind(1, crew);
  while (st.executeStep())
    out.push_back(
        {st.getColumn(0).getInt64(), st.getColumn(1).getInt64(), st.getColumn(2).getString(),
         st.getColumn(3).isNull() ? std::nullopt : std::optional(st.getColumn(3).getString()),
         false});
  return out;
}

// Changes only the rows that differ from `crew`'s roster (a stint is a member and the day they
// joined), so that the undo journal records what a command changed and nothing else, and rows
// keep their ids.
void write_roster(SQLite::Database& db, std::int64_t id, const Crew& crew) {
  auto stored = stored_roster(db, id);
  for (const auto& r : crew.roster) {
    const auto member = member_id(db, r.member);
    const auto joined = format_date(r.joined);
    const auto left = r.left ? std::optional(format_date(*r.left)) : std::nullopt;
    auto same = std::find_if(stored.begin(), stored.end(), [&](const StoredStint& s) {
      return !s.kept && s.member == member && s.joined == joined;
    });
    if (same != stored.end()) {
      same->kept = true;
      if (same->left == left) continue;
      SQLite::Statement st(db, "UPDATE crew_members SET left_on = ? WHERE id = ?");
      bind_optional(st, 1, left);
      st.bind(2, same->row);
      st.exec();
      continue;
    }
    SQLite::Statement st(db,
                         "INSERT INTO crew_members(crew_id, member_id, joined, left_on) "
                         "VALUES (?, ?, ?, ?)");
    st.bind(1, id);
    st.bind(2, member);
    st.bind(3, joined);
    bind_optional(st, 4, left);
    st.exec();
  }
  for (const auto& s : stored)
    if (!s.kept) db.exec(fmt::format("DELETE FROM crew_members WHERE id = {}", s.row));
}

std::optional<std::int64_t> find_crew_id(SQLite::Database& db, const std::string& name) {
  SQLite::Statement st(db, "SELECT id FROM crews WHERE name_key = ?");
  st.bind(1, name_key(name));
  if (!st.executeStep()) return std::nullopt;
  return st.getColumn(0).getInt64();
}

}  // namespace

std::vector<Crew> load_crews(SQLite::Database& db) {
  std::vector<Crew> crews;
  std::map<std::int64_t, size_t> index;
  SQLite::Statement st(db, "SELECT id, name, status, created, closed FROM crews ORDER BY id");
  while (st.executeStep()) {
    const auto id = st.getColumn(0).getInt64();
    index[id] = crews.size();
    crews.push_back(Crew{st.getColumn(1).getString(),
                         st.getColumn(2).getString() == "open",
                         stored_date(st.getColumn(3), "crews", id),
                         stored_optional_date(st.getColumn(4), "crews", id),
                         {}});
  }
  SQLite::Statement roster(db,
                           "SELECT cm.crew_id, m.name, cm.joined, cm.left_on, cm.id "
                           "FROM crew_members cm JOIN members m ON m.id = cm.member_id "
                           "ORDER BY cm.id");
  while (roster.executeStep()) {
    const auto row = roster.getColumn(4).getInt64();
    crews[index.at(roster.getColumn(0).getInt64())].roster.push_back(
        {roster.getColumn(1).getString(), stored_date(roster.getColumn(2), "crew_members", row),
         stored_optional_date(roster.getColumn(3), "crew_members", row)});
  }
  return crews;
}

void save_crews(SQLite::Database& db, const std::vector<Crew>& crews,
                std::optional<std::int64_t> formation) {
  for (const auto& crew : crews) {
    auto id = find_crew_id(db, crew.name);
    if (id) {
      update_crew_row(db, *id, crew);
    } else {
      insert_crew_row(db, crew, formation);
      id = db.getLastInsertRowid();
    }
    write_roster(db, *id, crew);
  }
}

std::int64_t insert_formation(SQLite::Database& db, Date day, std::optional<std::uint64_t> seed,
                              double score, double bound,
                              const std::optional<std::string>& explanation) {
  SQLite::Statement st(db,
                       "INSERT INTO formations(formed_on, seed, score, bound, explanation) "
                       "VALUES (?, ?, ?, ?, ?)");
  st.bind(1, format_date(day));
  if (seed)
    st.bind(2, static_cast<std::int64_t>(*seed));
  else
    st.bind(2);
  st.bind(3, score);
  st.bind(4, bound);
  if (explanation)
    st.bind(5, *explanation);
  else
    st.bind(5);
  st.exec();
  return db.getLastInsertRowid();
}

std::optional<std::string> last_explanation(SQLite::Database& db) {
  SQLite::Statement st(db, "SELECT explanation FROM formations ORDER BY id DESC LIMIT 1");
  if (!st.executeStep() || st.getColumn(0).isNull()) return std::nullopt;
  return st.getColumn(0).getString();
}

std::int64_t crew_id(SQLite::Database& db, const std::string& name) {
  if (auto id = find_crew_id(db, name)) return *id;
  throw Failure(fmt::format("no crew named '{}': see 'msol crew list'", name));
}

}  // namespace msol::storage
