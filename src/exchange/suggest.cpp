#include "exchange/suggest.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace msol::exchange {
namespace {

std::u32string code_points(const std::string& utf8) {
  std::u32string out;
  auto u = icu::UnicodeString::fromUTF8(utf8);
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
    out += static_cast<char32_t>(u.char32At(i));
  return out;
}

// Edits from a to b: insertions, deletions, substitutions and swaps of neighbours ("Bne" is one
// slip from "Ben"), the optimal string alignment distance.
std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string loose_key(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  const auto* nfd = icu::Normalizer2::getNFDInstance(status);
  auto text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  icu::UnicodeString decomposed;
  if (U_SUCCESS(status)) decomposed = nfd->normalize(text, status);
  if (U_FAILURE(status)) decomposed = text;
  icu::UnicodeString bare;
  for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK && !u_isspace(c)) bare.append(c);
  }
  std::string out;
  bare.foldCase().toUTF8String(out);
  return out;
}

std::optional<std::string> closest_name(std::string_view name,
                                        const std::vector<std::string>& candidates) {
  auto key = code_points(loose_key(name));
  std::optional<std::string> best;
  std::size_t best_distance = std::max<std::size_t>(1, key.size() / 4) + 1;
  for (const auto& c : candidates) {
    auto d = edit_distance(key, code_points(loose_key(c)));
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best;
}

}  // namespace msol::exchange
