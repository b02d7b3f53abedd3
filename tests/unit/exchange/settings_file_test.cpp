#include "exchange/settings_file.hpp"

#include <doctest/doctest.h>

#include "domain/errors.hpp"

using namespace msol;
using exchange::read_settings_text;

TEST_CASE("[points] tables nest or dot; [settings] takes full keys") {
  const auto s = read_settings_text(
      "[points]\nlistening.each = 2\n[points.money]\noffer = 4\n"
      "[settings]\n\"remind.grace_minutes\" = 45\n\"points.coowners.each\" = 50\n",
      "s.toml");
  CHECK(s.get("points.listening.each") == 2);
  CHECK(s.get("points.money.offer") == 4);
  CHECK(s.get("remind.grace_minutes") == 45);
  CHECK(s.get("points.coowners.each") == 50);
  CHECK(s.to_text().size() == 4);
}

TEST_CASE("bad settings files name the key, the range or the line") {
  CHECK_THROWS_WITH_AS(read_settings_text("[points]\nmoney.typo = 2\n", "s.toml"),
                       doctest::Contains("'points.money.typo'"), UsageError);
  CHECK_THROWS_WITH_AS(read_settings_text("[points]\n\nmoney.offer = \"five\"\n", "s.toml"),
                       doctest::Contains("points.money.offer must be a whole number from -10000 "
                                         "to 10000 (line 3)"),
                       UsageError);
  CHECK_THROWS_WITH_AS(read_settings_text("[settings]\n\"journal.keep_days\" = 0\n", "s.toml"),
                       doctest::Contains("from 1 to 36500"), UsageError);
  CHECK_THROWS_WITH_AS(read_settings_text("[points\n", "s.toml"),
                       doctest::Contains("'s.toml' is not valid TOML (line 1)"), UsageError);
  CHECK_THROWS_WITH_AS(read_settings_text("[other]\nx = 1\n", "s.toml"),
                       doctest::Contains("no [points] or [settings] table"), UsageError);
}
