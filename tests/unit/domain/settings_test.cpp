#include "domain/settings.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "domain/errors.hpp"

using namespace msol;

TEST_CASE("the table holds every key SPEC section 7 names, each default inside its range") {
  std::set<std::string_view> keys;
  for (const auto& spec : kSettings) {
    CHECK_MESSAGE(keys.insert(spec.key).second, spec.key);
    CHECK_MESSAGE(spec.min <= spec.fallback, spec.key);
    CHECK_MESSAGE(spec.fallback <= spec.max, spec.key);
    CHECK_MESSAGE(!spec.description.empty(), spec.key);
  }
  CHECK(Settings{}.get("formation.history_months") == 12);
  CHECK(Settings{}.get("remind.grace_minutes") == 30);
  CHECK(Settings{}.get("journal.keep_changes") == 200);
  CHECK(Settings{}.get("journal.keep_days") == 365);
  CHECK(Settings{}.get("points.money.offer") == 5);
  static_assert(setting_default("points.consistency.missed") == -5);
}

TEST_CASE("a point value may be named without its points. prefix") {
  CHECK(setting_spec("money.offer").key == "points.money.offer");
  CHECK(setting_spec("points.money.offer").key == "points.money.offer");
  Settings s;
  s.set("money.offer", 3);
  CHECK(s.get("points.money.offer") == 3);
  CHECK(s.changed("points.money.offer"));
  CHECK_FALSE(s.changed("money.ask"));
  CHECK(s.to_text() == std::map<std::string, std::string>{{"points.money.offer", "3"}});
}

TEST_CASE("an unknown key names itself and the known keys") {
  CHECK_THROWS_WITH_AS(setting_spec("money.offerz"), doctest::Contains("'money.offerz'"),
                       UsageError);
  CHECK_THROWS_WITH_AS(setting_spec("x"), doctest::Contains("journal.keep_days"), UsageError);
  CHECK_THROWS_AS(Settings{}.get("formation.history"), UsageError);
}

TEST_CASE("a value that is not a whole number in range names the key and the range") {
  const auto& months = setting_spec("formation.history_months");
  CHECK_THROWS_WITH_AS(parse_setting(months, "many"),
                       doctest::Contains("formation.history_months: it must be a whole number of "
                                         "months from 1 to 120"),
                       UsageError);
  CHECK_THROWS_AS(parse_setting(months, "2.5"), UsageError);
  CHECK_THROWS_AS(parse_setting(months, ""), UsageError);
  CHECK_THROWS_AS(parse_setting(months, "99999999999999999999999"), UsageError);
  CHECK(parse_setting(months, " 7 ") == 7);
  const auto& grace = setting_spec("remind.grace_minutes");
  CHECK(parse_setting(grace, "0") == 0);
  CHECK(parse_setting(grace, "1440") == 1440);
  CHECK_THROWS_WITH_AS(parse_setting(grace, "1441"), doctest::Contains("from 0 to 1440"),
                       UsageError);
  CHECK_THROWS_AS(Settings{}.set("journal.keep_days", 0), UsageError);
  CHECK(parse_setting(setting_spec("money.offer"), "-5") == -5);
}

TEST_CASE("stored text is validated entry by entry") {
  const auto s = Settings::from_text({{"points.money.offer", "7"}, {"journal.keep_days", "30"}});
  CHECK(s.get("money.offer") == 7);
  CHECK(s.get("journal.keep_days") == 30);
  CHECK_THROWS_WITH_AS(Settings::from_text({{"formation.history_months", "many"}}),
                       doctest::Contains("formation.history_months"), UsageError);
  CHECK_THROWS_WITH_AS(Settings::from_text({{"nope", "1"}}), doctest::Contains("'nope'"),
                       UsageError);
}
