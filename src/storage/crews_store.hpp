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

// `explanation` is the formation's explanation as printed with --json, kept for --last (none
// for formations imported from an export, which does not carry it).
std::int64_t insert_formation(SQLite::Database& db, Date day, std::optional<std::uint64_t> seed,
                              double score, double bound,
                              const std::optional<std::string>& explanation);

// The explanation of the most recently saved formation; nullopt when none was saved, or the
// last one was saved before explanations were kept (schema version 4 and older).
std::optional<std::string> last_explanation(SQLite::Database& db);

std::int64_t crew_id(SQLite::Database& db, const std::string& name);

}  // namespace msol::storage
