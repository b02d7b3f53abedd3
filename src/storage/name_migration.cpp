#include "storage/name_migration.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "domain/errors.hpp"
#include "domain/names.hpp"

namespace msol::storage {
namespace {

struct Row {
  int64_t id;
  std::string name;
};

std::vector<Row> rows(SQLite::Database& db, const std::string& table) {
  std::vector<Row> out;
  SQLite::Statement st(db, fmt::format("SELECT id, name FROM {} ORDER BY id", table));
  while (st.executeStep()) out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString()});
  return out;
}

// `name` as the new rules store it: "Ana" followed by a zero-width space becomes "Ana" and then
// collides with the real Ana instead of passing as a second one.
std::string migrated(const std::string& name) { return without_invisibles(name); }

// A shell word for a name, with invisible characters written as \uXXXX in bash's $'...'.
std::string shell_word(const std::string& name) {
  if (std::all_of(name.begin(), name.end(), [](unsigned char b) { return b >= 0x20; }) &&
      is_nfc(name) && name.find('\'') == std::string::npos &&
      without_invisibles(name).size() == name.size())
    return "'" + name + "'";
  std::string out = "$'";
  for (unsigned char b : name) {
    if (b == '\'' || b == '\\')
      out += std::string("\\") + static_cast<char>(b);
    else if (b < 0x20 || b >= 0x80)
      out += fmt::format("\\x{:02x}", b);
    else
      out += static_cast<char>(b);
  }
  return out + "'";
}

void check_collisions(const std::string& kind, const std::vector<Row>& all) {
  std::map<std::string, const Row*> seen;
  for (const auto& r : all) {
    auto [it, fresh] = seen.emplace(name_key(migrated(r.name)), &r);
    if (!fresh)
      throw Failure(fmt::format(
          "cannot bring the file up to date: {}s {} and {} would be the same name under "
          "Unicode's rules (normal form, case folding, no invisible characters); nothing was "
          "changed. Rename one of them first, e.g.: msol migrate --rename {}",
          kind, shell_word(it->second->name), shell_word(r.name),
          shell_word(r.name + "=" + migrated(r.name) + " 2")));
  }
}

void rewrite(SQLite::Database& db, const std::string& table, const std::vector<Row>& all) {
  // Keys are UNIQUE: park them on the id first so no rewrite meets an old key half-way.
  db.exec(fmt::format("UPDATE {} SET name_key = '#' || id", table));
  SQLite::Statement st(db, fmt::format("UPDATE {} SET name = ?, name_key = ? WHERE id = ?", table));
  for (const auto& r : all) {
    auto name = migrated(r.name);
    st.bind(1, name);
    st.bind(2, name_key(name));
    st.bind(3, r.id);
    st.exec();
    st.reset();
  }
}

// Tags in NFC, one spelling per folded tag and kind (the first stored), each at most once per
// member.
void rewrite_tags(SQLite::Database& db) {
  struct Tag {
    int64_t member;
    std::string kind;
    int64_t position;
    std::string tag;
  };
  std::vector<Tag> tags;
  SQLite::Statement read(db,
                         "SELECT member_id, kind, position, tag FROM member_tags "
                         "ORDER BY member_id, kind, position");
  while (read.executeStep())
    tags.push_back({read.getColumn(0).getInt64(), read.getColumn(1).getString(),
                    read.getColumn(2).getInt64(), read.getColumn(3).getString()});
  std::map<std::pair<std::string, std::string>, std::string> spelling;  // (kind, key) -> first
  std::set<std::tuple<int64_t, std::string, std::string>> held;         // (member, kind, key)
  SQLite::Statement update(
      db, "UPDATE member_tags SET tag = ? WHERE member_id = ? AND kind = ? AND position = ?");
  SQLite::Statement drop(
      db, "DELETE FROM member_tags WHERE member_id = ? AND kind = ? AND position = ?");
  for (const auto& t : tags) {
    auto tag = migrated(t.tag);
    auto key = name_key(tag);
    auto& first = spelling.try_emplace({t.kind, key}, tag).first->second;
    const bool again = !held.insert({t.member, t.kind, key}).second;
    auto& st = again ? drop : update;
    int i = 1;
    if (!again) st.bind(i++, first);
    st.bind(i++, t.member);
    st.bind(i++, t.kind);
    st.bind(i, t.position);
    st.exec();
    st.reset();
  }
}

}  // namespace

void apply_renames(SQLite::Database& db, const Renames& renames) {
  for (const auto& [from, to] : renames) {
    auto name = normalize_name(to, "--rename NEW");
    bool done = false;
    for (const std::string table : {"members", "crews"}) {
      SQLite::Statement taken(db, fmt::format("SELECT count(*) FROM {} WHERE name = ?", table));
      taken.bind(1, name);
      taken.executeStep();
      SQLite::Statement st(
          db, fmt::format("UPDATE {} SET name = ?, name_key = ? WHERE name = ?", table));
      st.bind(1, name);
      st.bind(2, "#rename#" + name);  // the migration's rewrite sets the real key
      st.bind(3, from);
      if (st.exec() > 0) {
        if (taken.getColumn(0).getInt() > 0)
          throw UsageError(fmt::format("--rename {}={}: '{}' is taken", from, to, name));
        done = true;
        break;
      }
    }
    if (!done)
      throw UsageError(fmt::format(
          "--rename {}={}: no member or crew is stored as '{}' (write OLD exactly as the "
          "migration's message spells it)",
          from, to, from));
  }
}

void normalise_stored_names(SQLite::Database& db) {
  const auto members = rows(db, "members"), crews = rows(db, "crews");
  check_collisions("member", members);
  check_collisions("crew", crews);
  rewrite(db, "members", members);
  rewrite(db, "crews", crews);
  rewrite_tags(db);
}

}  // namespace msol::storage
