#pragma once
// Reads the tables of an msol export beyond [congregation] and [[member]] (see history_export.hpp).
#include <toml++/toml.h>

#include "exchange/snapshot.hpp"
#include "exchange/toml_fields.hpp"

namespace msol::exchange {

// Reads the top-level table `name` into `h`; throws UsageError "FILE:LINE: ..." for an unknown
// table, an unknown key, a missing key or a value of the wrong kind.
void read_history_table(const Fields& f, const toml::key& name, const toml::node& node, History& h);

}  // namespace msol::exchange
