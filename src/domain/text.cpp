#include "domain/text.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"

namespace msol {
std::string trim(std::string_view s) {
  const auto* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(ws);
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_list(std::string_view text, char separator) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    auto item = trim(text.substr(start, end - start));
    if (!item.empty()) items.push_back(std::move(item));
    start = end + 1;
  }
  return items;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

bool parse_yes_no(std::string_view text, std::string_view what) {
  auto key = name_key(trim(text));
  if (key == "yes" || key == "true") return true;
  if (key == "no" || key == "false") return false;
  throw UsageError(fmt::format("{} '{}' is not yes/no: write yes, no, true or false", what, text));
}

}  // namespace msol
