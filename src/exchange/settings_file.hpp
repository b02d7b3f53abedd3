#pragma once
// `msol settings import FILE`: a TOML file with a [points] table (the game's point values, keys
// written without "points.") and/or a [settings] table (any key of domain/settings.hpp). Nested
// tables and dotted keys are the same thing: [points.money] offer = 4 is money.offer = 4.
#include <string>

#include "domain/settings.hpp"

namespace msol::exchange {

// The settings `text` (read from `source`, named in messages) sets. Throws UsageError for text
// that is not TOML (with its line), for a file with neither table, and for an unknown key or a
// value that is not a whole number inside the key's range (naming the key and the range).
Settings read_settings_text(const std::string& text, const std::string& source);

}  // namespace msol::exchange
