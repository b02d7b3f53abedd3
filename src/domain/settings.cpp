#include "domain/settings.hpp"

#include <fmt/format.h>

#include <charconv>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol {
namespace {

constexpr std::string_view kPointsPrefix = "points.";

std::string known_keys() {
  std::string out;
  for (const auto& spec : kSettings) out += (out.empty() ? "" : ", ") + std::string(spec.key);
  return out;
}

std::string range_of(const SettingSpec& spec) {
  return fmt::format("a whole number of {} from {} to {}", spec.unit, spec.min, spec.max);
}

const SettingSpec* find(std::string_view key) {
  for (const auto& spec : kSettings)
    if (spec.key == key) return &spec;
  return nullptr;
}

}  // namespace

const SettingSpec& setting_spec(std::string_view key) {
  if (const auto* spec = find(key)) return *spec;
  // `msol settings set money.offer 3` has always meant the point value.
  if (const auto* spec = find(std::string(kPointsPrefix) + std::string(key))) return *spec;
  throw UsageError(fmt::format("unknown setting '{}': known settings are {}", key, known_keys()));
}

std::int64_t checked_setting(const SettingSpec& spec, std::int64_t value) {
  if (value < spec.min || value > spec.max)
    throw UsageError(
        fmt::format("{} cannot be {}: it must be {}", spec.key, value, range_of(spec)));
  return value;
}

std::int64_t parse_setting(const SettingSpec& spec, std::string_view text) {
  const auto trimmed = trim(text);
  std::int64_t value = 0;
  const auto* end = trimmed.data() + trimmed.size();
  auto [ptr, ec] = std::from_chars(trimmed.data(), end, value);
  if (trimmed.empty() || ec != std::errc() || ptr != end)
    throw UsageError(
        fmt::format("'{}' is not a valid value for {}: it must be {}, e.g. 'msol "
                    "settings set {} {}'",
                    text, spec.key, range_of(spec), spec.key, spec.fallback));
  return checked_setting(spec, value);
}

Settings Settings::from_text(const std::map<std::string, std::string>& stored) {
  Settings s;
  for (const auto& [key, text] : stored) {
    const auto& spec = setting_spec(key);
    s.values_[std::string(spec.key)] = parse_setting(spec, text);
  }
  return s;
}

std::int64_t Settings::get(std::string_view key) const {
  const auto& spec = setting_spec(key);
  const auto it = values_.find(spec.key);
  return it == values_.end() ? spec.fallback : it->second;
}

void Settings::set(std::string_view key, std::int64_t value) {
  const auto& spec = setting_spec(key);
  values_[std::string(spec.key)] = checked_setting(spec, value);
}

void Settings::apply(const Settings& changes) {
  for (const auto& [key, value] : changes.values_) values_[key] = value;
}

bool Settings::changed(std::string_view key) const {
  return values_.find(setting_spec(key).key) != values_.end();
}

std::map<std::string, std::string> Settings::to_text() const {
  std::map<std::string, std::string> out;
  for (const auto& [key, value] : values_) out[key] = std::to_string(value);
  return out;
}

}  // namespace msol
