#include "storage/members_store.hpp"

#include <fmt/format.h>

#include <map>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::storage {
namespace {

void load_members(SQLite::Database& db, Congregation& c, std::map<std::int64_t, size_t>& index) {
  SQLite::Statement st(db,
                       "SELECT id, name, email, joined, left_on, looking, size_min, size_max "
                       "FROM members ORDER BY id");
  while (st.executeStep()) {
    Member m;
    m.name = st.getColumn(1).getString();
    m.email = st.getColumn(2).getString();
    const auto id = st.getColumn(0).getInt64();
    m.joined = stored_optional_date(st.getColumn(3), "members", id);
    m.left = stored_optional_date(st.getColumn(4), "members", id);
    m.prefs.looking = st.getColumn(5).getInt() != 0;
    if (!st.getColumn(6).isNull())
      m.prefs.size = SizeRange{st.getColumn(6).getInt(), st.getColumn(7).getInt()};
    index[id] = c.members.size();
    c.members.push_back(std::move(m));
  }
}

void load_references(SQLite::Database& db, Congregation& c,
                     const std::map<std::int64_t, size_t>& index) {
  auto name_of = [&](std::int64_t id) { return c.members[index.at(id)].name; };
  SQLite::Statement inv(db, "SELECT id, invited_by FROM members WHERE invited_by IS NOT NULL");
  while (inv.executeStep())
    c.members[index.at(inv.getColumn(0).getInt64())].invited_by =
        name_of(inv.getColumn(1).getInt64());
  SQLite::Statement wants(db,
                          "SELECT member_id, target_id FROM member_wants ORDER BY member_id, rank");
  while (wants.executeStep())
    c.members[index.at(wants.getColumn(0).getInt64())].prefs.want.push_back(
        name_of(wants.getColumn(1).getInt64()));
  // In joining order, like partners: a row's place in the table is its key (table_rebuild.hpp).
  SQLite::Statement avoids(db,
                           "SELECT member_id, target_id FROM member_avoids "
                           "ORDER BY member_id, target_id");
  while (avoids.executeStep())
    c.members[index.at(avoids.getColumn(0).getInt64())].prefs.avoid.push_back(
        name_of(avoids.getColumn(1).getInt64()));
  // In joining order: the same however often the pairs were rewritten, so exports round-trip.
  SQLite::Statement partners(db,
                             "SELECT member_id, target_id FROM member_partners "
                             "ORDER BY member_id, target_id");
  while (partners.executeStep())
    c.members[index.at(partners.getColumn(0).getInt64())].prefs.partner.push_back(
        name_of(partners.getColumn(1).getInt64()));
  SQLite::Statement tags(
      db, "SELECT member_id, kind, tag FROM member_tags ORDER BY member_id, kind, position");
  while (tags.executeStep()) {
    auto& p = c.members[index.at(tags.getColumn(0).getInt64())].prefs;
    (tags.getColumn(1).getString() == "slot" ? p.slots : p.interests)
        .push_back(tags.getColumn(2).getString());
  }
}

void upsert_row(SQLite::Database& db, const Member& m) {
  SQLite::Statement st(db,
                       "INSERT INTO members(name, name_key, email, joined, left_on, looking, "
                       "size_min, size_max) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                       "ON CONFLICT(name_key) DO UPDATE SET name = ?1, email = ?3, joined = ?4, "
                       "left_on = ?5, looking = ?6, size_min = ?7, size_max = ?8");
  st.bind(1, m.name);
  st.bind(2, name_key(m.name));
  st.bind(3, m.email);
  bind_optional(st, 4, m.joined);
  bind_optional(st, 5, m.left);
  st.bind(6, m.prefs.looking ? 1 : 0);
  if (m.prefs.size) {
    st.bind(7, m.prefs.size->min);
    st.bind(8, m.prefs.size->max);
  }
  st.exec();
}

void insert_pairs(SQLite::Database& db, const char* sql, std::int64_t id,
                  const std::vector<std::string>& names) {
  int rank = 0;
  for (const auto& n : names) {
    SQLite::Statement st(db, sql);
    st.bind(1, id);
    st.bind(2, member_id(db, n));
    ++rank;
    if (st.getBindParameterCount() >= 3) st.bind(3, rank);  // avoids have no rank
    st.exec();
  }
}

void insert_tags(SQLite::Database& db, std::int64_t id, const char* kind,
                 const std::vector<std::string>& tags) {
  int position = 0;
  for (const auto& t : tags) {
    SQLite::Statement st(
        db, "INSERT INTO member_tags(member_id, kind, position, tag) VALUES (?, ?, ?, ?)");
    st.bind(1, id);
    st.bind(2, kind);
    st.bind(3, ++position);
    st.bind(4, t);
    st.exec();
  }
}

void write_references(SQLite::Database& db, const Member& m) {
  std::int64_t id = member_id(db, m.name);
  SQLite::Statement inv(db, "UPDATE members SET invited_by = ? WHERE id = ?");
  if (m.invited_by.empty())
    inv.bind(1);
  else
    inv.bind(1, member_id(db, m.invited_by));
  inv.bind(2, id);
  inv.exec();
  for (const char* table : {"member_wants", "member_avoids", "member_tags"})
    db.exec(fmt::format("DELETE FROM {} WHERE member_id = {}", table, id));
  insert_pairs(db, "INSERT INTO member_wants(member_id, target_id, rank) VALUES (?1, ?2, ?3)", id,
               m.prefs.want);
  insert_pairs(db, "INSERT INTO member_avoids(member_id, target_id) VALUES (?1, ?2)", id,
               m.prefs.avoid);
  // Both directions of each pair: the partner's side is rewritten with this member's.
  SQLite::Statement drop(db, "DELETE FROM member_partners WHERE member_id = ?1 OR target_id = ?1");
  drop.bind(1, id);
  drop.exec();
  for (const auto& p : m.prefs.partner) {
    SQLite::Statement st(db,
                         "INSERT OR IGNORE INTO member_partners(member_id, target_id) "
                         "VALUES (?1, ?2), (?2, ?1)");
    st.bind(1, id);
    st.bind(2, member_id(db, p));
    st.exec();
  }
  insert_tags(db, id, "interest", m.prefs.interests);
  insert_tags(db, id, "slot", m.prefs.slots);
}

}  // namespace

Congregation load_congregation(SQLite::Database& db) {
  Congregation c;
  c.name = get_setting(db, "name");
  c.timezone = get_setting(db, "timezone");
  std::map<std::int64_t, size_t> index;
  load_members(db, c, index);
  load_references(db, c, index);
  return c;
}

void save_members(SQLite::Database& db, const Congregation& c,
                  const std::vector<std::string>& names) {
  for (const auto& n : names) upsert_row(db, c.get(n));
  for (const auto& n : names) write_references(db, c.get(n));
}

void rename_member(SQLite::Database& db, const std::string& old_name, const std::string& new_name) {
  SQLite::Statement st(db, "UPDATE members SET name = ?, name_key = ? WHERE name_key = ?");
  st.bind(1, new_name);
  st.bind(2, name_key(new_name));
  st.bind(3, name_key(old_name));
  st.exec();
}

std::int64_t member_id(SQLite::Database& db, const std::string& name) {
  SQLite::Statement st(db, "SELECT id FROM members WHERE name_key = ?");
  st.bind(1, name_key(name));
  if (!st.executeStep())
    throw Failure(
        fmt::format("no member named '{}': check the spelling with 'msol member list'", name));
  return st.getColumn(0).getInt64();
}

}  // namespace msol::storage
