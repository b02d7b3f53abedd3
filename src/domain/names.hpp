#pragma once
// Names are people: how msol reads, compares, sorts and suggests member and crew names and tags.
// Every rule here is Unicode's, through ICU, never a hand-written table (issue 16; SPEC §2
// "Names"). The intake functions are what every input path calls: arguments, TOML and CSV
// imports, present files.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace msol {

// Text as a person meant it: checks that `text` is valid UTF-8 (throws UsageError naming `what`
// otherwise), returns its NFC form with surrounding whitespace of any Unicode kind (no-break
// space, line separator, ideographic space...) removed and each inner run of whitespace made one
// ASCII space.
std::string normalize_text(std::string_view text, std::string_view what);

// A member or crew name as it is stored: normalize_text(), then refused (UsageError naming `what`
// and the character as U+XXXX) if empty, if it holds a comma or semicolon (the list separators),
// or a control, format (zero-width space, bidi control, byte-order mark) or other
// default-ignorable character. Zero-width non-joiner and joiner (U+200C, U+200D) are allowed
// between two letters, as Persian and Indic names need them, and variation selectors and the
// joiner inside emoji sequences are allowed after a visible character.
std::string normalize_name(std::string_view name, std::string_view what);

// normalize_text(text) with the invisible characters that normalize_name() refuses removed
// instead: how the schema-5 migration stores names and tags written before these rules.
std::string without_invisibles(std::string_view text);

// A tag (slot, interest) as stored: the same rules as a name.
std::string normalize_tag(std::string_view tag, std::string_view what);

// The identity of a name: full Unicode case folding (not the Turkic variant: "I" folds to "i",
// "İ" to "i̇", "ı" stays "ı") of the NFC form of normalize_text(name). Never throws: text that is
// not valid UTF-8 keys with U+FFFD in place of the bad bytes, so it matches no stored name.
std::string name_key(std::string_view name);
bool same_name(std::string_view a, std::string_view b);

// Whether `text` is valid UTF-8 already in NFC (what `check` asks of stored names).
bool is_nfc(std::string_view text);

// ICU's confusable skeleton (UTS #39) of normalize_text(text): two texts with the same skeleton
// look alike ("Ana" with a Latin and with a Cyrillic а).
std::string confusable_skeleton(std::string_view text);

// The first of `existing` that looks like `name` (the same skeleton as written or as case-folded)
// without being the same name (different key); nullopt if none. Only pairs are compared: a name's
// own mix of scripts, spaces, hyphens, apostrophes or emoji is never a reason on its own.
std::optional<std::string> confusable_with(std::string_view name,
                                           const std::vector<std::string>& existing);

// The locale whose collation sorts listings: the first non-empty of LC_ALL, LC_COLLATE, LANG
// (as given), without its ".codeset" and "@modifier"; "" (ICU's root collation) for C, POSIX,
// C.UTF-8 or nothing set, since ICU would otherwise take those as en_US_POSIX, which sorts by
// code point.
std::string collation_locale(const char* lc_all, const char* lc_collate, const char* lang);

// Compares names by a locale's collation with numbers inside names compared as numbers
// ("Crew 2" before "Crew 10"); equal collation falls back to the bytes so the order is total.
class Collation {
 public:
  explicit Collation(const std::string& locale);  // "" = root
  ~Collation();
  Collation(const Collation&) = delete;
  Collation& operator=(const Collation&) = delete;
  bool less(std::string_view a, std::string_view b) const;

 private:
  struct Impl;
  Impl* impl_;
};

// The collation of the environment's locale (collation_locale() of the process's environment),
// made once.
const Collation& listing_collation();
bool listing_less(std::string_view a, std::string_view b);
void sort_names(std::vector<std::string>& names);

// Up to three of `known` that `unknown` may have meant, closest first: compared ignoring case
// and accents ("zoe" finds "Zoë", "STRAUSS" finds "Strauß"), within an edit distance that grows
// with the length (1 up to 4 letters, 2 up to 8, then 3), where swapping two neighbouring letters
// is one edit ("Bne" finds "Ben").
std::vector<std::string> suggest_names(std::string_view unknown,
                                       const std::vector<std::string>& known);

// Whether `name` begins with `prefix` as a person types it: compared by key (case, normal form)
// and ignoring accents, so "jose" and a decomposed "José" both begin "José María". For completions.
bool name_starts_with(std::string_view name, std::string_view prefix);

// " Did you mean 'A', 'B' or 'C'?" for the suggestions, or "" when there are none; ready to end
// a "no member named ..." message.
std::string did_you_mean(std::string_view unknown, const std::vector<std::string>& known);

}  // namespace msol
