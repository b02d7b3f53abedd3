#pragma once
// The export's tables beyond [congregation] and [[member]]: [settings], [[formation]], [[crew]],
// [[rhythm]], [[meeting]], [[retro]], [[event]] and [[reminder]].
#include <toml++/toml.h>

#include <ostream>

#include "exchange/snapshot.hpp"

namespace msol::exchange {

// [settings] alone, which belongs right after [congregation].
void write_settings_toml(std::ostream& out, const History& h);

// The record tables, keys in a fixed order; a table with no records is left out.
void write_records_toml(std::ostream& out, const History& h);

// The same tables added to a document (for JSON).
void add_history(toml::table& root, const History& h);

}  // namespace msol::exchange
