#include "domain/width.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace msol;

TEST_CASE("display_width counts grapheme clusters by East Asian width") {
  struct Case {
    const char* text;
    size_t columns;
  };
  const Case cases[] = {
      {"Ana", 3},
      {"Jos\xC3\xA9", 4},                                   // NFC é
      {"Jose\xCC\x81", 4},                                  // NFD: the accent takes no column
      {"\xE6\x9D\x8E\xE5\xA8\x9C", 4},                      // 李娜: wide
      {"\xEF\xBC\xA1", 2},                                  // fullwidth Ａ
      {"\xED\x95\x9C\xEA\xB8\x80", 4},                      // 한글
      {"\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", 2},          // 한 as conjoining jamo: one cluster
      {"\xF0\x9F\x8E\x89", 2},                              // 🎉 emoji presentation
      {"\xE2\x9D\xA4\xEF\xB8\x8F", 2},                      // ❤️ text emoji made a picture
      {"\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB", 2},  // 👩‍💻 one cluster
      {"\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA", 2},              // 🇩🇪 flag: one cluster
      {"\xCE\x9F\xCE\xB4\xCF\x85\xCF\x83\xCF\x83\xCE\xB5\xCF\x8D\xCF\x82", 8},  // Οδυσσεύς
      {"\xE0\xA4\xA8\xE0\xA4\xBF", 1},  // नि: consonant + vowel sign
      {"", 0},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(display_width(c.text) == c.columns);
  }
}

TEST_CASE("fit cuts whole grapheme clusters and ends in an ellipsis") {
  CHECK(fit("Ana", 3) == "Ana");
  CHECK(fit("Anastasia", 5) == "Anas\xE2\x80\xA6");
  CHECK(fit("Jose\xCC\x81 Mar\xC3\xAD"
            "a",
            5) == "Jose\xCC\x81\xE2\x80\xA6");  // accent kept
  CHECK(fit("\xE6\x9D\x8E\xE5\xA8\x9C\xE5\xA8\x9C", 4) == "\xE6\x9D\x8E\xE2\x80\xA6");
  CHECK(fit("\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7", 3) ==
        "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA\xE2\x80\xA6");  // never half a flag
}
