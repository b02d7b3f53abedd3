#include "exchange/member_records.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/toml_reader.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

using Names = std::vector<std::string>;

Date day(const char* iso) { return parse_date(iso, "test date"); }

Congregation existing() {
  Congregation c;
  c.name = "Western Europe";
  c.timezone = "Europe/Berlin";
  for (const char* n : {"Ana", "Ben", "Caro"}) {
    Member m;
    m.name = n;
    add_member(c, m);
  }
  Preferences p;
  p.want = {"Ben", "Caro"};
  p.interests = {"food"};
  p.size = SizeRange{4, 6};
  set_preferences(c, "Ana", p);
  MemberEdit e;
  e.email = "ana@example.org";
  e.joined = day("2026-01-10");
  edit_member(c, "Ana", e);
  return c;
}

Congregation import_toml(const Congregation& c, const std::string& text, ImportSummary& s) {
  return merge_import(c, read_members_toml(text, "hosts.toml"), s);
}

template <class Error>
std::string error_of(const Congregation& c, const std::string& text) {
  ImportSummary s;
  try {
    import_toml(c, text, s);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("members may name members defined further down the same file") {
  ImportSummary s;
  auto c = import_toml(Congregation{}, R"([[member]]
name = "Ana"
want = ["caro", "BEN"]

[[member]]
name = "Ben"
invited_by = "caro"
avoid = ["ana"]

[[member]]
name = "Caro"
)",
                       s);
  CHECK(s.added == Names{"Ana", "Ben", "Caro"});
  CHECK(s.updated.empty());
  REQUIRE(c.members.size() == 3);
  CHECK(c.members[0].name == "Ana");
  CHECK(c.get("Ana").prefs.want == Names{"Caro", "Ben"});
  CHECK(c.get("Ben").invited_by == "Caro");
  CHECK(c.get("Ben").prefs.avoid == Names{"Ana"});
}

TEST_CASE("an import updates only the keys the file gives for an existing member") {
  auto before = existing();
  ImportSummary s;
  auto c = import_toml(before, R"([congregation]
timezone = "Europe/Lisbon"

[[member]]
name = "ANA"
looking = false
slots = ["sat-am"]

[[member]]
name = "Dan"
invited_by = "ana"
)",
                       s);
  CHECK(s.updated == Names{"Ana"});
  CHECK(s.added == Names{"Dan"});
  CHECK(c.name == "Western Europe");
  CHECK(c.timezone == "Europe/Lisbon");
  const auto& ana = c.get("Ana");
  CHECK(ana.name == "Ana");  // the stored spelling stays
  CHECK(ana.email == "ana@example.org");
  CHECK(ana.joined == day("2026-01-10"));
  CHECK(ana.prefs.want == Names{"Ben", "Caro"});
  CHECK(ana.prefs.interests == Names{"food"});
  CHECK(ana.prefs.size == SizeRange{4, 6});
  CHECK_FALSE(ana.prefs.looking);
  CHECK(ana.prefs.slots == Names{"sat-am"});
  CHECK(c.get("Dan").invited_by == "Ana");
  CHECK(c.members.size() == 4);
  // The congregation given in is left alone.
  CHECK(before.get("Ana").prefs.looking);
  CHECK(before.find("Dan") == nullptr);
}

TEST_CASE("an existing member's list given as empty clears it") {
  ImportSummary s;
  auto c = import_toml(existing(), "[[member]]\nname = \"Ana\"\nwant = []\n", s);
  CHECK(c.get("Ana").prefs.want.empty());
  CHECK(c.get("Ana").prefs.size == SizeRange{4, 6});
}

TEST_CASE("a member twice in one file is refused with the line of the second") {
  auto e = error_of<UsageError>(Congregation{}, R"([[member]]
name = "Ana"

[[member]]
name = "Ben"

[[member]]
name = "ana"
)");
  CHECK(e.starts_with("hosts.toml:7:"));
  CHECK(e.find("appears twice") != std::string::npos);

  // Also for a member who already existed before the import.
  e = error_of<UsageError>(existing(),
                           "[[member]]\nname = \"Ben\"\n\n[[member]]\nname = \"BEN\"\n");
  CHECK(e.starts_with("hosts.toml:4:"));
}

TEST_CASE("reference errors name the file and the line of the member") {
  auto e = error_of<Failure>(existing(), R"([[member]]
name = "Dan"

[[member]]
name = "Eve"
want = ["Dan", "Zed"]
)");
  CHECK(e.starts_with("hosts.toml:4:"));
  CHECK(e.find("'Zed'") != std::string::npos);

  e = error_of<UsageError>(existing(),
                           "[[member]]\nname = \"Ben\"\nwant = [\"Ana\"]\n"
                           "avoid = [\"ANA\"]\n");
  CHECK(e.starts_with("hosts.toml:1:"));
  CHECK(e.find("both wants and avoids") != std::string::npos);

  e = error_of<UsageError>(existing(), "[[member]]\nname = \"Ben\"\nwant = [\"Ben\"]\n");
  CHECK(e.starts_with("hosts.toml:1:"));
}

TEST_CASE("a bad name in the file is refused with its line") {
  auto e = error_of<UsageError>(Congregation{},
                                "[[member]]\nname = \"Ana\"\n\n[[member]]\n"
                                "name = \"Ben, Caro\"\n");
  CHECK(e.starts_with("hosts.toml:4:"));
  CHECK_FALSE(error_of<UsageError>(Congregation{}, "[[member]]\nname = \"\"\n").empty());
}

TEST_CASE("an invitation cycle made by an import is refused") {
  auto e = error_of<UsageError>(existing(), R"([[member]]
name = "Ana"
invited_by = "Caro"

[[member]]
name = "Caro"
invited_by = "Ana"
)");
  CHECK(e.find("circle") != std::string::npos);
}

