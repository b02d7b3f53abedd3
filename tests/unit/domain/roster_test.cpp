#include "domain/roster.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"

using namespace msol;

namespace {

using Names = std::vector<std::string>;

Date day(const char* iso) { return parse_date(iso, "test date"); }

Member person(std::string name, std::string invited_by = "") {
  Member m;
  m.name = std::move(name);
  m.invited_by = std::move(invited_by);
  return m;
}

// Ana founded the congregation, invited Ben, who invited Caro; Dan was invited by Ana too.
Congregation sample() {
  Congregation c;
  c.name = "Western Europe";
  c.timezone = "Europe/Berlin";
  add_member(c, person("Ana"));
  add_member(c, person("Ben", "Ana"));
  add_member(c, person("Caro", "Ben"));
  add_member(c, person("Dan", "Ana"));
  return c;
}

}  // namespace

TEST_CASE("add_member appends members in joining order") {
  auto c = sample();
  REQUIRE(c.members.size() == 4);
  CHECK(c.members[0].name == "Ana");
  CHECK(c.members[3].name == "Dan");
  CHECK(c.find("dAN") == &c.members[3]);
  CHECK(c.find("Eve") == nullptr);
  CHECK_THROWS_WITH_AS(c.get("Eve"), doctest::Contains("no member named 'Eve'"), Failure);
}

TEST_CASE("add_member refuses a name that exists in another case, leaving the roster as it was") {
  auto c = sample();
  const auto before = c.members;
  CHECK_THROWS_WITH_AS(add_member(c, person("ana")),
                       doctest::Contains("a member named 'Ana' already exists"), Failure);
  CHECK_THROWS_AS(add_member(c, person("ANA")), Failure);
  CHECK(c.members == before);

  add_member(c, person("Élodie"));
  CHECK_THROWS_AS(add_member(c, person("ÉLODIE")), Failure);
  CHECK(c.members.size() == before.size() + 1);
}

TEST_CASE("add_member refuses bad names and bad emails") {
  auto c = sample();
  const auto before = c.members;
  CHECK_THROWS_AS(add_member(c, person("Eve, Fay")), UsageError);
  CHECK_THROWS_AS(add_member(c, person("Eve\xE2\x80\x8B")), UsageError);  // zero-width space
  CHECK_THROWS_AS(add_member(c, person("")), UsageError);
  auto eve = person("Eve");
  eve.email = "eve at example.org";
  CHECK_THROWS_WITH_AS(add_member(c, eve), doctest::Contains("eve at example.org"), UsageError);
  eve.email = "eve@example.org";
  CHECK(c.members == before);
  add_member(c, eve);
  CHECK(c.get("eve").email == "eve@example.org");
}

TEST_CASE("add_member stores references as the referenced members are spelled") {
  auto c = sample();
  auto eve = person("Eve", "ana");
  eve.prefs.want = {"CARO", "ben"};
  eve.prefs.avoid = {"dan"};
  add_member(c, eve);
  const auto& stored = c.get("Eve");
  CHECK(stored.invited_by == "Ana");
  CHECK(stored.prefs.want == Names{"Caro", "Ben"});
  CHECK(stored.prefs.avoid == Names{"Dan"});
}

TEST_CASE("add_member refuses references to people who are not members, changing nothing") {
  auto c = sample();
  const auto before = c.members;
  CHECK_THROWS_WITH_AS(add_member(c, person("Eve", "Zed")),
                       doctest::Contains("names 'Zed', who is not a member"), Failure);
  auto eve = person("Eve");
  eve.prefs.want = {"Ben", "Nobody"};
  CHECK_THROWS_WITH_AS(add_member(c, eve), doctest::Contains("'Nobody'"), Failure);
  eve.prefs.want = {};
  eve.prefs.avoid = {"Nobody"};
  CHECK_THROWS_AS(add_member(c, eve), Failure);
  CHECK(c.members == before);
  CHECK(c.find("Eve") == nullptr);
}

