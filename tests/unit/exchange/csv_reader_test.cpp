#include "exchange/csv_reader.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/errors.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

using Cells = std::vector<std::string>;

Date day(const char* iso) { return parse_date(iso, "test date"); }

// The header's error, or the first problem of the rows (as the import reports it).
std::string usage_error(const std::string& text, const CsvOptions& options = {}) {
  try {
    auto data = read_members_csv(text, "form.csv", options);
    if (!data.problems.empty()) return format_problem(data.source, data.problems.front());
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

ImportData read(const std::string& text, const CsvOptions& options = {}) {
  return read_members_csv(text, "form.csv", options);
}

}  // namespace

TEST_CASE("parse_csv reads quoted cells with commas, doubled quotes and line breaks") {
  auto rows = parse_csv(
      "name,email,interests\n"
      "\"Ana, the elder\",\"say \"\"hi\"\"\",\"food\nart\"\n"
      "Ben,,x\n",
      "form.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].cells == Cells{"name", "email", "interests"});
  CHECK(rows[1].cells == Cells{"Ana, the elder", "say \"hi\"", "food\nart"});
  CHECK(rows[1].line == 2);
  CHECK(rows[2].cells == Cells{"Ben", "", "x"});
  CHECK(rows[2].line == 4);  // the quoted line break moved Ben one line down
}

TEST_CASE("parse_csv drops a byte order mark, handles CRLF and skips blank lines") {
  auto rows = parse_csv("\xEF\xBB\xBFname,size\r\nAna,4-6\r\n\r\nBen,5\r\n", "form.csv");
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].cells == Cells{"name", "size"});
  CHECK(rows[1].cells == Cells{"Ana", "4-6"});
  CHECK(rows[2].cells == Cells{"Ben", "5"});
  CHECK(rows[2].line == 4);

  auto no_final_newline = parse_csv("name\nAna", "form.csv");
  REQUIRE(no_final_newline.size() == 2);
  CHECK(no_final_newline[1].cells == Cells{"Ana"});
}

TEST_CASE("parse_csv refuses an unterminated quote or text after a closing quote") {
  CHECK_THROWS_WITH_AS(parse_csv("name\n\"Ana\nBen\n", "form.csv"),
                       doctest::Contains("form.csv:2:"), UsageError);
  CHECK_THROWS_WITH_AS(parse_csv("name,email\n\"Ana\"x,a@b.org\n", "form.csv"),
                       doctest::Contains("form.csv:2:"), UsageError);
}

TEST_CASE("read_members_csv reads a web form export into member records") {
  auto data = read_members_csv(
      "\xEF\xBB\xBF"
      "Name,Email,Invited_By,Joined,Want,Avoid,Interests,Slots,Size,Looking\r\n"
      "Ana,ana@example.org,,2026-01-10,Ben; Caro,,food;housing,tue-eve,4-6,yes\r\n"
      "Ben,,Ana,,,Dan,,,5,FALSE\r\n"
      "Caro,,,,,,,,,true\r\n"
      "Dan,,,,,,,,,No\r\n",
      "form.csv");
  CHECK(data.source == "form.csv");
  REQUIRE(data.members.size() == 4);
  const auto& ana = data.members[0];
  CHECK(ana.line == 2);
  CHECK(ana.member.name == "Ana");
  CHECK(ana.member.email == "ana@example.org");
  CHECK(ana.member.joined == day("2026-01-10"));
  CHECK(ana.member.prefs.want == Cells{"Ben", "Caro"});
  CHECK(ana.member.prefs.interests == Cells{"food", "housing"});
  CHECK(ana.member.prefs.slots == Cells{"tue-eve"});
  CHECK(ana.member.prefs.size == SizeRange{4, 6});
  CHECK(ana.member.prefs.looking);
  // Empty cells are keys the form did not give.
  CHECK(ana.keys == std::set<std::string>{"name", "email", "joined", "want", "interests", "slots",
                                          "size", "looking"});
  const auto& ben = data.members[1];
  CHECK(ben.member.invited_by == "Ana");
  CHECK(ben.member.prefs.avoid == Cells{"Dan"});
  CHECK(ben.member.prefs.size == SizeRange{5, 5});
  CHECK_FALSE(ben.member.prefs.looking);
  CHECK(data.members[2].member.prefs.looking);
  CHECK_FALSE(data.members[3].member.prefs.looking);
  CHECK(data.members[2].keys == std::set<std::string>{"name", "looking"});
}

TEST_CASE("a row with the wrong number of cells names its line") {
  auto e = usage_error("name,email,size\nAna,a@b.org,4-6\n\"Ben\nB.\",b@c.org\nCaro,,5\n");
  CHECK(e.starts_with("form.csv:3:"));
  CHECK(e.find("2 cells where the header has 3") != std::string::npos);
  e = usage_error("name,email\nAna,a@b.org\nBen, the younger,b@c.org\n");
  CHECK(e.starts_with("form.csv:3:"));
}

