#include "exchange/toml_reader.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/errors.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

using Names = std::vector<std::string>;

Date day(const char* iso) { return parse_date(iso, "test date"); }

// The error message of reading `text` as hosts.toml, or "" when it reads fine.
std::string usage_error(const std::string& text) {
  try {
    read_members_toml(text, "hosts.toml");
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("the TOML import format of the spec reads every key") {
  auto data = read_members_toml(R"(
[congregation]
name = "Western Europe"
timezone = "Europe/Berlin"

[[member]]
name = "Ana"
email = "ana@example.org"
invited_by = "Nati"
joined = 2026-01-10
want = ["Ben", "Caro"]        # in priority order
avoid = ["Dan"]
interests = ["food", "housing"]
slots = ["tue-eve", "sat-am"]
size = "4-6"
looking = true
)",
                                "hosts.toml");
  CHECK(data.source == "hosts.toml");
  CHECK(data.name == "Western Europe");
  CHECK(data.timezone == "Europe/Berlin");
  REQUIRE(data.members.size() == 1);
  const auto& r = data.members[0];
  CHECK(r.line == 6);
  CHECK(r.keys.size() == 10);  // every key but left
  const auto& m = r.member;
  CHECK(m.name == "Ana");
  CHECK(m.email == "ana@example.org");
  CHECK(m.invited_by == "Nati");
  CHECK(m.joined == day("2026-01-10"));
  CHECK_FALSE(m.left.has_value());
  CHECK(m.prefs.want == Names{"Ben", "Caro"});
  CHECK(m.prefs.avoid == Names{"Dan"});
  CHECK(m.prefs.interests == Names{"food", "housing"});
  CHECK(m.prefs.slots == Names{"tue-eve", "sat-am"});
  CHECK(m.prefs.size == SizeRange{4, 6});
  CHECK(m.prefs.looking);
}

TEST_CASE("a member record knows which keys the file gave, and only name is required") {
  auto data = read_members_toml(
      "[[member]]\nname = \"Ben\"\n\n[[member]]\nname = \"Caro\"\n"
      "looking = false\n",
      "hosts.toml");
  REQUIRE(data.members.size() == 2);
  CHECK(data.members[0].keys == std::set<std::string>{"name"});
  CHECK(data.members[0].line == 1);
  CHECK(data.members[1].keys == std::set<std::string>{"name", "looking"});
  CHECK(data.members[1].line == 4);
  CHECK_FALSE(data.members[1].member.prefs.looking);
  CHECK_FALSE(data.name.has_value());
  CHECK_FALSE(data.timezone.has_value());
}

TEST_CASE("lists may be written as one comma-separated string") {
  auto data = read_members_toml(
      "[[member]]\nname = \" Ana \"\nwant = \"Ben, Caro,,\"\n"
      "interests = \"food\"\nslots = []\n",
      "hosts.toml");
  const auto& m = data.members.at(0).member;
  CHECK(m.name == "Ana");
  CHECK(m.prefs.want == Names{"Ben", "Caro"});
  CHECK(m.prefs.interests == Names{"food"});
  CHECK(m.prefs.slots.empty());
  CHECK(data.members[0].keys.count("slots") == 1);
}

TEST_CASE("dates may be TOML dates or strings; sizes and booleans may be words") {
  auto data = read_members_toml(R"([[member]]
name = "Ana"
joined = "2026-01-10"
left = 2026-06-30
size = 5
looking = "no"

[[member]]
name = "Ben"
size = "3"
looking = "Yes"
)",
                                "hosts.toml");
  const auto& ana = data.members.at(0).member;
  CHECK(ana.joined == day("2026-01-10"));
  CHECK(ana.left == day("2026-06-30"));
  CHECK(ana.prefs.size == SizeRange{5, 5});
  CHECK_FALSE(ana.prefs.looking);
  const auto& ben = data.members.at(1).member;
  CHECK(ben.prefs.size == SizeRange{3, 3});
  CHECK(ben.prefs.looking);
}

