#include "game/names.hpp"

#include <fmt/format.h>

#include <set>

#include "domain/errors.hpp"
#include "domain/names.hpp"

namespace msol::game {

bool name_less(std::string_view a, std::string_view b) { return listing_less(a, b); }

void check_names(const std::vector<std::string>& names, std::string_view what) {
  std::set<std::string> seen;
  for (const auto& name : names) {
    if (name.empty()) throw UsageError(fmt::format("{} has an empty member name", what));
    if (!seen.insert(name).second) throw UsageError(fmt::format("{} names '{}' twice", what, name));
  }
}

}  // namespace msol::game
