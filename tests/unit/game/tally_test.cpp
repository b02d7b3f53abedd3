// The reciprocity game scored by hand: every expected figure is worked out in the comments with
// the essay's default points (SPEC section 6).
#include "game/tally.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "domain/dates.hpp"
#include "domain/errors.hpp"

using namespace msol;
using namespace msol::game;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

// A crew founded long before any test date, and a member who was in it from the start.
constexpr const char* kFounded = "2000-01-01";
CrewMembership always(const char* name) { return {name, d(kFounded), std::nullopt}; }
msol::Crew founded_crew(const char* name, std::vector<CrewMembership> roster) {
  return {name, true, d(kFounded), std::nullopt, std::move(roster)};
}

const Figure& member(const Tally& t, const std::string& name) {
  auto it = std::find_if(t.members.begin(), t.members.end(),
                         [&](const MemberFigure& m) { return m.member == name; });
  REQUIRE(it != t.members.end());
  return it->figure;
}

const Figure& crew(const Tally& t, const std::string& name) {
  auto it = std::find_if(t.crews.begin(), t.crews.end(),
                         [&](const CrewFigure& c) { return c.crew == name; });
  REQUIRE(it != t.crews.end());
  return it->figure;
}

const Figure& pair(const Tally& t, const std::string& a, const std::string& b) {
  auto it = std::find_if(t.pairs.begin(), t.pairs.end(),
                         [&](const PairFigure& p) { return p.a == a && p.b == b; });
  REQUIRE(it != t.pairs.end());
  return it->figure;
}

// Crew oak (ana, ben, cai, dee, eve) meets monthly six times; ben misses the 3rd meeting and dee
// the 5th.
MeetingLog oak_log() {
  MeetingLog log;
  log.crews.push_back(founded_crew(
      "oak", {always("ana"), always("ben"), always("cai"), always("dee"), always("eve")}));
  const char* dates[] = {"2026-01-10", "2026-02-14", "2026-03-14",
                         "2026-04-11", "2026-05-09", "2026-06-13"};
  for (int i = 0; i < 6; ++i) {
    Meeting m{100 + i, "oak", d(dates[i]), {"ana", "ben", "cai", "dee", "eve"}, {}, {}};
    const char* missing = i == 2 ? "ben" : i == 4 ? "dee" : nullptr;
    if (missing) {
      std::erase(m.present, std::string(missing));
      m.absent.push_back(missing);
    }
    log.meetings.push_back(m);
  }
  return log;
}

std::vector<Event> essay_events() {
  return {
      // ana talks about her work and asks for help; ben and cai each offer something.
      Money{1, d("2026-03-20"), "ana", true, {"ben", "cai"}},
      Conflict{2, d("2026-04-20"), "ben", "cai", true},
      Conflict{3, d("2026-05-20"), "dee", "eve", false},
      // fay is not in oak, so the venture is not a crew event.
      CoOwners{4, d("2026-06-20"), "bakery", {"ana", "eve", "fay"}},
  };
}

}  // namespace

