#pragma once
// Reading and writing members and their preferences. Rows refer to each other by id, so a rename
// carries through every want, avoid and invitation.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// Settings and members, in joining order.
Congregation load_congregation(SQLite::Database& db);

// Inserts or updates the named members (as they are in `c`), then their references, so members
// may refer to each other in any order.
void save_members(SQLite::Database& db, const Congregation& c,
                  const std::vector<std::string>& names);

void rename_member(SQLite::Database& db, const std::string& old_name, const std::string& new_name);

// The id of a member row, by case-insensitive name; throws Failure when there is none.
std::int64_t member_id(SQLite::Database& db, const std::string& name);

}  // namespace msol::storage