TEST_CASE("a member cannot want, avoid or be invited by themselves") {
  auto c = sample();
  const auto before = c.members;
  auto eve = person("Eve");
  eve.prefs.want = {"eve"};
  CHECK_THROWS_WITH_AS(add_member(c, eve), doctest::Contains("themselves"), UsageError);
  eve.prefs.want = {};
  eve.prefs.avoid = {"EVE"};
  CHECK_THROWS_AS(add_member(c, eve), UsageError);
  CHECK_THROWS_AS(add_member(c, person("Eve", "Eve")), UsageError);
  CHECK(c.members == before);

  Preferences p;
  p.want = {"Ben", "ana"};
  CHECK_THROWS_WITH_AS(set_preferences(c, "Ana", p), doctest::Contains("themselves"), UsageError);
  CHECK(c.members == before);
}

TEST_CASE("wanting and avoiding the same person is refused") {
  auto c = sample();
  const auto before = c.members;
  Preferences p;
  p.want = {"Ben", "Caro"};
  p.avoid = {"caro"};
  CHECK_THROWS_WITH_AS(set_preferences(c, "Dan", p),
                       doctest::Contains("'Dan' both wants and avoids 'Caro'"), UsageError);
  CHECK(c.members == before);

  auto eve = person("Eve");
  eve.prefs = p;
  CHECK_THROWS_AS(add_member(c, eve), UsageError);
  CHECK(c.members == before);
}

TEST_CASE("a name listed twice in want is refused, even in another case") {
  auto c = sample();
  Preferences p;
  p.want = {"Ben", "BEN"};
  CHECK_THROWS_WITH_AS(set_preferences(c, "Dan", p), doctest::Contains("twice"), UsageError);
  CHECK(c.get("Dan").prefs.want.empty());
}

TEST_CASE("set_preferences keeps want order, canonicalises names and de-duplicates tags") {
  auto c = sample();
  Preferences p;
  p.want = {"caro", "ana", "BEN"};
  p.avoid = {};
  p.interests = {"food", " Food ", "art", ""};
  p.slots = {"tue-eve", "TUE-EVE", "sat-am"};
  p.size = SizeRange{4, 6};
  p.looking = false;
  set_preferences(c, "dan", p);
  const auto& d = c.get("Dan").prefs;
  CHECK(d.want == Names{"Caro", "Ana", "Ben"});
  CHECK(d.interests == Names{"food", "art"});
  CHECK(d.slots == Names{"tue-eve", "sat-am"});
  CHECK(d.size == SizeRange{4, 6});
  CHECK_FALSE(d.looking);
  CHECK_THROWS_AS(set_preferences(c, "Nobody", p), Failure);
}

TEST_CASE("edit_member rename carries through invitations, wants and avoids of others") {
  auto c = sample();
  Preferences caro;
  caro.want = {"Dan", "Ana"};
  set_preferences(c, "Caro", caro);
  Preferences dan;
  dan.avoid = {"Ana"};
  set_preferences(c, "Dan", dan);

  MemberEdit edit;
  edit.rename = "Anabel";
  CHECK(edit_member(c, "ana", edit) == "Anabel");
  CHECK(c.find("Ana") == nullptr);
  CHECK(c.members[0].name == "Anabel");
  CHECK(c.get("Ben").invited_by == "Anabel");
  CHECK(c.get("Dan").invited_by == "Anabel");
  CHECK(c.get("Caro").prefs.want == Names{"Dan", "Anabel"});
  CHECK(c.get("Dan").prefs.avoid == Names{"Anabel"});
  CHECK(invitees(c, "Anabel") == Names{"Ben", "Dan"});
}

TEST_CASE("edit_member may change only the case of a name") {
  auto c = sample();
  MemberEdit edit;
  edit.rename = "BEN";
  CHECK(edit_member(c, "Ben", edit) == "BEN");
  CHECK(c.members[1].name == "BEN");
  CHECK(c.get("Caro").invited_by == "BEN");
}

TEST_CASE("edit_member refuses a taken or malformed name and changes nothing") {
  auto c = sample();
  Preferences caro;
  caro.want = {"Ana"};
  set_preferences(c, "Caro", caro);
  const auto before = c.members;
  MemberEdit edit;
  edit.rename = "dan";
  CHECK_THROWS_WITH_AS(edit_member(c, "Ana", edit), doctest::Contains("that name is taken"),
                       Failure);
  edit.rename = "Ana;B";
  CHECK_THROWS_AS(edit_member(c, "Ana", edit), UsageError);
  // A rename that would be fine, combined with a bad email: nothing of the edit is kept.
  edit.rename = "Anabel";
  edit.email = "not-an-address";
  CHECK_THROWS_AS(edit_member(c, "Ana", edit), UsageError);
  CHECK(c.members == before);
  CHECK_THROWS_AS(edit_member(c, "Nobody", MemberEdit{}), Failure);
}