TEST_CASE("the essay scenario, scored by hand") {
  const Tally t = tally(essay_events(), oak_log(), PointValues{});

  // Consistency per member in oak: 1st meeting +1, 2nd +3, each after +5, each miss -5.
  //   ana, cai, eve attend all six:  1 + 3 + 5 + 5 + 5 + 5     = 24
  //   ben attends 5, misses the 3rd: 1 + 3 + 5 + 5 + 5 - 5     = 14
  //   dee attends 5, misses the 5th: 1 + 3 + 5 + 5 + 5 - 5     = 14
  // Money round 1: ana asked +5 and respect bonus +1 = 6; ben and cai offer +5, bonus +1 = 6 each.
  // Conflict 2 resolved: ben +10, cai +10. Conflict 3 unresolved: dee -20, eve -20.
  // Venture 4: ana, eve, fay +100 each.
  //   ana: 24 + 6 + 100 = 130, levels 2, 3, 5 positive      -> level 5
  //   ben: 14 + 6 + 10  =  30, levels 2, 3, 4 positive      -> level 4
  //   cai: 24 + 6 + 10  =  40                               -> level 4
  //   dee: 14 - 20      =  -6, level 4 is negative          -> level 3
  //   eve: 24 - 20 + 100 = 104                              -> level 5
  //   fay: 100                                              -> level 5
  REQUIRE(t.members.size() == 6);
  CHECK(member(t, "ana").points == 130);
  CHECK(member(t, "ana").level == 5);
  CHECK(member(t, "ben").points == 30);
  CHECK(member(t, "ben").level == 4);
  CHECK(member(t, "cai").points == 40);
  CHECK(member(t, "cai").level == 4);
  CHECK(member(t, "dee").points == -6);
  CHECK(member(t, "dee").level == 3);
  CHECK(member(t, "eve").points == 104);
  CHECK(member(t, "eve").level == 5);
  CHECK(member(t, "fay").points == 100);
  CHECK(member(t, "fay").level == 5);

  // Crew oak: meetings 24*3 + 14*2 = 100; money round (all in oak) 6*3 = 18; conflict 2: +20;
  // conflict 3: -40; the venture is left out (fay). 100 + 18 + 20 - 40 = 98.
  // Level: conflicts sum to -20, so the highest positive level is 3.
  REQUIRE(t.crews.size() == 1);
  CHECK(crew(t, "oak").points == 98);
  CHECK(crew(t, "oak").level == 3);

  // Pairs: (ana, ben) and (ana, cai) share the money round: 6 + 6 = 12, level 2.
  // (ben, cai) resolved: 10 + 10 = 20, level 4. (dee, eve) unresolved: -40, level 0.
  // Each pair of owners: 100 + 100 = 200, level 5. Meetings of a crew of five join no pair.
  REQUIRE(t.pairs.size() == 7);
  CHECK(pair(t, "ana", "ben").points == 12);
  CHECK(pair(t, "ana", "ben").level == 2);
  CHECK(pair(t, "ana", "cai").points == 12);
  CHECK(pair(t, "ben", "cai").points == 20);
  CHECK(pair(t, "ben", "cai").level == 4);
  CHECK(pair(t, "dee", "eve").points == -40);
  CHECK(pair(t, "dee", "eve").level == 0);
  CHECK(pair(t, "ana", "eve").points == 200);
  CHECK(pair(t, "ana", "fay").points == 200);
  CHECK(pair(t, "eve", "fay").level == 5);
}

TEST_CASE("listings are sorted by name, never by points") {
  const Tally t = tally(essay_events(), oak_log(), PointValues{});
  std::vector<std::string> names;
  for (const auto& m : t.members) names.push_back(m.member);
  CHECK(names == std::vector<std::string>{"ana", "ben", "cai", "dee", "eve", "fay"});
  CHECK(t.pairs.front().a == "ana");
  CHECK(t.pairs.front().b == "ben");
  CHECK(t.pairs.back().a == "eve");
}

TEST_CASE("every figure is the sum of the entries behind it") {
  const Tally t = tally(essay_events(), oak_log(), PointValues{});
  // ben: attended 1st (+1), 2nd (+3), missed (-5), money +5 and +1, attended 3rd (+5),
  // conflict +10, attended 4th (+5) and 5th (+5): nine entries summing to 30.
  const auto& ben = member(t, "ben");
  CHECK(ben.entries.size() == 9);
  int sum = 0;
  for (const auto& e : ben.entries) sum += e.points;
  CHECK(sum == ben.points);
  CHECK(ben.entries[2].level == Level::Consistency);
  CHECK(ben.entries[2].id == 102);
  CHECK(ben.entries[2].points == -5);
  CHECK(ben.entries[2].description == "missed oak meeting");
  CHECK(ben.entries[3].description == "offered help to ana");
  CHECK(ben.entries.back().description == "attended oak meeting (5th)");
  for (const auto& c : t.crews) {
    int crew_sum = 0;
    for (const auto& e : c.figure.entries) crew_sum += e.points;
    CHECK(crew_sum == c.figure.points);
  }
}

