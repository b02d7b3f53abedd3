#include "game/points.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <array>
#include <string_view>
#include <utility>

#include "domain/errors.hpp"

namespace msol::game {
namespace {

// One table maps settings keys to fields, so the key list, reading and writing cannot drift apart.
using Field = int PointValues::*;
constexpr std::array<std::pair<std::string_view, Field>, 12> kFields{{
    {"listening.each", &PointValues::listening_each},
    {"money.offer", &PointValues::money_offer},
    {"money.ask", &PointValues::money_ask},
    {"money.respect_bonus", &PointValues::money_respect_bonus},
    {"consistency.first", &PointValues::consistency_first},
    {"consistency.second", &PointValues::consistency_second},
    {"consistency.after", &PointValues::consistency_after},
    {"consistency.missed", &PointValues::consistency_missed},
    {"consistency.excused", &PointValues::consistency_excused},
    {"conflict.resolved", &PointValues::conflict_resolved},
    {"conflict.unresolved", &PointValues::conflict_unresolved},
    {"coowners.each", &PointValues::coowners_each},
}};

Field field_for(const std::string& key) {
  for (const auto& [name, field] : kFields)
    if (name == key) return field;
  throw UsageError(fmt::format("unknown game points setting '{}': valid keys are {}", key,
                               fmt::join(point_keys(), ", ")));
}

}  // namespace

std::vector<std::string> point_keys() {
  std::vector<std::string> keys;
  for (const auto& entry : kFields) keys.emplace_back(entry.first);
  return keys;
}

PointValues with_overrides(PointValues base, const std::map<std::string, int>& overrides) {
  for (const auto& [key, value] : overrides) base.*field_for(key) = value;
  return base;
}

std::map<std::string, int> to_map(const PointValues& values) {
  std::map<std::string, int> out;
  for (const auto& [name, field] : kFields) out.emplace(name, values.*field);
  return out;
}

}  // namespace msol::game