TEST_CASE("CSV imports merge the same way, with the row's line in errors") {
  ImportSummary s;
  auto c = merge_import(
      existing(), read_members_csv("name,looking,want\nben,no,\nDan,yes,Ana;ben\n", "f.csv"), s);
  CHECK(s.updated == Names{"Ben"});
  CHECK(s.added == Names{"Dan"});
  CHECK_FALSE(c.get("Ben").prefs.looking);
  CHECK(c.get("Dan").prefs.want == Names{"Ana", "Ben"});

  ImportSummary s2;
  CHECK_THROWS_WITH_AS(
      merge_import(existing(), read_members_csv("name,avoid\nDan,\nEve,Zed\n", "f.csv"), s2),
      doctest::Contains("f.csv:3:"), Failure);
}

TEST_CASE("apply_text_field reads a value as a CSV cell gives it") {
  Member m;
  apply_text_field(m, "name", " Ana ", "column");
  apply_text_field(m, "want", "Ben; Caro;", "column");
  apply_text_field(m, "slots", "tue-eve", "column");
  apply_text_field(m, "joined", "2026-01-10", "column");
  apply_text_field(m, "left", " 2026-02-01 ", "column");
  apply_text_field(m, "size", "4-6", "column");
  apply_text_field(m, "looking", "false", "column");
  CHECK(m.name == "Ana");
  CHECK(m.prefs.want == Names{"Ben", "Caro"});
  CHECK(m.prefs.slots == Names{"tue-eve"});
  CHECK(m.joined == day("2026-01-10"));
  CHECK(m.left == day("2026-02-01"));
  CHECK(m.prefs.size == SizeRange{4, 6});
  CHECK_FALSE(m.prefs.looking);
  CHECK_THROWS_WITH_AS(apply_text_field(m, "size", "9", "column"),
                       doctest::Contains("column 'size'"), UsageError);
  CHECK_THROWS_AS(apply_text_field(m, "colour", "red", "column"), UsageError);
  CHECK(member_keys().front() == "name");
  CHECK(member_keys().size() == 12);
}

namespace {

Congregation import_csv(const Congregation& c, const std::string& text, ImportSummary& s,
                        bool replace = false) {
  return merge_import(c, read_members_csv(text, "f.csv"), s, ImportOptions{replace});
}

Congregation with_avoid_and_partner() {
  auto c = existing();
  Preferences p = c.get("Ben").prefs;
  p.avoid = {"Caro"};
  p.partner = {"Ana"};
  set_preferences(c, "Ben", p);
  return c;
}

}  // namespace

TEST_CASE("a blank cell keeps a stored avoid or partner and says so; --replace clears it") {
  ImportSummary kept;
  auto c = import_csv(with_avoid_and_partner(), "name,avoid,partner,size\nBen,,,5\n", kept);
  CHECK(c.get("Ben").prefs.avoid == Names{"Caro"});
  CHECK(c.get("Ben").prefs.partner == Names{"Ana"});
  REQUIRE(kept.kept.size() == 2);
  CHECK(kept.kept[0].find("'Ben' keeps avoiding Caro") != std::string::npos);
  CHECK(kept.kept[0].find("--replace") != std::string::npos);
  CHECK(kept.kept[1].find("'Ben' stays partnered with Ana") != std::string::npos);

  ImportSummary replaced;
  c = import_csv(with_avoid_and_partner(), "name,avoid,partner,size\nBen,,,5\n", replaced, true);
  CHECK(c.get("Ben").prefs.avoid.empty());
  CHECK(c.get("Ben").prefs.partner.empty());
  CHECK(c.get("Ana").prefs.partner.empty());  // the other side too
  CHECK(c.get("Ben").prefs.size == SizeRange{5, 5});
  CHECK(c.get("Ana").prefs.want == Names{"Ben", "Caro"});  // not a row of the file: untouched
  CHECK(replaced.kept.empty());
}

TEST_CASE("a partner named on one side is stored on both") {
  ImportSummary s;
  auto c = import_csv(existing(), "name,partner\nDan,caro\n", s);
  CHECK(c.get("Dan").prefs.partner == Names{"Caro"});
  CHECK(c.get("Caro").prefs.partner == Names{"Dan"});
  // Both rows of a couple, one blank: the pair stays, even with --replace.
  ImportSummary s2;
  c = import_csv(existing(), "name,partner\nAna,Ben\nBen,\n", s2, true);
  CHECK(c.get("Ben").prefs.partner == Names{"Ana"});
}

TEST_CASE("every problem of a file comes in one error, unknown names with a suggestion") {
  ImportSummary s;
  try {
    import_csv(existing(), "name,want,looking\nDan,Bne,maybe\nEve,Zoltan,yes\nFay,caro;Anna,no\n",
               s);
    FAIL("no error");
  } catch (const UsageError& e) {
    std::string m = e.what();
    CHECK(m.find("4 problem(s), nothing written") != std::string::npos);
    CHECK(m.find("f.csv:2: column 'looking', value 'maybe'") != std::string::npos);
    CHECK(m.find("f.csv:2: column 'want', value 'Bne': is not a member: did you mean 'Ben'?") !=
          std::string::npos);
    CHECK(m.find("f.csv:3: column 'want', value 'Zoltan': is not a member: check the spelling") !=
          std::string::npos);
    CHECK(m.find("f.csv:4: column 'want', value 'Anna': is not a member: did you mean 'Ana'?") !=
          std::string::npos);
  }
  // Only names that are not members: exit 1 (Failure), still all of them.
  CHECK_THROWS_WITH_AS(import_csv(existing(), "name,avoid\nDan,Bne\nEve,Zoltan\n", s),
                       doctest::Contains("2 problem(s)"), Failure);
}
