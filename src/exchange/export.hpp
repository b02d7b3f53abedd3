#pragma once
// The whole congregation as one document (TOML or JSON) that `msol import` reads back losslessly.
#include <string>

#include "domain/congregation.hpp"

namespace msol::exchange {

enum class Format { Toml, Json };

std::string export_congregation(const Congregation& c, Format format);

// JSON export read back as the TOML document it mirrors; throws UsageError if malformed.
std::string json_to_toml(std::string_view json_text, const std::string& source);

}  // namespace msol::exchange
