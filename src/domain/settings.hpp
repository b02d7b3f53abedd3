#pragma once
// The congregation's settings (SPEC section 7): one typed table of every key msol knows, with its
// default, its allowed range and what it means. `msol settings`, `msol import` ([settings]), the
// storage reader and every command that reads a setting go through this table, so a bad value or
// an unknown key is refused the same way whichever way it arrives.
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace msol {

// Every setting is a whole number; `unit` names what it counts ("points", "months", ...).
struct SettingSpec {
  std::string_view key;   // as stored and shown: "points.money.offer", "remind.grace_minutes"
  std::int64_t fallback;  // the value when the congregation has not changed it
  std::int64_t min, max;  // inclusive
  std::string_view unit;
  std::string_view description;
};

// Point values are added as written (penalties negative), hence the symmetric range.
inline constexpr std::int64_t kMaxPoints = 10000;

// The table. The game's defaults are the essay's (SPEC section 6).
inline constexpr std::array<SettingSpec, 16> kSettings{{
    {"points.listening.each", 1, -kMaxPoints, kMaxPoints, "points",
     "level 1: each participant of a listening circle"},
    {"points.money.offer", 5, -kMaxPoints, kMaxPoints, "points", "level 2: an offerer, per offer"},
    {"points.money.ask", 5, -kMaxPoints, kMaxPoints, "points",
     "level 2: the focus member, for asking for what they need"},
    {"points.money.respect_bonus", 1, -kMaxPoints, kMaxPoints, "points",
     "level 2: the focus and each offerer, for talking and listening with respect"},
    {"points.consistency.first", 1, -kMaxPoints, kMaxPoints, "points",
     "level 3: first meeting of a crew attended"},
    {"points.consistency.second", 3, -kMaxPoints, kMaxPoints, "points",
     "level 3: second meeting attended"},
    {"points.consistency.after", 5, -kMaxPoints, kMaxPoints, "points",
     "level 3: every meeting attended after the second"},
    {"points.consistency.missed", -5, -kMaxPoints, kMaxPoints, "points",
     "level 3: each logged meeting of the member's crew missed"},
    {"points.consistency.excused", 0, -kMaxPoints, kMaxPoints, "points",
     "level 3: an excused absence"},
    {"points.conflict.resolved", 10, -kMaxPoints, kMaxPoints, "points",
     "level 4: each side, when the hurt is repaired"},
    {"points.conflict.unresolved", -20, -kMaxPoints, kMaxPoints, "points",
     "level 4: each side, with no mutually agreeable resolution"},
    {"points.coowners.each", 100, -kMaxPoints, kMaxPoints, "points",
     "level 5: each owner of a venture"},
    {"formation.history_months", 12, 1, 120, "months",
     "crew form: how far back shared crews count against fresh mixes"},
    {"remind.grace_minutes", 30, 0, 1440, "minutes",
     "remind: how long after a meeting's end it counts as not logged"},
    {"journal.keep_changes", 200, 1, 100000, "changes", "undo/log: how many changes are kept"},
    {"journal.keep_days", 365, 1, 36500, "days", "undo/log: how long changes are kept"},
}};

// The default of `key`, at compile time, so that structs such as game::PointValues take their
// defaults from this table instead of repeating them. A key not in the table does not compile.
consteval std::int64_t setting_default(std::string_view key) {
  for (const auto& spec : kSettings)
    if (spec.key == key) return spec.fallback;
  throw "no such setting";  // a compile-time error: consteval cannot throw at run time
}

// The spec of `key`, written as stored ("points.money.offer") or, for a point value, as the game
// names it ("money.offer"). Throws UsageError naming the key and listing the known ones.
const SettingSpec& setting_spec(std::string_view key);

// `text` as a value of `spec`: a whole number inside its range, surrounding blanks ignored.
// Throws UsageError naming the key, the value and the allowed range.
std::int64_t parse_setting(const SettingSpec& spec, std::string_view text);

// `value` itself when it lies inside the range of `spec`; UsageError naming the range otherwise.
std::int64_t checked_setting(const SettingSpec& spec, std::int64_t value);

// The congregation's settings: the values it changed, by key; every other key has its default.
class Settings {
 public:
  Settings() = default;
  // Stored text by key (as the settings table and an export hold them); validates every entry
  // with setting_spec and parse_setting, so it throws UsageError on the first bad one.
  static Settings from_text(const std::map<std::string, std::string>& stored);

  // The value of a key in the table (UsageError for an unknown key).
  std::int64_t get(std::string_view key) const;
  // Sets a key after checking its range; the key is stored in its full form.
  void set(std::string_view key, std::int64_t value);
  // Every value `changes` changed, set here too (a settings import over the stored settings).
  void apply(const Settings& changes);
  // Whether the congregation changed `key` (its value may still equal the default).
  bool changed(std::string_view key) const;
  // The changed values as text, by full key: what the settings table and the export hold.
  std::map<std::string, std::string> to_text() const;

 private:
  std::map<std::string, std::int64_t, std::less<>> values_;
};

}  // namespace msol
