#pragma once
// Reading and writing crews, their rosters over time, and the formations that proposed them.
#include <cstdint>
#include <optional>
#include <vector>

#include "domain/crew.hpp"
#include "storage/database.hpp"

namespace msol::storage {

// Every crew, open and closed, in creation order.
std::vector<Crew> load_crews(SQLite::Database& db);

// Writes `crews` over what the file holds: new crews are inserted, rosters and status updated.
// `formation` links newly inserted crews to a formation row.
void save_crews(SQLite::Database& db, const std::vector<Crew>& crews,
                std::optional<std::int64_t> formation = std::nullopt);

std::int64_t insert_formation(SQLite::Database& db, Date day, std::optional<std::uint64_t> seed,
                              double score, double bound);

// How often each pair of members shared a crew proposed by the last `rounds` formations, or
// a crew that is open now: the history that fresh mixes weigh against.
struct SharedCrew {
  std::string a, b;
  int times = 0;
};
std::vector<SharedCrew> recent_pairs(SQLite::Database& db, int rounds);

std::int64_t crew_id(SQLite::Database& db, const std::string& name);

}  // namespace msol::storage
