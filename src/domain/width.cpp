#include "domain/width.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace msol {
namespace {

// Columns of one grapheme cluster `g`.
size_t cluster_width(const icu::UnicodeString& g) {
  const UChar32 first = g.char32At(0);
  const auto ea = u_getIntPropertyValue(first, UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) return 2;
  if (u_hasBinaryProperty(first, UCHAR_EMOJI_PRESENTATION) ||
      (u_hasBinaryProperty(first, UCHAR_EMOJI) && g.indexOf(static_cast<UChar>(0xFE0F)) >= 0))
    return 2;
  const auto type = u_charType(first);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR ||
      type == U_CONTROL_CHAR)
    return 0;
  return 1;
}

// The grapheme clusters of `text` with their columns and their UTF-8 spelling.
std::vector<std::pair<size_t, std::string>> clusters(std::string_view text) {
  const auto s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  std::vector<std::pair<size_t, std::string>> out;
  if (U_FAILURE(status)) return out;
  breaks->setText(s);
  for (int32_t start = breaks->first(), end = breaks->next(); end != icu::BreakIterator::DONE;
       start = end, end = breaks->next()) {
    icu::UnicodeString g(s, start, end - start);
    std::string utf8;
    g.toUTF8String(utf8);
    out.emplace_back(cluster_width(g), std::move(utf8));
  }
  return out;
}

}  // namespace

size_t display_width(std::string_view text) {
  // Printable ASCII is one column a byte and one cluster a byte; most text is only that, and
  // creating a break iterator for it made long crew reports measurably slow.
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; }))
    return text.size();
  size_t cols = 0;
  for (const auto& [width, g] : clusters(text)) cols += width;
  return cols;
}

std::string fit(std::string_view text, size_t width) {
  if (display_width(text) <= width) return std::string(text);
  std::string out;
  size_t cols = 0;
  for (const auto& [w, g] : clusters(text)) {
    if (cols + w > width - 1) break;  // one column left for the ellipsis
    cols += w;
    out += g;
  }
  return out + "…";
}

}  // namespace msol
