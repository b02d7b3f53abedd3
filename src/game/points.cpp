#include "game/points.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace msol::game {
namespace {

// Which setting fills which field; settings_test checks that every points.* key has a field.
using Field = int PointValues::*;
constexpr std::array<std::pair<std::string_view, Field>, 12> kFields{{
    {"points.listening.each", &PointValues::listening_each},
    {"points.money.offer", &PointValues::money_offer},
    {"points.money.ask", &PointValues::money_ask},
    {"points.money.respect_bonus", &PointValues::money_respect_bonus},
    {"points.consistency.first", &PointValues::consistency_first},
    {"points.consistency.second", &PointValues::consistency_second},
    {"points.consistency.after", &PointValues::consistency_after},
    {"points.consistency.missed", &PointValues::consistency_missed},
    {"points.consistency.excused", &PointValues::consistency_excused},
    {"points.conflict.resolved", &PointValues::conflict_resolved},
    {"points.conflict.unresolved", &PointValues::conflict_unresolved},
    {"points.coowners.each", &PointValues::coowners_each},
}};

}  // namespace

PointValues points_from(const Settings& settings) {
  PointValues p;
  // The table's range (±kMaxPoints) keeps every value inside an int.
  for (const auto& [key, field] : kFields) p.*field = static_cast<int>(settings.get(key));
  return p;
}

}  // namespace msol::game
