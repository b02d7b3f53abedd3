#pragma once
// The congregation file's schema, as an ordered list of migrations. The file's PRAGMA user_version
// is the number of migrations applied; a newer msol applies the missing ones in place.
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace msol::storage {

struct Migration {
  int version;  // the user_version after applying it
  std::string_view sql;
  // Work SQL cannot express (Unicode rules through ICU), run after `sql`; null when none.
  void (*code)(SQLite::Database&) = nullptr;
};

const std::vector<Migration>& migrations();
int current_schema_version();

}  // namespace msol::storage
