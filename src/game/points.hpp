#pragma once
// The point values of the reciprocity game (SPEC section 6). A congregation may change them in its
// settings (points.*), whose table holds the defaults.
#include "domain/settings.hpp"

namespace msol::game {

// Every value is added to a member's score as written, so penalties are negative numbers. The
// defaults, and what each value means, come from the settings table (domain/settings.hpp).
struct PointValues {
  int listening_each = setting_default("points.listening.each");
  int money_offer = setting_default("points.money.offer");
  int money_ask = setting_default("points.money.ask");
  int money_respect_bonus = setting_default("points.money.respect_bonus");
  int consistency_first = setting_default("points.consistency.first");
  int consistency_second = setting_default("points.consistency.second");
  int consistency_after = setting_default("points.consistency.after");
  int consistency_missed = setting_default("points.consistency.missed");
  int consistency_excused = setting_default("points.consistency.excused");
  int conflict_resolved = setting_default("points.conflict.resolved");
  int conflict_unresolved = setting_default("points.conflict.unresolved");
  int coowners_each = setting_default("points.coowners.each");

  bool operator==(const PointValues&) const = default;
};

// The point values a congregation's settings give (each inside the settings table's range).
PointValues points_from(const Settings& settings);

}  // namespace msol::game