TEST_CASE("point values come from the settings") {
  Settings settings;
  settings.set("consistency.excused", -2);
  settings.set("points.money.ask", 7);
  PointValues v = points_from(settings);
  CHECK(v.consistency_excused == -2);
  CHECK(v.money_ask == 7);
  CHECK(v.money_offer == 5);
  // Every points.* setting fills a field: changing it changes the values.
  for (const auto& spec : kSettings) {
    if (!spec.key.starts_with("points.")) continue;
    Settings one;
    one.set(spec.key, 1234);
    CHECK_MESSAGE(points_from(one) != PointValues{}, spec.key);
  }

  // An excused absence costs 0 by default and the setting otherwise.
  MeetingLog log;
  log.crews.push_back(founded_crew("elm", {always("ana"), always("ben"), always("cai")}));
  log.meetings.push_back(Meeting{1, "elm", d("2026-01-05"), {"ana", "ben"}, {}, {"cai"}});
  CHECK(member(tally({}, log, PointValues{}), "cai").points == 0);
  CHECK(member(tally({}, log, v), "cai").points == -2);
}

TEST_CASE("a partnership earns the meetings both attended") {
  // gil and hal are a crew of two: 1st meeting +1 each, 2nd +3 each; the 3rd hal misses:
  // gil +5, hal -5. Pair: meetings both attended only: (1 + 1) + (3 + 3) = 8, level 3.
  MeetingLog log;
  log.crews.push_back(founded_crew("duo", {always("gil"), always("hal")}));
  log.meetings = {Meeting{1, "duo", d("2026-01-01"), {"gil", "hal"}, {}, {}},
                  Meeting{2, "duo", d("2026-02-01"), {"hal", "gil"}, {}, {}},
                  Meeting{3, "duo", d("2026-03-01"), {"gil"}, {"hal"}, {}}};
  const Tally t = tally({}, log, PointValues{});
  CHECK(member(t, "gil").points == 9);
  CHECK(member(t, "hal").points == -1);
  CHECK(crew(t, "duo").points == 8);
  REQUIRE(t.pairs.size() == 1);
  CHECK(pair(t, "gil", "hal").points == 8);
  CHECK(pair(t, "gil", "hal").level == 3);
}

TEST_CASE("a listening circle counts for members and crews, not pairs") {
  // Three in a circle: +1 each. All three are in elm, so elm gets 3.
  MeetingLog log;
  log.crews.push_back(founded_crew("elm", {always("ana"), always("ben"), always("cai")}));
  const Tally t = tally({Listening{9, d("2026-02-02"), {"ana", "ben", "cai"}}}, log, PointValues{});
  CHECK(member(t, "ben").points == 1);
  CHECK(member(t, "ben").level == 1);
  CHECK(crew(t, "elm").points == 3);
  CHECK(t.pairs.empty());
}

TEST_CASE("a member who left is still tallied") {
  // dee leaves oak on 2026-04-01: the rolls from then on do not name her, and a money round
  // with her after she left is no longer an oak event.
  MeetingLog log;
  log.crews.push_back(
      founded_crew("oak", {always("ana"), always("ben"), {"dee", d(kFounded), d("2026-04-01")}}));
  log.meetings = {Meeting{1, "oak", d("2026-03-01"), {"ana", "ben", "dee"}, {}, {}},
                  Meeting{2, "oak", d("2026-04-05"), {"ana", "ben"}, {}, {}}};
  const std::vector<Event> events{Money{5, d("2026-03-10"), "dee", false, {"ana"}},
                                  Money{6, d("2026-05-10"), "dee", false, {"ben"}}};
  const Tally t = tally(events, log, PointValues{});
  // dee: meeting +1, two rounds as focus who did not ask: bonus +1 each = 3.
  CHECK(member(t, "dee").points == 3);
  // oak: meetings (1 + 1 + 1) + (3 + 3) = 9, plus round 5 (dee 1, ana 6) = 16; round 6 not.
  CHECK(crew(t, "oak").points == 16);
}

