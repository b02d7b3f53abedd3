#include "exchange/settings_file.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include "domain/errors.hpp"

namespace msol::exchange {
namespace {

// Flattens nested tables into dotted keys and sets each value, which must be an integer.
void flatten(const toml::table& table, const std::string& prefix, Settings& out) {
  for (const auto& [k, node] : table) {
    const auto key = prefix + std::string(k.str());
    if (const auto* sub = node.as_table()) {
      flatten(*sub, key + ".", out);
      continue;
    }
    const auto& spec = setting_spec(key);
    const auto* value = node.as_integer();
    if (value == nullptr)
      throw UsageError(fmt::format("{} must be a whole number from {} to {} (line {})", spec.key,
                                   spec.min, spec.max, node.source().begin.line));
    out.set(key, value->get());
  }
}

}  // namespace

Settings read_settings_text(const std::string& text, const std::string& source) {
  toml::table doc;
  try {
    doc = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw UsageError(fmt::format("'{}' is not valid TOML (line {}): {}", source,
                                 e.source().begin.line, e.description()));
  }
  const auto* points = doc["points"].as_table();
  const auto* settings = doc["settings"].as_table();
  if (points == nullptr && settings == nullptr)
    throw UsageError(fmt::format(
        "'{}' has no [points] or [settings] table: write e.g.\n[points]\nmoney.offer = 5", source));
  Settings out;
  if (points) flatten(*points, "points.", out);
  if (settings) flatten(*settings, "", out);
  return out;
}

}  // namespace msol::exchange
