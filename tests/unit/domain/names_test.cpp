#include "domain/names.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "domain/errors.hpp"

using namespace msol;

namespace {

using Names = std::vector<std::string>;

Names sorted(const std::string& locale, Names names) {
  Collation collation(locale);
  std::sort(names.begin(), names.end(),
            [&](const std::string& a, const std::string& b) { return collation.less(a, b); });
  return names;
}

}  // namespace

TEST_CASE("normalize_name stores NFC with Unicode whitespace trimmed and collapsed") {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"Jose\xCC\x81", "Jos\xC3\xA9"},  // NFD (as a Mac types it) becomes NFC
      {"Jos\xC3\xA9", "Jos\xC3\xA9"},   // NFC stays
      {"A\xCC\x8A"
       "sa",
       "\xC3\x85sa"},          // Å from A + ring
      {"Ana\xC2\xA0", "Ana"},  // trailing no-break space
      {"\xE2\x80\xA8"
       "Ana",
       "Ana"},  // leading line separator
      {"\xE3\x80\x80"
       "Ana\t",
       "Ana"},  // ideographic space, tab
      {"Ana  \xE3\x80\x80 Mar\xC3\xAD"
       "a",
       "Ana Mar\xC3\xAD"
       "a"},  // inner run: one space
      {"Ana\tB.", "Ana B."},
      {"\xD9\x86\xDB\x8C\xDA\xA9\xE2\x80\x8C\xD9\x86\xD8\xA7\xD9\x85",  // Persian ZWNJ
       "\xD9\x86\xDB\x8C\xDA\xA9\xE2\x80\x8C\xD9\x86\xD8\xA7\xD9\x85"},
      {"Ana \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",  // emoji ZWJ sequence
       "Ana \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB"},
      {"Ana \xE2\x9D\xA4\xEF\xB8\x8F", "Ana \xE2\x9D\xA4\xEF\xB8\x8F"},  // ❤️ with its selector
      {"Ana-Luc\xC3\xAD"
       "a O'Brien",
       "Ana-Luc\xC3\xAD"
       "a O'Brien"},
      {"\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x8D", "\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x8D"},  // 李小龍
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(normalize_name(c.in, "member name") == c.out);
  }
}

TEST_CASE("normalize_name refuses each kind of invisible character, naming its code point") {
  struct Case {
    std::string in;
    const char* code;
  };
  const std::vector<Case> cases = {
      {"Ana\xE2\x80\x8B", "U+200B"},  // zero-width space
      {"A\xE2\x80\x8Bna", "U+200B"},  // zero-width space inside
      {"\xEF\xBB\xBF"
       "Ana",
       "U+FEFF"},                     // byte-order mark
      {"Ana\xE2\x80\xAE", "U+202E"},  // right-to-left override
      {"Ana\xE2\x80\x8E", "U+200E"},  // left-to-right mark
      {"Ana\xE2\x81\xA6", "U+2066"},  // left-to-right isolate
      {"An\xC2\xAD"
       "a",
       "U+00AD"},                     // soft hyphen
      {"Ana\xE2\x81\xA0", "U+2060"},  // word joiner
      {"Ana\xE3\x85\xA4", "U+3164"},  // Hangul filler
      {"Ana\xE2\x80\x8C", "U+200C"},  // ZWNJ not between letters
      {"\xE2\x80\x8D"
       "Ana",
       "U+200D"},  // ZWJ not between letters
      {"An\xE2\x80\x8D"
       "1",
       "U+200D"},                              // ZWJ before a digit
      {"Ana\x1B[31m", "U+001B"},               // escape (control)
      {"Ana\x7F", "U+007F"},                   // delete
      {std::string("Ana\0Ben", 7), "U+0000"},  // NUL
      {"Ana\xF3\xA0\x81\x81", "U+E0041"},      // tag character
      {"Ana\xCD\x8F", "U+034F"},               // combining grapheme joiner
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK_THROWS_WITH_AS(normalize_name(c.in, "member name"), doctest::Contains(c.code),
                         UsageError);
  }
}

TEST_CASE("normalize_name refuses empty names, list separators and bad UTF-8") {
  CHECK_THROWS_WITH_AS(normalize_name("", "member name"), doctest::Contains("member name is empty"),
                       UsageError);
  CHECK_THROWS_WITH_AS(normalize_name(" \xC2\xA0 ", "crew name"),
                       doctest::Contains("crew name is empty"), UsageError);
  CHECK_THROWS_WITH_AS(normalize_name("Ana, Ben", "member name"), doctest::Contains("','"),
                       UsageError);
  CHECK_THROWS_WITH_AS(normalize_name("Ana;Ben", "crew name"), doctest::Contains("';'"),
                       UsageError);
  for (std::string bad : {"Ana\xff", "\xc3", "\xc0\xaf", "\xed\xa0\x80", "\xc3\x28"}) {
    CAPTURE(bad);
    CHECK_THROWS_WITH_AS(normalize_name(bad, "member name"), doctest::Contains("UTF-8"),
                         UsageError);
  }
}