TEST_CASE("edit_member canonicalises a new inviter and refuses an invitation cycle") {
  auto c = sample();
  MemberEdit edit;
  edit.invited_by = "caro";
  CHECK(edit_member(c, "Dan", edit) == "Dan");
  CHECK(c.get("Dan").invited_by == "Caro");
  CHECK(invitation_chain(c, "Dan") == Names{"Dan", "Caro", "Ben", "Ana"});

  const auto before = c.members;
  MemberEdit cycle;
  cycle.invited_by = "Dan";  // Dan <- Caro <- Ben <- Ana <- Dan
  CHECK_THROWS_WITH_AS(edit_member(c, "Ana", cycle), doctest::Contains("circle"), UsageError);
  CHECK(c.members == before);

  MemberEdit self;
  self.invited_by = "ana";
  CHECK_THROWS_AS(edit_member(c, "Ana", self), UsageError);
  MemberEdit unknown;
  unknown.invited_by = "Zed";
  CHECK_THROWS_AS(edit_member(c, "Ana", unknown), Failure);
  CHECK(c.members == before);
}

TEST_CASE("edit_member refuses a joining date after the member left") {
  auto c = sample();
  leave_member(c, "Dan", day("2026-03-01"));
  const auto before = c.members;
  MemberEdit edit;
  edit.joined = day("2026-04-01");
  CHECK_THROWS_WITH_AS(edit_member(c, "Dan", edit), doctest::Contains("before joining"),
                       UsageError);
  CHECK(c.members == before);
  edit.joined = day("2026-01-01");
  edit_member(c, "Dan", edit);
  CHECK(c.get("Dan").joined == day("2026-01-01"));
}

TEST_CASE("leave_member records the date, refuses leaving before joining or twice") {
  auto c = sample();
  MemberEdit edit;
  edit.joined = day("2026-02-10");
  edit_member(c, "Ben", edit);

  CHECK_THROWS_WITH_AS(leave_member(c, "Ben", day("2026-02-09")),
                       doctest::Contains("comes before it"), UsageError);
  CHECK(c.get("Ben").active());
  leave_member(c, "ben", day("2026-02-10"));  // the same day is allowed
  CHECK_FALSE(c.get("Ben").active());
  CHECK(c.get("Ben").left == day("2026-02-10"));
  CHECK_THROWS_WITH_AS(leave_member(c, "Ben", day("2026-05-01")),
                       doctest::Contains("already left on 2026-02-10"), Failure);
  CHECK(c.get("Ben").left == day("2026-02-10"));
  CHECK_THROWS_AS(leave_member(c, "Nobody", day("2026-05-01")), Failure);
}

TEST_CASE("add_member refuses a member who left before joining") {
  auto c = sample();
  auto eve = person("Eve");
  eve.joined = day("2026-05-01");
  eve.left = day("2026-04-30");
  CHECK_THROWS_AS(add_member(c, eve), UsageError);
  CHECK(c.find("Eve") == nullptr);
}

TEST_CASE("invitation_chain goes up to a founder; invitees lists in joining order") {
  auto c = sample();
  CHECK(invitation_chain(c, "caro") == Names{"Caro", "Ben", "Ana"});
  CHECK(invitation_chain(c, "Ana") == Names{"Ana"});
  CHECK(invitees(c, "ANA") == Names{"Ben", "Dan"});
  CHECK(invitees(c, "Ben") == Names{"Caro"});
  CHECK(invitees(c, "Caro").empty());
  CHECK_THROWS_AS(invitation_chain(c, "Nobody"), Failure);
  CHECK_THROWS_AS(invitees(c, "Nobody"), Failure);
}

