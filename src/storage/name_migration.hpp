#pragma once
// Schema 5: stored names and tags brought under the Unicode rules of domain/names.hpp (issue 16
// point 9). Files written before then hold names as typed: decomposed accents, no-break spaces,
// zero-width characters, keys lower-cased code point by code point.
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace msol::storage {

// OLD=NEW pairs given to `msol migrate --rename`, applied to the unmigrated file before the
// migration so that two members who would collide can be told apart.
using Renames = std::vector<std::pair<std::string, std::string>>;

// Renames members (or, failing that, crews) stored exactly as OLD to normalize_name(NEW).
// Throws UsageError when OLD names nobody or NEW is unusable or taken.
void apply_renames(SQLite::Database& db, const Renames& renames);

// Rewrites every member and crew name and every tag in NFC with whitespace tidied and invisible
// characters removed, and every name_key by name_key(). Tags equal once folded take the spelling
// first stored. Throws Failure, naming both names and the `msol migrate --rename` that gets past
// it, when two members or two crews would share a key; the caller's transaction then leaves the
// file as it was.
void normalise_stored_names(SQLite::Database& db);

}  // namespace msol::storage
