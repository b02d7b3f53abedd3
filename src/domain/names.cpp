#include "domain/names.hpp"

#include <fmt/format.h>
#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "domain/errors.hpp"

namespace msol {
namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

bool valid_utf8(std::string_view s) {
  for (int32_t i = 0, n = static_cast<int32_t>(s.size()); i < n;) {
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

const icu::Normalizer2& nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const auto* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU has no NFC data");
  return *n;
}

const icu::Normalizer2& nfd() {
  UErrorCode status = U_ZERO_ERROR;
  const auto* n = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU has no NFD data");
  return *n;
}

// NFC with whitespace trimmed and collapsed; bad UTF-8 becomes U+FFFD.
icu::UnicodeString tidy(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  auto s = nfc().normalize(icu::UnicodeString::fromUTF8(
                               icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                           status);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = s.char32At(i);
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  return out;
}

bool is_letter_or_mark(UChar32 c) {
  return u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

bool is_emoji(UChar32 c) { return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC); }

// Whether the invisible character at s[i] is one that real names need (see the header).
bool allowed_invisible(const icu::UnicodeString& s, int32_t i) {
  const UChar32 c = s.char32At(i);
  const int32_t next_at = s.moveIndex32(i, 1);
  const bool has_prev = i > 0, has_next = next_at < s.length();
  const UChar32 prev = has_prev ? s.char32At(s.moveIndex32(i, -1)) : 0;
  const UChar32 next = has_next ? s.char32At(next_at) : 0;
  if ((c == 0x200C || c == 0x200D) && has_prev && has_next && is_letter_or_mark(prev) &&
      u_hasBinaryProperty(next, UCHAR_ALPHABETIC))
    return true;
  if (c == 0x200D && has_prev && has_next && is_emoji(next)) return true;
  const bool selector = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  return selector && has_prev && !u_hasBinaryProperty(prev, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

bool invisible(UChar32 c) {
  const auto type = u_charType(c);
  return type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ||
         u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

// ICU's own name for a character ("ZERO WIDTH SPACE"), for messages.
std::string char_name(UChar32 c) {
  char buf[128];
  UErrorCode status = U_ZERO_ERROR;
  u_charName(c, U_EXTENDED_CHAR_NAME, buf, sizeof buf, &status);
  return U_SUCCESS(status) ? buf : "";
}

std::string code_point(UChar32 c) {
  return fmt::format("U+{:04X} {}", static_cast<uint32_t>(c), char_name(c));
}

// `s` for a message: each invisible character written as <U+XXXX>, so that the reader sees where
// it is.
std::string visible(const icu::UnicodeString& s) {
  std::string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    const UChar32 c = s.char32At(i);
    if (invisible(c))
      out += fmt::format("<U+{:04X}>", static_cast<uint32_t>(c));
    else
      out += to_utf8(icu::UnicodeString(c));
  }
  return out;
}

std::string checked(std::string_view raw, std::string_view what) {
  auto text = normalize_text(raw, what);
  if (text.empty()) throw UsageError(fmt::format("{} is empty: give a name", what));
  auto s = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = s.char32At(i);
    if (c == ',' || c == ';')
      throw UsageError(fmt::format(
          "{} '{}' contains '{}', which separates names in lists: choose a name without it", what,
          text, static_cast<char>(c)));
    if (invisible(c) && !allowed_invisible(s, i))
      throw UsageError(fmt::format(
          "{} '{}' contains the invisible character {}: remove it (a spreadsheet or a copied "
          "web page may have added it)",
          what, visible(s), code_point(c)));
  }
  return text;
}

// The form suggestions compare: key without accents (NFD, nonspacing marks removed).
std::u32string bare(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  auto s = nfd().normalize(icu::UnicodeString::fromUTF8(name_key(name)), status);
  std::u32string out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
    if (u_charType(s.char32At(i)) != U_NON_SPACING_MARK)
      out.push_back(static_cast<char32_t>(s.char32At(i)));
  return out;
}

// Edits from a to b: insertions, deletions, substitutions and swaps of neighbours, since a swap
// is one slip of the fingers ("Bne" for "Ben"): the optimal string alignment distance.
size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

}  // namespace

std::string normalize_text(std::string_view text, std::string_view what) {
  if (!valid_utf8(text))
    throw UsageError(fmt::format("{} is not valid UTF-8 text: save it as UTF-8", what));
  return to_utf8(tidy(text));
}

std::string normalize_name(std::string_view name, std::string_view what) {
  return checked(name, what);
}

std::string without_invisibles(std::string_view text) {
  auto s = icu::UnicodeString::fromUTF8(normalize_text(text, "stored name"));
  icu::UnicodeString out;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1))
    if (!invisible(s.char32At(i)) || allowed_invisible(s, i)) out.append(s.char32At(i));
  return to_utf8(tidy(to_utf8(out)));
}

std::string normalize_tag(std::string_view tag, std::string_view what) {
  return checked(tag, what);
}

std::string name_key(std::string_view name) {
  return to_utf8(tidy(name).foldCase(U_FOLD_CASE_DEFAULT));
}

bool same_name(std::string_view a, std::string_view b) { return name_key(a) == name_key(b); }

bool is_nfc(std::string_view text) {
  if (!valid_utf8(text)) return false;
  UErrorCode status = U_ZERO_ERROR;
  return nfc().isNormalized(icu::UnicodeString::fromUTF8(
                                icu::StringPiece(text.data(), static_cast<int32_t>(text.size()))),
                            status) &&
         U_SUCCESS(status);
}

std::string confusable_skeleton(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<USpoofChecker, decltype(&uspoof_close)> checker(uspoof_open(&status),
                                                                  uspoof_close);
  icu::UnicodeString skeleton;
  uspoof_getSkeletonUnicodeString(checker.get(), 0, tidy(text), skeleton, &status);
  if (U_FAILURE(status)) return name_key(text);
  return to_utf8(skeleton);
}

std::optional<std::string> confusable_with(std::string_view name,
                                           const std::vector<std::string>& existing) {
  // As written and as folded: a Cyrillic "В" looks like "B" but its lower case "в" does not
  // look like "b", while a Cyrillic "а" looks like "a" only in lower case.
  const auto key = name_key(name);
  const auto written = confusable_skeleton(name), folded = confusable_skeleton(key);
  for (const auto& other : existing) {
    const auto other_key = name_key(other);
    if (other_key != key &&
        (confusable_skeleton(other) == written || confusable_skeleton(other_key) == folded))
      return other;
  }
  return std::nullopt;
}

std::string collation_locale(const char* lc_all, const char* lc_collate, const char* lang) {
  std::string locale;
  for (const char* v : {lc_all, lc_collate, lang})
    if (v != nullptr && *v != '\0') {
      locale = v;
      break;
    }
  locale = locale.substr(0, locale.find_first_of(".@"));
  return locale == "C" || locale == "POSIX" ? "" : locale;
}

struct Collation::Impl {
  std::unique_ptr<icu::Collator> collator;
};

Collation::Collation(const std::string& locale) : impl_(new Impl) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->collator.reset(icu::Collator::createInstance(
      locale.empty() ? icu::Locale::getRoot() : icu::Locale(locale.c_str()), status));
  if (U_FAILURE(status)) {
    status = U_ZERO_ERROR;
    impl_->collator.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
  }
  impl_->collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
}

