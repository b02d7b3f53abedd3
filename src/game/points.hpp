#pragma once
// The point values of the reciprocity game (SPEC section 6). A congregation may change them in its
// TOML settings; the caller flattens that table into "section.key" -> int and hands it here.
#include <map>
#include <string>
#include <vector>

namespace msol::game {

// Every value is added to a member's score as written, so penalties are negative numbers.
struct PointValues {
  int listening_each = 1;         // level 1: each participant of a listening circle
  int money_offer = 5;            // level 2: to an offerer, per offer
  int money_ask = 5;              // level 2: to the focus member, for asking for what they need
  int money_respect_bonus = 1;    // level 2: to the focus and to each offerer
  int consistency_first = 1;      // level 3: first meeting of a crew attended
  int consistency_second = 3;     // level 3: second meeting attended
  int consistency_after = 5;      // level 3: every meeting attended after the second
  int consistency_missed = -5;    // level 3: each logged meeting of the member's crew missed
  int consistency_excused = 0;    // level 3: an excused absence costs nothing by default
  int conflict_resolved = 10;     // level 4: each side, when the hurt is repaired
  int conflict_unresolved = -20;  // level 4: each side, with no mutually agreeable resolution
  int coowners_each = 100;        // level 5: each owner of a venture
};

// The settings keys, in a stable order: "listening.each", "money.offer", ...
std::vector<std::string> point_keys();

// `base` with every key of `overrides` applied; an unknown key is a UsageError naming it and
// listing the valid keys, so a typo in the settings file never silently keeps a default.
PointValues with_overrides(PointValues base, const std::map<std::string, int>& overrides);

// Every key with its value, for `msol settings` to show and export.
std::map<std::string, int> to_map(const PointValues& values);

}  // namespace msol::game