TEST_CASE("malformed TOML is a usage error naming file and line") {
  auto e = usage_error("[[member]]\nname = \"Ana\"\nwant = [\"Ben\",\n");
  CHECK(e.starts_with("hosts.toml:"));
  CHECK(e.find("malformed TOML") != std::string::npos);

  e = usage_error("[[member]]\nname = \"Ana\nemail = \"a@b.org\"\n");
  CHECK(e.starts_with("hosts.toml:2:"));

  e = usage_error("[[member]]\nname = \"Ana\"\nname = \"Ben\"\n");
  CHECK(e.starts_with("hosts.toml:3:"));
}

TEST_CASE("an unknown key names file, line and the known keys") {
  auto e =
      usage_error("[[member]]\nname = \"Ana\"\n\n[[member]]\nname = \"Ben\"\nwants = [\"Ana\"]\n");
  CHECK(e.starts_with("hosts.toml:6:"));
  CHECK(e.find("unknown key 'wants'") != std::string::npos);
  CHECK(e.find("invited_by") != std::string::npos);
}

TEST_CASE("a value of the wrong type names file and line") {
  SUBCASE("string expected") {
    auto e = usage_error("[[member]]\nname = \"Ana\"\nemail = 42\n");
    CHECK(e.starts_with("hosts.toml:3:"));
    CHECK(e.find("'email' must be a string") != std::string::npos);
  }
  SUBCASE("name not a string") {
    CHECK(usage_error("[[member]]\nname = 7\n").starts_with("hosts.toml:2:"));
  }
  SUBCASE("list expected") {
    auto e = usage_error("[[member]]\nname = \"Ana\"\n\nwant = 3\n");
    CHECK(e.starts_with("hosts.toml:4:"));
    CHECK(e.find("'want' must be a list") != std::string::npos);
  }
  SUBCASE("list item not a string") {
    CHECK(usage_error("[[member]]\nname = \"Ana\"\navoid = [\"Ben\", 2]\n")
              .starts_with("hosts.toml:3:"));
  }
  SUBCASE("date") {
    auto e = usage_error("[[member]]\nname = \"Ana\"\njoined = \"10/01/2026\"\n");
    CHECK(e.starts_with("hosts.toml:3:"));
    CHECK(e.find("10/01/2026") != std::string::npos);
    CHECK(usage_error("[[member]]\nname = \"Ana\"\njoined = 2026\n").starts_with("hosts.toml:3:"));
  }
  SUBCASE("size") {
    CHECK(usage_error("[[member]]\nname = \"Ana\"\nsize = \"6-4\"\n").starts_with("hosts.toml:3:"));
    CHECK(usage_error("[[member]]\nname = \"Ana\"\nsize = 9\n").starts_with("hosts.toml:3:"));
    CHECK(usage_error("[[member]]\nname = \"Ana\"\nsize = 4.5\n").starts_with("hosts.toml:3:"));
  }
  SUBCASE("boolean") {
    auto e = usage_error("[[member]]\nname = \"Ana\"\nlooking = \"perhaps\"\n");
    CHECK(e.starts_with("hosts.toml:3:"));
    CHECK(e.find("perhaps") != std::string::npos);
    CHECK(usage_error("[[member]]\nname = \"Ana\"\nlooking = 1\n").starts_with("hosts.toml:3:"));
  }
}

TEST_CASE("a member without a name, or members not written as tables, are refused") {
  auto e = usage_error("[[member]]\nname = \"Ana\"\n\n[[member]]\nemail = \"x@y.org\"\n");
  CHECK(e.starts_with("hosts.toml:"));
  CHECK(e.find("has no name") != std::string::npos);
  CHECK(usage_error("member = [\"Ana\"]\n").starts_with("hosts.toml:1:"));
}

TEST_CASE("a file with no members reads as an empty import") {
  auto data = read_members_toml("", "empty.toml");
  CHECK(data.members.empty());
  CHECK(data.source == "empty.toml");
}
