#include "exchange/columns.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "exchange/member_records.hpp"

namespace msol::exchange {
namespace {

std::string checked_key(std::string_view key, std::string_view where) {
  auto k = trim(key);
  const auto& keys = member_keys();
  auto known = std::find_if(keys.begin(), keys.end(),
                            [&](const std::string& m) { return header_key(m) == header_key(k); });
  if (known == keys.end())
    throw UsageError(fmt::format("{}: '{}' is not a member key: map columns to one of {}", where, k,
                                 join(keys)));
  return *known;
}

}  // namespace

std::string header_key(std::string_view header) {
  auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(header.data(), static_cast<int32_t>(header.size())));
  icu::UnicodeString kept;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1))
    if (u_isalnum(text.char32At(i))) kept.append(text.char32At(i));
  std::string out;
  kept.foldCase().toUTF8String(out);
  return out;
}

void add_mapping(ColumnMap& map, std::string_view entry, std::string_view where) {
  auto eq = entry.rfind('=');
  if (eq == std::string_view::npos)
    throw UsageError(
        fmt::format("{} '{}' has no '=': write \"Header=key\", e.g. "
                    "\"What's your name?=name\"",
                    where, entry));
  auto header = trim(entry.substr(0, eq));
  if (header_key(header).empty())
    throw UsageError(fmt::format("{} '{}' names no header before the '='", where, entry));
  map.entries.emplace_back(header, checked_key(entry.substr(eq + 1), where));
}

void read_map_file(ColumnMap& map, std::string_view text, const std::string& source) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw UsageError(
        fmt::format("{}:{}: malformed TOML: {}", source, e.source().begin.line, e.description()));
  }
  for (const auto& [k, v] : root) {
    auto line = v.source().begin.line;
    const auto* columns = v.as_table();
    if (k != "columns" || columns == nullptr)
      throw UsageError(
          fmt::format("{}:{}: a mapping file holds only a [columns] table of "
                      "\"Header\" = \"key\" lines, not '{}'",
                      source, line, k.str()));
    for (const auto& [header, key] : *columns) {
      auto where = fmt::format("{}:{}", source, key.source().begin.line);
      auto value = key.value_exact<std::string>();
      if (!value)
        throw UsageError(fmt::format("{}: the key of \"{}\" must be a string, e.g. \"want\"", where,
                                     header.str()));
      map.entries.emplace_back(std::string(header.str()), checked_key(*value, where));
    }
  }
}

std::optional<std::string> column_key(const ColumnMap& map, std::string_view header) {
  auto key = header_key(header);
  for (const auto& [h, k] : map.entries)
    if (header_key(h) == key) return k;
  for (const auto& k : member_keys())
    if (header_key(k) == key) return k;
  return std::nullopt;
}

}  // namespace msol::exchange
