#include "domain/text.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/member.hpp"

using namespace msol;

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
