#include "domain/game_levels.hpp"

namespace msol {
namespace {

const LevelNames& names_of(Level level) {
  for (const auto& entry : kLevels)
    if (entry.level == level) return entry;
  return kLevels.front();  // unreachable: the table holds every enumerator
}

}  // namespace

std::string_view level_name(Level level) { return names_of(level).label; }

std::string_view kind_name(Level level) { return names_of(level).kind; }

std::optional<Level> kind_named(std::string_view name) {
  for (const auto& entry : kLevels)
    if (entry.logged && entry.kind == name) return entry.level;
  return std::nullopt;
}

std::string kind_names() {
  std::string out;
  for (const auto& entry : kLevels)
    if (entry.logged) out += (out.empty() ? "" : ", ") + std::string(entry.kind);
  return out;
}

}  // namespace msol
