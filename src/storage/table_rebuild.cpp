#include "storage/table_rebuild.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <string>
#include <vector>

namespace msol::storage {
namespace {

struct TableSql {
  std::string name, sql;
};

// Tables keyed by something other than their rowid: a composite or non-integer primary key.
std::vector<TableSql> tables_to_rebuild(SQLite::Database& db) {
  std::vector<TableSql> out;
  SQLite::Statement st(
      db,
      "SELECT t.name, t.sql FROM sqlite_master t WHERE t.type = 'table' "
      "AND t.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND t.name NOT LIKE 'journal\\_%' ESCAPE '\\' "
      "AND t.sql NOT LIKE '%WITHOUT ROWID%' "
      "AND (SELECT count(*) FROM pragma_table_info(t.name) WHERE pk > 0) > 0 "
      "AND NOT ((SELECT count(*) FROM pragma_table_info(t.name) WHERE pk > 0) = 1 AND "
      "(SELECT upper(type) FROM pragma_table_info(t.name) WHERE pk > 0) = 'INTEGER') "
      "ORDER BY t.name");
  while (st.executeStep())
    out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString()});
  return out;
}

// The indexes (other than the automatic ones) and triggers of `table`, as created.
std::vector<std::string> companions(SQLite::Database& db, const std::string& table) {
  std::vector<std::string> out;
  SQLite::Statement st(db,
                       "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', "
                       "'trigger') AND sql IS NOT NULL ORDER BY type, name");
  st.bind(1, table);
  while (st.executeStep()) out.push_back(st.getColumn(0).getString());
  return out;
}

void rebuild(SQLite::Database& db, const TableSql& t) {
  auto later = companions(db, t.name);
  const std::string temp = t.name + "_rebuilt";
  auto create = t.sql;
  create.replace(create.find(t.name), t.name.size(), temp);
  create += create.ends_with("STRICT") ? ", WITHOUT ROWID" : " WITHOUT ROWID";
  db.exec(create);
  db.exec(fmt::format("INSERT INTO \"{}\" SELECT * FROM \"{}\"", temp, t.name));
  db.exec(fmt::format("DROP TABLE \"{}\"", t.name));
  db.exec(fmt::format("ALTER TABLE \"{}\" RENAME TO \"{}\"", temp, t.name));
  for (const auto& sql : later) db.exec(sql);
}

}  // namespace

void key_rows_by_primary_key(SQLite::Database& db) {
  for (const auto& t : tables_to_rebuild(db)) rebuild(db, t);
}

}  // namespace msol::storage
