#pragma once
// Member and crew names as the game sees them: the caller has already resolved what the user
// typed to each member's canonical name, so names here compare exactly.
#include <string>
#include <string_view>
#include <vector>

namespace msol::game {

// Listings are sorted by name, never by points: by the locale's collation (listing_less, SPEC §2),
// then exactly so the order is total.
bool name_less(std::string_view a, std::string_view b);

// name_less as a comparator type, for maps that list by name.
struct NameLess {
  bool operator()(std::string_view a, std::string_view b) const { return name_less(a, b); }
};

// Throws UsageError if `names` holds an empty name or the same name twice; `what` says which
// list it is, e.g. "listening circle 12".
void check_names(const std::vector<std::string>& names, std::string_view what);

}  // namespace msol::game
