#pragma once
// Checks that an import's history refers only to what exists: members of the congregation after
// the import, crews, formations and rhythms of the same file, each id once.
#include <string>

#include "exchange/snapshot.hpp"

namespace msol::exchange {

// Throws Failure "FILE:LINE: ..." naming the first unknown name, position or repeated id.
void check_history(const Congregation& c, const History& h, const std::string& source);

}  // namespace msol::exchange
