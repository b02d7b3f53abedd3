#pragma once
// Reads a host's TOML file ([congregation] and [[member]] tables) into import records.
#include <string>
#include <string_view>

#include "exchange/member_records.hpp"

namespace msol::exchange {

// Throws UsageError "FILE:LINE: ..." for malformed TOML, unknown keys or values of the wrong type.
ImportData read_members_toml(std::string_view text, const std::string& source);

}  // namespace msol::exchange
