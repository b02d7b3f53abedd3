#pragma once
// Which member key a CSV header means: a web form's question mapped by the host
// (`--map "Question=key"`, `--map-file`) or a key itself, matched ignoring case, spaces and
// punctuation (SPEC 8).
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace msol::exchange {

struct ColumnMap {
  std::vector<std::pair<std::string, std::string>> entries;  // header as written -> member key
};

// A header reduced to its letters and digits, case folded: "Invited by?" -> "invitedby".
std::string header_key(std::string_view header);

// Adds "Header=key" (split at the last '=', since a question may hold one). Throws UsageError
// for a missing '=', an empty header, or a key that is not a member key (naming the known ones).
void add_mapping(ColumnMap& map, std::string_view entry, std::string_view where);

// Adds the `[columns]` table of a mapping file (msol(5)): header = "key" lines. Throws
// UsageError "FILE:LINE: ..." for malformed TOML, other tables, or unknown keys.
void read_map_file(ColumnMap& map, std::string_view text, const std::string& source);

// The member key a header stands for: the host's mapping first, then a key of the same letters;
// nullopt for a column msol does not know.
std::optional<std::string> column_key(const ColumnMap& map, std::string_view header);

}  // namespace msol::exchange
