#include "util/utf8.hpp"

#include <algorithm>

#include "util/errors.hpp"

namespace msol::util {
namespace {

// The length of the well-formed sequence at `i`, or 0 (Unicode 15, table 3-7).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  if (b < 0x80) return 1;
  std::size_t n = b >= 0xC2 && b <= 0xDF   ? 2
                  : b >= 0xE0 && b <= 0xEF ? 3
                  : b >= 0xF0 && b <= 0xF4 ? 4
                                           : 0;
  if (n == 0 || i + n > s.size()) return 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range narrows for some leads
  if (b == 0xE0) lo = 0xA0;
  if (b == 0xED) hi = 0x9F;  // no surrogates
  if (b == 0xF0) lo = 0x90;
  if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

}  // namespace

std::optional<std::size_t> invalid_utf8_at(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    auto n = sequence_length(text, i);
    if (n == 0) return i;
    i += n;
  }
  return std::nullopt;
}

void check_utf8(std::string_view text, std::string_view what) {
  if (!invalid_utf8_at(text)) return;
  throw UsageError(std::string(what) +
                   " is not valid UTF-8 text: set your terminal or editor to UTF-8 and type it "
                   "again");
}

void check_utf8_file(std::string_view text, std::string_view file) {
  auto at = invalid_utf8_at(text);
  if (!at) return;
  auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*at), '\n');
  throw UsageError(std::string(file) + " line " + std::to_string(line) +
                   ": not valid UTF-8 text: save the file as UTF-8 and try again");
}

std::string repaired_utf8(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    auto n = sequence_length(text, i);
    out += n == 0 ? std::string_view("\xEF\xBF\xBD") : text.substr(i, n);
    i += n == 0 ? 1 : n;
  }
  return out;
}

}  // namespace msol::util
