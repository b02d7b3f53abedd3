#pragma once
// Reads a host's TOML file ([congregation] and [[member]] tables, and the history tables of an
// msol export) into import records; and the same from msol's JSON export, read directly.
#include <string>
#include <string_view>

#include "exchange/member_records.hpp"

namespace msol::exchange {

// Throws UsageError "FILE:LINE: ..." for malformed TOML, unknown keys or values of the wrong type.
ImportData read_members_toml(std::string_view text, const std::string& source);

// The same records from JSON. Throws UsageError "FILE:LINE:COLUMN: /member/3/joined: ..." (the
// JSON's own line and column and the field's path) for a bad value.
ImportData read_members_json(std::string_view text, const std::string& source);

}  // namespace msol::exchange