TEST_CASE("name_key is full case folding of the NFC form") {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  };
  const Case cases[] = {
      {"Ana", "ANA", true},
      {"Jos\xC3\xA9", "JOSE\xCC\x81", true},                                // NFC and NFD, any case
      {"\xCE\x9F\xCE\x94\xCE\xA5\xCE\xA3\xCE\xA3\xCE\x95\xCE\x8E\xCE\xA3",  // ΟΔΥΣΣΕΎΣ
       "\xCE\x9F\xCE\xB4\xCF\x85\xCF\x83\xCF\x83\xCE\xB5\xCF\x8D\xCF\x82", true},  // Οδυσσεύς
      {"STRAUSS", "Strau\xC3\x9F", true},                                          // ß folds to ss
      {"\xE1\xBA\x9E"
       "ach",
       "SSACH", true},                                              // capital ẞ too
      {"\xD0\x94\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB9",  // Дмитрий
       "\xD0\x94\xD0\x9C\xD0\x98\xD0\xA2\xD0\xA0\xD0\x98\xD0\x99", true},
      {"Ana\xC2\xA0", "ana", true},  // whitespace does not count
      {"Ana  Mar\xC3\xAD"
       "a",
       "ana mar\xC3\xAD"
       "a",
       true},
      {"Zo\xC3\xAB", "Zoe", false},  // accents count
      {"Ana", "Ana B.", false},
      // Turkish: default (not Turkic) folding. I and i are one letter, dotless ı is another,
      // İ folds to i + combining dot, so it matches neither I nor i.
      {"Irmak", "irmak", true},
      {"I\xC5\x9F\xC4\xB1k", "i\xC5\x9F\xC4\xB1k", true},  // Işık / işık
      {"I\xC5\x9F\xC4\xB1k", "ISIK", false},               // ı is not i
      {"\xC4\xB0nci", "inci", false},                      // İ is not i
      {"\xC4\xB0nci", "i\xCC\x87nci", true},               // İ is i + dot above
  };
  for (const auto& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.b);
    CHECK(same_name(c.a, c.b) == c.same);
  }
  CHECK(name_key("I") == "i");
  CHECK(name_key("\xC4\xB1") == "\xC4\xB1");   // ı stays ı
  CHECK(name_key("\xC4\xB0") == "i\xCC\x87");  // İ -> i + U+0307
  CHECK_NOTHROW(name_key("Ana\xff"));          // lookups never throw
  CHECK_FALSE(same_name("Ana\xff", "Ana"));
}

TEST_CASE("is_nfc tells stored names that need the migration") {
  CHECK(is_nfc("Jos\xC3\xA9"));
  CHECK_FALSE(is_nfc("Jose\xCC\x81"));
  CHECK_FALSE(is_nfc("Ana\xff"));
}

TEST_CASE("confusable_with compares a new name with existing ones only") {
  const Names existing{"Ana", "Ben", "Mary"};
  // Cyrillic а in "Аna" and "Anа".
  CHECK(confusable_with("\xD0\x90na", existing) == std::optional<std::string>("Ana"));
  CHECK(confusable_with("An\xD0\xB0", existing) == std::optional<std::string>("Ana"));
  // Cyrillic ВЕ looks like Latin BE in capitals only.
  CHECK(confusable_with("\xD0\x92\xD0\x95N", {"BEN"}) == std::optional<std::string>("BEN"));
  CHECK(confusable_with("Rnary", existing) == std::optional<std::string>("Mary"));  // rn ~ m
  // Not confusable: the same name (that is the uniqueness rule's job), other names, and a
  // name's own mix of spaces, hyphens, apostrophes and emoji.
  CHECK_FALSE(confusable_with("ana", existing));
  CHECK_FALSE(confusable_with("Anna", existing));
  CHECK_FALSE(
      confusable_with("Ana-Luc\xC3\xAD"
                      "a O'Brien \xF0\x9F\x8E\x89",
                      existing));
  CHECK_FALSE(
      confusable_with("\xD0\x94\xD0\xBC\xD0\xB8\xD1\x82\xD1\x80\xD0\xB8\xD0\xB9", existing));
}

TEST_CASE("collation_locale takes LC_ALL, LC_COLLATE, LANG; C and POSIX are the root") {
  CHECK(collation_locale(nullptr, nullptr, nullptr) == "");
  CHECK(collation_locale("C", "fr_FR.UTF-8", nullptr) == "");
  CHECK(collation_locale("C.UTF-8", nullptr, nullptr) == "");
  CHECK(collation_locale(nullptr, nullptr, "POSIX") == "");
  CHECK(collation_locale("", "fr_FR.UTF-8", "de_DE.UTF-8") == "fr_FR");
  CHECK(collation_locale(nullptr, nullptr, "de_DE@euro") == "de_DE");
  CHECK(collation_locale("pl_PL.UTF-8", "C", "C") == "pl_PL");
}