TEST_CASE("--since leaves out what came before, without resetting the meeting count") {
  MeetingLog log = oak_log();
  // Since 2026-04-01: events 2, 3, 4 and meetings 4, 5, 6 remain.
  // ana: meetings 4-6 are her 4th-6th: 5 + 5 + 5 = 15; venture 100 -> 115.
  // ben: 4th-6th attended (his 3rd-5th): 5 + 5 + 5 = 15; conflict +10 -> 25.
  const Tally t = tally(essay_events(), log, PointValues{}, d("2026-04-01"));
  CHECK(member(t, "ana").points == 115);
  CHECK(member(t, "ben").points == 25);
  // The money round of 2026-03-20 is gone, and with it the (ana, ben) pair.
  CHECK(std::none_of(t.pairs.begin(), t.pairs.end(),
                     [](const PairFigure& p) { return p.a == "ana" && p.b == "ben"; }));
}

TEST_CASE("a closed crew's meetings still count") {
  MeetingLog log;
  log.crews.push_back(msol::Crew{"old",
                                 false,
                                 d("2025-01-01"),
                                 d("2025-06-01"),
                                 {{"ana", d("2025-01-01"), d("2025-06-01")},
                                  {"ben", d("2025-01-01"), d("2025-06-01")},
                                  {"cai", d("2025-01-01"), d("2025-06-01")}}});
  log.meetings = {Meeting{1, "old", d("2025-02-01"), {"ana", "ben", "cai"}, {}, {}}};
  const Tally t = tally({}, log, PointValues{});
  CHECK(member(t, "ana").points == 1);
  CHECK(crew(t, "old").points == 3);
}

TEST_CASE("bad input is refused with a message that says why") {
  const MeetingLog none;
  const PointValues v;
  auto refuses = [&](Event e, const char* why) {
    CHECK_THROWS_WITH_AS(tally({e}, none, v), doctest::Contains(why), UsageError);
  };
  refuses(Conflict{1, d("2026-01-01"), "ana", "ana", true}, "with themselves");
  refuses(CoOwners{2, d("2026-01-01"), "bakery", {"ana"}}, "at least 2 owners");
  refuses(Money{3, d("2026-01-01"), "ana", true, {"ben", "ana"}}, "cannot also offer");
  refuses(Money{4, d("2026-01-01"), "ana", true, {}}, "no offers");
  refuses(Listening{5, d("2026-01-01"), {"ana"}}, "at least 2 people");
  refuses(Listening{6, d("2026-01-01"), {"ana", "ben", "ana"}}, "'ana' twice");
  refuses(CoOwners{7, d("2026-01-01"), "bakery", {"ana", ""}}, "empty member name");

  MeetingLog log;
  log.crews.push_back(founded_crew("elm", {always("ana"), always("ben")}));
  log.meetings = {Meeting{8, "elm", d("2026-01-01"), {"ana"}, {"ana"}, {}}};
  CHECK_THROWS_WITH_AS(tally({}, log, v), doctest::Contains("'ana' twice"), UsageError);
  log.meetings = {Meeting{9, "ash", d("2026-01-01"), {"ana"}, {}, {}}};
  CHECK_THROWS_WITH_AS(tally({}, log, v), doctest::Contains("crew 'ash'"), UsageError);
}

TEST_CASE("a meeting before the crew was entered counts for its founders everywhere") {
  // duo was entered on 2026-03-01 and back-filled with a meeting on 2026-02-20: `meet log` took
  // the roll from the founders (msol::members_on), so the tally counts it for the pair and the
  // crew, and a circle of the two that day is held within the crew.
  MeetingLog log;
  log.crews.push_back(
      msol::Crew{"duo",
                 true,
                 d("2026-03-01"),
                 std::nullopt,
                 {{"gil", d("2026-03-01"), std::nullopt}, {"hal", d("2026-03-01"), std::nullopt}}});
  log.meetings = {Meeting{1, "duo", d("2026-02-20"), {"gil", "hal"}, {}, {}}};
  const Tally t = tally({Listening{2, d("2026-02-20"), {"gil", "hal"}}}, log, PointValues{});
  CHECK(pair(t, "gil", "hal").points == 2);  // the meeting only: a circle is not a pair's
  CHECK(crew(t, "duo").points == 2 + 2);     // the meeting and the circle
}
