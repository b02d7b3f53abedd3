#include "domain/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <locale>

#include "domain/errors.hpp"

namespace msol {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns false on malformed input.
bool decode_utf8(std::string_view s, size_t& i, char32_t& out) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return false;
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  i += len;
  out = cp;
  return true;
}

void encode_utf8(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// glibc's C.UTF-8 locale knows the lower case of every Unicode letter; fall back to ASCII rules
// on a system without it rather than refusing to run.
const std::ctype<wchar_t>& unicode_ctype() {
  static const std::locale locale = [] {
    try {
      return std::locale("C.UTF-8");
    } catch (const std::runtime_error&) {
      return std::locale::classic();
    }
  }();
  return std::use_facet<std::ctype<wchar_t>>(locale);
}

}  // namespace

std::string name_key(std::string_view name) {
  const auto& ctype = unicode_ctype();
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    char32_t cp = 0;
    if (!decode_utf8(name, i, cp)) {
      out += name[i++];
      continue;
    }
    encode_utf8(static_cast<char32_t>(ctype.tolower(static_cast<wchar_t>(cp))), out);
  }
  return out;
}

bool same_name(std::string_view a, std::string_view b) { return name_key(a) == name_key(b); }

void check_name(std::string_view name, std::string_view what) {
  if (name.empty()) throw UsageError(fmt::format("{} is empty: give a name", what));
  if (trim(name) != name)
    throw UsageError(fmt::format("{} '{}' starts or ends with a space: remove it", what, name));
  for (size_t i = 0; i < name.size();) {
    char32_t cp = 0;
    if (!decode_utf8(name, i, cp))
      throw UsageError(fmt::format("{} is not valid UTF-8 text", what));
    if (cp < 0x20 || cp == 0x7F)
      throw UsageError(fmt::format("{} '{}' contains a control character", what, name));
    if (cp == ',' || cp == ';')
      throw UsageError(fmt::format(
          "{} '{}' contains '{}', which separates names in lists: choose a name without it", what,
          name, static_cast<char>(cp)));
  }
}

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