TEST_CASE("Collation sorts names by the locale's rules, numbers as numbers") {
  // Root (C, POSIX): accented letters sit with their base letter, not after Z.
  CHECK(sorted("", {"Zo\xC3\xAB", "\xC5\x81ukasz", "\xC3\x93lafur", "\xC3\x89mile", "Ana"}) ==
        Names{"Ana", "\xC3\x89mile", "\xC5\x81ukasz", "\xC3\x93lafur", "Zo\xC3\xAB"});
  CHECK(sorted("", {"Crew 10", "Crew 2", "Crew 1"}) == Names{"Crew 1", "Crew 2", "Crew 10"});
  // French: accents are secondary differences.
  CHECK(sorted("fr_FR", {"Zo\xC3\xA9", "Eric", "\xC3\x89mile", "\xC3\x89lodie"}) ==
        Names{"\xC3\x89lodie", "\xC3\x89mile", "Eric", "Zo\xC3\xA9"});
  // German: umlauts sort with their base letter.
  CHECK(sorted("de_DE", {"Zo\xC3\xAB", "\xC3\x96zt\xC3\xBCrk", "Otto", "\xC3\x84rne", "Anna"}) ==
        Names{"Anna", "\xC3\x84rne", "Otto", "\xC3\x96zt\xC3\xBCrk", "Zo\xC3\xAB"});
  // Polish: Ś is a letter of its own after S (the root puts Śliwa before Sobczak).
  const Names polish{"\xC5\x9Aliwa", "Szymon", "Sobczak", "\xC5\x81ukasz", "Lucyna"};
  CHECK(sorted("pl_PL", polish) ==
        Names{"Lucyna", "\xC5\x81ukasz", "Sobczak", "Szymon", "\xC5\x9Aliwa"});
  CHECK(sorted("", polish) ==
        Names{"Lucyna", "\xC5\x81ukasz", "\xC5\x9Aliwa", "Sobczak", "Szymon"});
  // Turkish: Ç after C, dotless I before dotted İ.
  CHECK(sorted("tr_TR", {"\xC3\x87"
                         "elik",
                         "Cem", "Dilek"}) == Names{"Cem",
                                                   "\xC3\x87"
                                                   "elik",
                                                   "Dilek"});
  CHECK(sorted("tr_TR", {"\xC4\xB0nci", "Irmak"}) == Names{"Irmak", "\xC4\xB0nci"});
  CHECK(sorted("", {"\xC4\xB0nci", "Irmak"}) == Names{"\xC4\xB0nci", "Irmak"});
  // Chinese: by pinyin (chen, li, liu, wang, zhang), not by code point.
  const Names chinese{"\xE5\xBC\xA0", "\xE6\x9D\x8E", "\xE7\x8E\x8B", "\xE9\x99\x88",
                      "\xE5\x88\x98"};  // 张 李 王 陈 刘
  CHECK(sorted("zh_CN", chinese) ==
        Names{"\xE9\x99\x88", "\xE6\x9D\x8E", "\xE5\x88\x98", "\xE7\x8E\x8B", "\xE5\xBC\xA0"});
}

TEST_CASE("suggest_names ignores case and accents and allows a small edit distance") {
  const Names known{"Zo\xC3\xAB", "Strau\xC3\x9F", "\xC5\x81ukasz", "Ana",
                    "Anna",       "Ann",           "Ane",           "Bob"};
  CHECK(suggest_names("Zoe", known) == Names{"Zo\xC3\xAB"});
  CHECK(suggest_names("ZOE", known) == Names{"Zo\xC3\xAB"});
  CHECK(suggest_names("STRAUSS", known) == Names{"Strau\xC3\x9F"});
  CHECK(suggest_names("Lukasz", known) == Names{"\xC5\x81ukasz"});
  CHECK(suggest_names("Lukas", known) == Names{"\xC5\x81ukasz"});
  CHECK(suggest_names("Anaa", known) == Names{"Ana", "Anna"});
  // At most three, closest first, then in collation order: Anna is two edits from "An".
  CHECK(suggest_names("An", known) == Names{"Ana", "Ane", "Ann"});
  CHECK(suggest_names("Xavier", known).empty());
  // Swapped neighbours are one slip: "Bbo" is one edit from Bob (two substitutions by plain
  // edit distance, more than a three-letter name allows).
  CHECK(suggest_names("Bbo", known) == Names{"Bob"});
  CHECK(suggest_names("nAa", known) == Names{"Ana"});
  CHECK(did_you_mean("Zoe", known) == " Did you mean 'Zo\xC3\xAB'?");
  CHECK(did_you_mean("Xavier", known).empty());
}
