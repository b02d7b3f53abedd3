#include "exchange/export.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "exchange/member_records.hpp"
#include "exchange/toml_reader.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

Date day(const char* iso) { return parse_date(iso, "test date"); }

Member person(std::string name, std::string invited_by = "") {
  Member m;
  m.name = std::move(name);
  m.invited_by = std::move(invited_by);
  return m;
}

// A congregation that uses every field, odd characters, and a want pointing at a later member.
Congregation sample() {
  Congregation c;
  c.name = "Western \"Europe\" — Berlin";
  c.timezone = "Europe/Berlin";
  auto ana = person("Ana");
  ana.email = "ana@example.org";
  ana.joined = day("2026-01-10");
  add_member(c, ana);
  auto elodie = person("Élodie Dupré", "Ana");
  elodie.joined = day("2026-02-01");
  elodie.left = day("2026-09-30");
  add_member(c, elodie);
  add_member(c, person("Ben \"Benji\" O'Neil", "Élodie Dupré"));
  add_member(c, person("Zoë", "Ana"));
  add_member(c, person("李"));

  Preferences p;
  p.want = {"Zoë", "李", "Élodie Dupré"};
  p.avoid = {"Ben \"Benji\" O'Neil"};
  p.interests = {"food", "housing \\ co-ops", "art"};
  p.slots = {"tue-eve", "sat-am"};
  p.size = SizeRange{4, 6};
  p.looking = false;
  set_preferences(c, "Ana", p);
  Preferences z;
  z.want = {"Ana"};
  z.size = SizeRange{5, 5};
  set_preferences(c, "Zoë", z);
  return c;
}

Congregation read_back(const std::string& text) {
  ImportSummary s;
  return merge_import(Congregation{},
                      text.starts_with("{") ? read_members_json(text, "export.json")
                                            : read_members_toml(text, "export.toml"),
                      s);
}

}  // namespace

TEST_CASE("a TOML export imports back into an empty file as the same congregation") {
  auto c = sample();
  auto text = export_congregation(c, Format::Toml);
  auto back = read_back(text);
  CHECK(back.name == c.name);
  CHECK(back.timezone == c.timezone);
  REQUIRE(back.members.size() == c.members.size());
  for (size_t i = 0; i < c.members.size(); ++i) {
    CAPTURE(c.members[i].name);
    CHECK(back.members[i] == c.members[i]);
  }
  // Exporting the read-back congregation gives the same text.
  CHECK(export_congregation(back, Format::Toml) == text);
}

TEST_CASE("a TOML export is laid out as a host writes it: settings first, name first") {
  auto text = export_congregation(sample(), Format::Toml);
  CHECK(text.rfind("[congregation]\n", 0) == 0);
  auto member = text.find("[[member]]\nname = ");
  CHECK(member != std::string::npos);
  CHECK(member < text.find("email = "));
  CHECK(text.find("joined = 2026-01-10") != std::string::npos);
  CHECK(text.find("4-6") != std::string::npos);
}

TEST_CASE("a JSON export reads back directly as the same congregation") {
  auto c = sample();
  auto json = export_congregation(c, Format::Json);
  CHECK(json.find("\"member\"") != std::string::npos);
  auto back = read_back(json);
  CHECK(back.name == c.name);
  CHECK(back.timezone == c.timezone);
  REQUIRE(back.members.size() == c.members.size());
  for (size_t i = 0; i < c.members.size(); ++i) {
    CAPTURE(c.members[i].name);
    CHECK(back.members[i] == c.members[i]);
  }
}

TEST_CASE("an empty congregation round-trips too") {
  Congregation c;
  c.name = "New";
  c.timezone = "UTC";
  auto back = read_back(export_congregation(c, Format::Toml));
  CHECK(back.name == "New");
  CHECK(back.timezone == "UTC");
  CHECK(back.members.empty());
  auto from_json = read_back(export_congregation(c, Format::Json));
  CHECK(from_json.name == "New");
  CHECK(from_json.members.empty());
}

TEST_CASE("malformed JSON and non-objects are refused with the file, line and column") {
  CHECK_THROWS_WITH_AS(read_members_json("{\"member\": [\n  {\"name\": \"Ana\",}]}", "e.json"),
                       doctest::Contains("e.json:2:1"), UsageError);
  CHECK_THROWS_WITH_AS(read_members_json("[1, 2]", "e.json"), doctest::Contains("e.json:"),
                       UsageError);
  CHECK_THROWS_AS(read_members_json("", "e.json"), UsageError);
  std::string deep = "{\"a\": " + std::string(200, '[') + std::string(200, ']') + "}";
  CHECK_THROWS_WITH_AS(read_members_json(deep, "e.json"), doctest::Contains("nests deeper"),
                       UsageError);
}

TEST_CASE("a bad JSON value names its own line, column and path, not a TOML text's") {
  const std::string json =
      "{\n"
      "  \"member\": [\n"
      "    {\"name\": \"Ana\"},\n"
      "    {\"name\": \"Ben\",\n"
      "     \"joined\": \"2026-02-30\"}\n"
      "  ]\n"
      "}\n";
  CHECK_THROWS_WITH_AS(read_members_json(json, "m.json"),
                       doctest::Contains("m.json:5:16: /member/1/joined: "), UsageError);
  // A record's own problems, found after reading, give the record's line.
  const std::string twice = "{\"member\": [{\"name\": \"Ana\"},\n {\"name\": \"ana\"}]}";
  ImportSummary s;
  CHECK_THROWS_WITH_AS(merge_import(Congregation{}, read_members_json(twice, "m.json"), s),
                       doctest::Contains("m.json:2: member 'ana' appears twice"), UsageError);
  // Keys with RFC 6901's escapes.
  CHECK_THROWS_WITH_AS(
      read_members_json("{\"member\": [{\"name\": \"A\", \"a/b~\": 1}]}", "m.json"),
      doctest::Contains("/member/0/a~1b~0: unknown key 'a/b~'"), UsageError);
}

// Found by fuzz_toml_import (tests/fuzz/regressions/fuzz_toml_import/json-number-overflow): a
// number beyond a double escaped the JSON reader as the parser's own exception.
TEST_CASE("a JSON number too large for any value is bad input naming the file, not a crash") {
  CHECK_THROWS_WITH_AS(
      read_members_json(R"({"member": [{"name": "Ana", "x": 1e99999}]})", "big.json"),
      doctest::Contains("big.json: malformed JSON"), UsageError);
}
