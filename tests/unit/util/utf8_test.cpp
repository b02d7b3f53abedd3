#include "util/utf8.hpp"

#include <doctest/doctest.h>

#include "util/errors.hpp"

using namespace msol::util;

TEST_CASE("valid UTF-8 passes, every kind of ill-formed sequence is found") {
  CHECK_FALSE(invalid_utf8_at("plain ASCII"));
  CHECK_FALSE(invalid_utf8_at("Zoë, Ağa, 日本, 🎉"));
  CHECK(invalid_utf8_at("Jos\xE9") == 3u);           // Latin-1 é
  CHECK(invalid_utf8_at("a\x80") == 1u);             // lone continuation
  CHECK(invalid_utf8_at("\xC0\xAF") == 0u);          // overlong '/'
  CHECK(invalid_utf8_at("\xED\xA0\x80") == 0u);      // surrogate U+D800
  CHECK(invalid_utf8_at("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
  CHECK(invalid_utf8_at("ok\xE2\x82") == 2u);        // truncated €
  CHECK(invalid_utf8_at("\x93quoted\x94") == 0u);    // Windows-1252 quotes
}

TEST_CASE("check_utf8 names the field; repaired_utf8 shows damaged text") {
  CHECK_THROWS_WITH_AS(check_utf8("Jos\xE9", "--note"), doctest::Contains("--note"),
                       msol::UsageError);
  CHECK(repaired_utf8("Jos\xE9!") == "Jos\xEF\xBF\xBD!");
  CHECK(repaired_utf8("Zoë") == "Zoë");
}
