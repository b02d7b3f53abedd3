#include "domain/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/member.hpp"

using namespace msol;

TEST_CASE("name_key folds case, including accented and non-Latin letters") {
  CHECK(name_key("Ana") == name_key("ANA"));
  CHECK(name_key("Élodie") == name_key("ÉLODIE"));
  CHECK(name_key("Élodie") == name_key("élodie"));
  CHECK(name_key("Zoë") == name_key("ZOË"));
  CHECK(name_key("Ωμέγα") == name_key("ΩΜΈΓΑ"));
  CHECK(name_key("Дмитрий") == name_key("ДМИТРИЙ"));
  CHECK(same_name("Zoë", "zoË"));
  // Folding keeps letters apart that differ by more than case.
  CHECK_FALSE(same_name("Zoë", "Zoe"));
  CHECK_FALSE(same_name("Elodie", "Élodie"));
  CHECK_FALSE(same_name("Ana", "Ana B."));
}

TEST_CASE("check_name accepts any Unicode letters and inner spaces") {
  CHECK_NOTHROW(check_name("Ana", "member name"));
  CHECK_NOTHROW(check_name("Élodie Dupré", "member name"));
  CHECK_NOTHROW(check_name("Zoë", "member name"));
  CHECK_NOTHROW(check_name("李小龍", "member name"));
  CHECK_NOTHROW(check_name("Ana B.", "member name"));
}

TEST_CASE("check_name rejects names that would break lists or terminals") {
  CHECK_THROWS_WITH_AS(check_name("", "member name"), doctest::Contains("member name is empty"),
                       UsageError);
  CHECK_THROWS_WITH_AS(check_name("Ana, Ben", "member name"), doctest::Contains("','"), UsageError);
  CHECK_THROWS_WITH_AS(check_name("Ana;Ben", "crew name"), doctest::Contains("crew name"),
                       UsageError);
  CHECK_THROWS_WITH_AS(check_name(" Ana", "member name"), doctest::Contains("space"), UsageError);
  CHECK_THROWS_WITH_AS(check_name("Ana ", "member name"), doctest::Contains("space"), UsageError);
  CHECK_THROWS_AS(check_name("Ana\tBen", "member name"), UsageError);
  CHECK_THROWS_WITH_AS(check_name("Ana\x1b[31m", "member name"), doctest::Contains("control"),
                       UsageError);
  CHECK_THROWS_AS(check_name("Ana\x7f", "member name"), UsageError);
  CHECK_THROWS_AS(check_name(std::string("Ana\0Ben", 7), "member name"), UsageError);
}

TEST_CASE("check_name rejects invalid UTF-8") {
  CHECK_THROWS_WITH_AS(check_name("Ana\xff", "member name"), doctest::Contains("UTF-8"),
                       UsageError);
  CHECK_THROWS_AS(check_name("\xc3", "member name"), UsageError);          // truncated
  CHECK_THROWS_AS(check_name("\xc0\xaf", "member name"), UsageError);      // overlong '/'
  CHECK_THROWS_AS(check_name("\xed\xa0\x80", "member name"), UsageError);  // surrogate
  CHECK_THROWS_AS(check_name("\xc3\x28", "member name"), UsageError);      // bad continuation
}

TEST_CASE("split_list trims items and drops empty ones") {
  using V = std::vector<std::string>;
  CHECK(split_list("a, b,c") == V{"a", "b", "c"});
  CHECK(split_list("  Ana ,, Ben B. ,") == V{"Ana", "Ben B."});
  CHECK(split_list("") == V{});
  CHECK(split_list(" , ,") == V{});
  CHECK(split_list("x;y ; z", ';') == V{"x", "y", "z"});
  CHECK(split_list("x,y;z", ';') == V{"x,y", "z"});
}

TEST_CASE("trim and join") {
  CHECK(trim("  a b \t\r\n") == "a b");
  CHECK(trim(" \t ") == "");
  CHECK(join({"Ana", "Ben", "Caro"}) == "Ana, Ben, Caro");
  CHECK(join({"a", "b"}, " -> ") == "a -> b");
  CHECK(join({}) == "");
}

TEST_CASE("parse_yes_no takes yes/no/true/false in any case") {
  CHECK(parse_yes_no("yes", "--looking"));
  CHECK(parse_yes_no("YES", "--looking"));
  CHECK(parse_yes_no(" True ", "--looking"));
  CHECK_FALSE(parse_yes_no("no", "--looking"));
  CHECK_FALSE(parse_yes_no("False", "--looking"));
  CHECK_THROWS_WITH_AS(parse_yes_no("maybe", "--looking"), doctest::Contains("--looking 'maybe'"),
                       UsageError);
  CHECK_THROWS_AS(parse_yes_no("", "--looking"), UsageError);
  CHECK_THROWS_AS(parse_yes_no("1", "--looking"), UsageError);
  CHECK_THROWS_AS(parse_yes_no("y", "--looking"), UsageError);
}

TEST_CASE("parse_size_range takes MIN-MAX or one size inside 3-8") {
  CHECK(parse_size_range("4-6", "--size") == SizeRange{4, 6});
  CHECK(parse_size_range(" 3 - 8 ", "--size") == SizeRange{3, 8});
  CHECK(parse_size_range("5", "--size") == SizeRange{5, 5});
  CHECK(format_size_range(parse_size_range("4-6", "--size")) == "4-6");
  CHECK_THROWS_WITH_AS(parse_size_range("6-4", "--size"), doctest::Contains("--size '6-4'"),
                       UsageError);
  CHECK_THROWS_AS(parse_size_range("2-5", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("4-9", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("2", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("9", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("four", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("4-", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("4-6-8", "--size"), UsageError);
  CHECK_THROWS_AS(parse_size_range("4.5", "--size"), UsageError);
}
