// The pieces of reading a host's file as it comes: encodings, column maps, suggestions and the
// dry run's list of changes.
#include <doctest/doctest.h>

#include <string>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "exchange/columns.hpp"
#include "exchange/encoding.hpp"
#include "exchange/import_diff.hpp"

using namespace msol;
using namespace msol::exchange;

TEST_CASE("text that is not UTF-8 is refused at its line and column, with the fix") {
  CHECK_NOTHROW(check_utf8("name\nZoë,Łukasz\n", "f.csv"));
  CHECK_THROWS_WITH_AS(check_utf8("name\nRen\xE9\n", "f.csv"),
                       doctest::Contains("f.csv:2:4: byte 0xE9 is not UTF-8"), UsageError);
  CHECK_THROWS_WITH_AS(check_utf8("Zoë,\xC3(", "f.csv"),
                       doctest::Contains("--encoding windows-1252"), UsageError);
  CHECK_THROWS_AS(check_utf8("\xED\xA0\x80", "f.csv"), UsageError);  // a surrogate
}

TEST_CASE("--encoding converts with ICU's converters") {
  CHECK(to_utf8("Ren\xE9;Z\x9A", "windows-1252", "f.csv") == "René;Zš");
  CHECK(to_utf8(std::string_view("\xFF\xFEZ\x00\xEB\x00", 6), "UTF-16", "f.csv") ==
        "Zë");  // the BOM goes
  CHECK_THROWS_WITH_AS(to_utf8("x", "no-such-code", "f.csv"),
                       doctest::Contains("'no-such-code' is not an encoding"), UsageError);
  CHECK_THROWS_AS(to_utf8("\xC3(", "UTF-8", "f.csv"), UsageError);
}

TEST_CASE("a mapping splits at the last '=' and names only member keys") {
  ColumnMap map;
  add_mapping(map, "Is 1+1=2? Your name=Name", "--map");
  CHECK(map.entries.back() == std::pair<std::string, std::string>{"Is 1+1=2? Your name", "name"});
  CHECK(column_key(map, "is 1+1=2? your NAME") == "name");
  CHECK(column_key(map, "Invited by") == "invited_by");
  CHECK_FALSE(column_key(map, "Timestamp"));
  CHECK_THROWS_WITH_AS(add_mapping(map, "Question=wish", "--map"),
                       doctest::Contains("'wish' is not a member key"), UsageError);
  CHECK_THROWS_AS(add_mapping(map, "Question", "--map"), UsageError);
}

TEST_CASE("a mapping file is a [columns] table of header = key") {
  ColumnMap map;
  read_map_file(map, "[columns]\n\"Your name\" = \"name\"\n\"Who?\" = \"want\"\n", "m.toml");
  CHECK(column_key(map, "YOUR NAME") == "name");
  CHECK(column_key(map, "who") == "want");
  CHECK_THROWS_WITH_AS(read_map_file(map, "[columns]\n\"x\" = \"nope\"\n", "m.toml"),
                       doctest::Contains("m.toml:2:"), UsageError);
  CHECK_THROWS_WITH_AS(read_map_file(map, "[cols]\n", "m.toml"),
                       doctest::Contains("only a [columns] table"), UsageError);
}

TEST_CASE("member_changes lists cleared hard constraints first, then other changes") {
  Congregation before;
  for (const char* n : {"Ana", "Ben", "Dan"}) {
    Member m;
    m.name = n;
    add_member(before, m);
  }
  Preferences p;
  p.avoid = {"Dan"};
  p.slots = {"tue-eve"};
  set_preferences(before, "Ana", p);
  auto after = before;
  p.avoid.clear();
  p.slots = {"tue-eve", "sat-am"};
  p.size = SizeRange{4, 6};
  set_preferences(after, "Ana", p);
  Member eve;
  eve.name = "Eve";
  add_member(after, eve);
  auto changes = member_changes(before, after);
  REQUIRE(changes.size() == 3);
  CHECK(changes[0].key == "avoid");
  CHECK(changes[0].before == "Dan");
  CHECK(changes[0].after.empty());
  CHECK(changes[1].key == "slots");
  CHECK(changes[1].after == "tue-eve, sat-am");
  CHECK(changes[2].key == "size");
  CHECK(changes[2].after == "4-6");
}