TEST_CASE("check_roster finds duplicates, cycles and dangling references") {
  auto c = sample();
  CHECK_NOTHROW(check_roster(c));

  auto dup = c;
  dup.members.push_back(person("BEN"));
  CHECK_THROWS_WITH_AS(check_roster(dup), doctest::Contains("appears twice"), UsageError);

  auto cycle = c;
  cycle.get("Ana").invited_by = "Caro";
  CHECK_THROWS_WITH_AS(check_roster(cycle), doctest::Contains("circle"), UsageError);

  auto dangling = c;
  dangling.get("Dan").prefs.want = {"Zed"};
  CHECK_THROWS_AS(check_roster(dangling), Failure);

  auto both = c;
  both.get("Dan").prefs.want = {"Ben"};
  both.get("Dan").prefs.avoid = {"Ben"};
  CHECK_THROWS_AS(check_roster(both), UsageError);
}

TEST_CASE("set_preferences stores a partner on both sides and drops it on both") {
  auto c = sample();
  Preferences p;
  p.partner = {"ben", "Caro"};
  set_preferences(c, "Ana", p);
  CHECK(c.get("Ana").prefs.partner == Names{"Ben", "Caro"});
  CHECK(c.get("Ben").prefs.partner == Names{"Ana"});
  CHECK(c.get("Caro").prefs.partner == Names{"Ana"});
  // Naming the pair again from the other side changes nothing.
  Preferences q;
  q.partner = {"Ana"};
  set_preferences(c, "Ben", q);
  CHECK(c.get("Ana").prefs.partner == Names{"Ben", "Caro"});
  // Ana keeps only Caro: Ben loses Ana as well.
  p.partner = {"Caro"};
  set_preferences(c, "Ana", p);
  CHECK(c.get("Ben").prefs.partner.empty());
  CHECK(c.get("Caro").prefs.partner == Names{"Ana"});
  // A rename follows the partner on the other side.
  MemberEdit e;
  e.rename = "Carolina";
  edit_member(c, "Caro", e);
  CHECK(c.get("Ana").prefs.partner == Names{"Carolina"});
}

TEST_CASE("a partner must be another member") {
  auto c = sample();
  Preferences p;
  p.partner = {"Zed"};
  CHECK_THROWS_AS(set_preferences(c, "Ana", p), Failure);
  p.partner = {"ana"};
  CHECK_THROWS_AS(set_preferences(c, "Ana", p), UsageError);
  CHECK(c.get("Ana").prefs.partner.empty());
}

TEST_CASE("add_member stores the normalised name and refuses a look-alike unless allowed") {
  auto c = sample();
  CHECK(add_member(c, person(" Jose\xCC\x81\xC2\xA0")) == "Jos\xC3\xA9");
  CHECK(c.members.back().name == "Jos\xC3\xA9");
  CHECK_THROWS_WITH_AS(add_member(c, person("JOSE\xCC\x81")), doctest::Contains("already exists"),
                       Failure);
  const auto before = c.members;
  CHECK_THROWS_WITH_AS(add_member(c, person("\xD0\x90na")),  // Cyrillic А
                       doctest::Contains("'Ana'"), Failure);
  CHECK(c.members == before);
  CHECK(add_member(c, person("\xD0\x90na"), true) == "\xD0\x90na");
  MemberEdit edit;
  edit.rename = "B\xD0\xB5n";  // Cyrillic е: looks like Ben
  CHECK_THROWS_WITH_AS(edit_member(c, "Dan", edit), doctest::Contains("'Ben'"), Failure);
  edit.allow_similar = true;
  CHECK(edit_member(c, "Dan", edit) == "B\xD0\xB5n");
}

TEST_CASE("tags take the spelling first seen in the congregation") {
  auto c = sample();
  Preferences p;
  p.slots = {"Tue-Eve"};
  p.interests = {"Food\xC2\xA0"};
  set_preferences(c, "Ana", p);
  p.slots = {"tue-eve", "SAT-AM"};
  p.interests = {"FOOD", "art"};
  set_preferences(c, "Ben", p);
  CHECK(c.get("Ben").prefs.slots == Names{"Tue-Eve", "SAT-AM"});
  CHECK(c.get("Ben").prefs.interests == Names{"Food", "art"});
  p.slots = {"Tue\xE2\x80\x8B-Eve"};
  CHECK_THROWS_WITH_AS(set_preferences(c, "Caro", p), doctest::Contains("U+200B"), UsageError);
}