Collation::~Collation() { delete impl_; }

bool Collation::less(std::string_view a, std::string_view b) const {
  UErrorCode status = U_ZERO_ERROR;
  auto order = impl_->collator->compareUTF8(
      icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
      icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  if (U_FAILURE(status) || order == UCOL_EQUAL) return a < b;
  return order == UCOL_LESS;
}

const Collation& listing_collation() {
  static const Collation collation(
      collation_locale(std::getenv("LC_ALL"), std::getenv("LC_COLLATE"), std::getenv("LANG")));
  return collation;
}

bool listing_less(std::string_view a, std::string_view b) { return listing_collation().less(a, b); }

void sort_names(std::vector<std::string>& names) {
  std::sort(names.begin(), names.end(), listing_less);
}

std::vector<std::string> suggest_names(std::string_view unknown,
                                       const std::vector<std::string>& known) {
  const auto target = bare(unknown);
  const size_t allowed = target.size() <= 4 ? 1 : target.size() <= 8 ? 2 : 3;
  std::vector<std::pair<size_t, std::string>> close;
  for (const auto& name : known)
    if (auto d = edit_distance(target, bare(name)); d <= allowed) close.emplace_back(d, name);
  std::sort(close.begin(), close.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first < y.first : listing_less(x.second, y.second);
  });
  std::vector<std::string> out;
  for (size_t i = 0; i < close.size() && i < 3; ++i) out.push_back(close[i].second);
  return out;
}

bool name_starts_with(std::string_view name, std::string_view prefix) {
  return name_key(name).starts_with(name_key(prefix)) || bare(name).starts_with(bare(prefix));
}

std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& known) {
  auto names = suggest_names(unknown, known);
  if (names.empty()) return "";
  std::string out = " Did you mean ";
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += "'" + names[i] + "'";
  }
  return out + "?";
}

}  // namespace msol
