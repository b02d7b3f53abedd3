#include "util/shell.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string_view>

namespace msol::util {
namespace {

// The code point of an invisible character that starts `text` (zero-width spaces and joiners,
// bidi controls, the byte-order mark, the Arabic letter mark), which would hide or reorder what
// a terminal shows; with its length in bytes.
std::optional<std::pair<unsigned, std::size_t>> invisible_at(std::string_view text) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  if (text.size() >= 2 && byte(0) == 0xD8 && byte(1) == 0x9C) return std::pair{0x61Cu, 2u};
  if (text.size() < 3) return std::nullopt;
  const unsigned cp = ((byte(0) & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu);
  if ((byte(0) & 0xF0) != 0xE0 || (byte(1) & 0xC0) != 0x80 || (byte(2) & 0xC0) != 0x80)
    return std::nullopt;
  const bool hidden = (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
                      (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
  return hidden ? std::optional(std::pair{cp, std::size_t{3}}) : std::nullopt;
}

std::string hex(const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

bool needs_escapes(std::string_view word) {
  for (std::size_t i = 0; i < word.size(); ++i) {
    auto b = static_cast<unsigned char>(word[i]);
    if (b < 0x20 || b == 0x7F || invisible_at(word.substr(i))) return true;
  }
  return false;
}

// bash's $'...': control bytes as \xNN, invisible characters as \uXXXX, the rest as it is.
std::string ansi_c_quoted(std::string_view word) {
  std::string out = "$'";
  for (std::size_t i = 0; i < word.size();) {
    auto b = static_cast<unsigned char>(word[i]);
    if (auto hidden = invisible_at(word.substr(i))) {
      out += hex("\\u%04X", hidden->first);
      i += hidden->second;
      continue;
    }
    if (b == '\'' || b == '\\')
      out += std::string("\\") + static_cast<char>(b);
    else if (b < 0x20 || b == 0x7F)
      out += hex("\\x%02x", b);
    else
      out += static_cast<char>(b);
    ++i;
  }
  return out + "'";
}

}  // namespace

std::string shell_word(const std::string& word) {
  bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) ||
           std::string_view("-_.,:/=+@%").find(ch) != std::string_view::npos;
  });
  if (plain) return word;
  if (needs_escapes(word)) return ansi_c_quoted(word);
  std::string out = "'";
  for (char ch : word) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

std::string shell_line(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + shell_word(w);
  return out;
}

}  // namespace msol::util
