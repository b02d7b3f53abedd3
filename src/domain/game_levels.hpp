#pragma once
// The reciprocity game's vocabulary (SPEC section 6): its five levels and, for the four that are
// logged by hand, the kind of event. One table names each of them, so that `msol game`, the
// store, the export and its reader cannot spell a kind differently.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace msol {

enum class Level { Listening = 1, Money = 2, Consistency = 3, Conflict = 4, CoOwners = 5 };

struct LevelNames {
  Level level;
  std::string_view kind;   // the `msol game` subcommand, the store's and the export's kind
  std::string_view label;  // how listings name the level to people
  bool logged;             // whether members log it by hand (level 3 comes from the meetings)
};

inline constexpr std::array<LevelNames, 5> kLevels{{
    {Level::Listening, "listening", "listening", true},
    {Level::Money, "money", "money", true},
    {Level::Consistency, "consistency", "consistency", false},
    {Level::Conflict, "conflict", "conflict", true},
    {Level::CoOwners, "coowners", "co-owners", true},
}};

// "co-owners" for Level::CoOwners: how a tally or status names the level.
std::string_view level_name(Level level);

// "coowners" for Level::CoOwners: the kind of event as commands, the store and the export name it.
std::string_view kind_name(Level level);

// The logged level whose kind is `name` (exact, lower case), or nothing.
std::optional<Level> kind_named(std::string_view name);

// "listening, money, conflict, coowners": the kinds, for messages.
std::string kind_names();

}  // namespace msol
