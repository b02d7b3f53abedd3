#include "game/names.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "domain/errors.hpp"

namespace msol::game {

bool name_less(std::string_view a, std::string_view b) {
  auto lower = [](unsigned char c) { return std::tolower(c); };
  auto folded_less = [&](char x, char y) {
    return lower(static_cast<unsigned char>(x)) < lower(static_cast<unsigned char>(y));
  };
  if (std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), folded_less))
    return true;
  if (std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end(), folded_less))
    return false;
  return a < b;
}

void check_names(const std::vector<std::string>& names, std::string_view what) {
  std::set<std::string> seen;
  for (const auto& name : names) {
    if (name.empty()) throw UsageError(fmt::format("{} has an empty member name", what));
    if (!seen.insert(name).second) throw UsageError(fmt::format("{} names '{}' twice", what, name));
  }
}

}  // namespace msol::game