TEST_CASE("unknown columns are ignored and listed, or refused with --strict; name is needed") {
  auto data = read("Timestamp,name,wants,\n2026-01-01 10:00,Ana,Ben,\n");
  CHECK(data.ignored == Cells{"Timestamp", "wants"});
  REQUIRE(data.members.size() == 1);
  CHECK(data.members[0].keys == std::set<std::string>{"name"});
  CsvOptions strict;
  strict.strict = true;
  auto e = usage_error("Timestamp,name,wants\n1,Ana,Ben\n", strict);
  CHECK(e.starts_with("form.csv:1:"));
  CHECK(e.find("'Timestamp', 'wants'") != std::string::npos);
  CHECK(e.find("--map") != std::string::npos);
  e = usage_error("email,size\na@b.org,4-6\n");
  CHECK(e.starts_with("form.csv:1:"));
  CHECK(e.find("no 'name' column") != std::string::npos);
}

TEST_CASE("bad cell values name their line; a row needs a name") {
  auto e = usage_error("name,looking\nAna,yes\nBen,maybe\n");
  CHECK(e.starts_with("form.csv:3:"));
  CHECK(e.find("maybe") != std::string::npos);
  CHECK(usage_error("name,size\nAna,2-4\n").starts_with("form.csv:2:"));
  CHECK(usage_error("name,joined\n\nAna,01/10/2026\n").starts_with("form.csv:3:"));
  e = usage_error("name,email\nAna,a@b.org\n ,b@c.org\n");
  CHECK(e.starts_with("form.csv:3:"));
  CHECK(e.find("no name") != std::string::npos);
}

TEST_CASE("a CSV with only a header, or nothing, has no members") {
  CHECK(read_members_csv("name,email\n", "form.csv").members.empty());
  CHECK(read_members_csv("", "form.csv").members.empty());
}

TEST_CASE("read_members_csv refuses two columns for a key of one value") {
  auto message = usage_error("name,email,Name\nAna,ana@example.org,Ben\n");
  CHECK(message.starts_with("form.csv:1:"));
  CHECK(message.find("'name' and 'Name' both give 'name'") != std::string::npos);
}

TEST_CASE("headers match ignoring case, spaces and punctuation; mapped columns add up") {
  CsvOptions o;
  add_mapping(o.map, "What's your name?=name", "--map");
  add_mapping(o.map, "Who = you, ideally?=want", "--map");  // split at the last '='
  add_mapping(o.map, "Also okay with=want", "--map");
  auto data = read(
      "What's your name?,\" Invited-By \",\"Who = you, ideally?\",Also okay with,SLOTS\n"
      "Ana,Nati,\"Ben, Caro\",Dan,\"Tuesday evening, Saturday morning\"\n",
      o);
  REQUIRE(data.members.size() == 1);
  const auto& ana = data.members[0];
  CHECK(ana.member.name == "Ana");
  CHECK(ana.member.invited_by == "Nati");
  CHECK(ana.member.prefs.want == Cells{"Ben", "Caro", "Dan"});
  CHECK(ana.member.prefs.slots == Cells{"Tuesday evening", "Saturday morning"});
  CHECK(ana.column.at("want") == "Who = you, ideally?' + 'Also okay with");
  CHECK(header_key(" Invited-By? ") == "invitedby");
}

TEST_CASE("list cells split on ';', ',' and line breaks; all-empty rows are skipped") {
  auto data = read("name;interests\r\nAna;\"food\r\nart; housing,  sport\"\r\n;\r\n ; \r\n");
  REQUIRE(data.members.size() == 1);
  CHECK(data.members[0].member.prefs.interests == Cells{"food", "art", "housing", "sport"});
  CHECK(data.problems.empty());
}

TEST_CASE("the field separator is detected from the header, or given") {
  CHECK(detect_delimiter("name;want;slots\nAna;Ben,Caro;x\n") == ';');
  CHECK(detect_delimiter("name\twant\nAna\tBen;Caro\n") == '\t');
  CHECK(detect_delimiter("\"a;b;c\",name\n") == ',');
  CHECK(detect_delimiter("name\n") == ',');
  CHECK(parse_delimiter("tab") == '\t');
  CHECK_THROWS_AS(parse_delimiter("|"), UsageError);
  CsvOptions o;
  o.delimiter = ',';
  // One column named "name;want": no name column.
  CHECK_THROWS_WITH_AS(read("name;want\nAna;Ben\n", o), doctest::Contains("no 'name' column"),
                       UsageError);
}

TEST_CASE("every bad row is a problem with its line, column and value") {
  auto data = read("name,looking,size\nAna,maybe,4-6\nBen,yes,12\n,,\nCaro\n,no,\n");
  REQUIRE(data.problems.size() == 4);
  CHECK(data.problems[0].line == 2);
  CHECK(data.problems[0].column == "looking");
  CHECK(data.problems[0].value == "maybe");
  CHECK(data.problems[1].line == 3);
  CHECK(data.problems[1].column == "size");
  CHECK(data.problems[2].line == 5);
  CHECK(data.problems[3].line == 6);
  CHECK(data.problems[3].message.find("no name") != std::string::npos);
  CHECK(data.members.size() == 2);  // Ana and Ben, whose problems merge_import reports
}
