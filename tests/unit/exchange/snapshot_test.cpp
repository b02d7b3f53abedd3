// The export's history tables (crews, rhythms, meetings, retros, events, reminders, settings):
// written and read back unchanged, in TOML and JSON; redaction; and bad history refused with a
// line.
#include "exchange/snapshot.hpp"

#include <doctest/doctest.h>

#include <string>

#include "domain/errors.hpp"
#include "exchange/export.hpp"
#include "exchange/history_check.hpp"
#include "exchange/member_records.hpp"
#include "exchange/toml_reader.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

Date day(const char* iso) { return parse_date(iso, "test date"); }

Snapshot sample() {
  Snapshot s;
  auto& c = s.congregation;
  c.name = "Full House";
  c.timezone = "Europe/Berlin";
  for (const char* n : {"Ana", "Ben", "Caro", "Zoë"}) {
    Member m;
    m.name = n;
    c.members.push_back(m);
  }
  auto& h = s.history;
  h.settings = {{"points.money.offer", "7"}, {"formation.history_months", "6"}};
  h.formations.push_back({day("2026-10-20"), -42, 12.5, 0.1 + 0.2, 0});
  Crew hearth{
      "Hearth",
      false,
      day("2026-10-20"),
      day("2026-12-20"),
      {{"Ana", day("2026-10-20"), std::nullopt}, {"Zoë", day("2026-10-20"), day("2026-11-01")}}};
  h.crews.push_back({hearth, 1, 0});
  RhythmRecord r;
  r.crew = "Hearth";
  r.cadence = "first-tuesday";
  r.from = day("2026-11-03");
  r.until = day("2027-03-02");
  r.at = {19, 0};
  r.duration = 90;
  r.rotate = true;
  r.postponed = 1;
  r.first_facilitator = "Zoë";
  r.active = false;
  r.created = day("2026-10-21");
  r.skipped = {day("2026-12-01")};
  r.moved = {{day("2027-01-05"), day("2027-01-06"), TimeOfDay{18, 30}}};
  h.rhythms.push_back(r);
  h.meetings.push_back({7,
                        "Hearth",
                        day("2026-11-03"),
                        false,
                        "Ana",
                        "kitchen \"talk\"\nline 2",
                        {"Ana"},
                        {"Zoë"},
                        {},
                        0});
  h.retros.push_back({"Hearth", 1, day("2027-03-03"), "stop", "we showed up", "", 3, "Ana", 0});
  h.events.push_back({game::Listening{3, day("2026-11-05"), {"Ana", "Ben"}}, 0});
  h.events.push_back({game::Money{4, day("2026-11-06"), "Ana", true, {"Ben", "Caro"}}, 0});
  h.events.push_back({game::Conflict{9, day("2026-11-07"), "Ben", "Caro", false}, 0});
  h.events.push_back({game::CoOwners{10, day("2026-11-08"), "Tool library", {"Ana", "Zoë"}}, 0});
  h.reminders.push_back({"meeting|hearth|2026-11-03", "2026-11-02 19:00", 0});
  return s;
}

// What an import of `text` gives back, as a snapshot to export again.
Snapshot read_back(const std::string& text) {
  auto data = text.starts_with("{") ? read_members_json(text, "export.json")
                                    : read_members_toml(text, "export.toml");
  ImportSummary summary;
  auto c = merge_import(Congregation{}, data, summary);
  check_history(c, data.history, "export.toml");
  return {c, data.history};
}

}  // namespace

TEST_CASE("every history table survives a TOML round trip byte for byte") {
  auto text = export_snapshot(sample(), Format::Toml);
  for (const char* table : {"[settings]", "[[formation]]", "[[crew]]", "[[rhythm]]", "[[meeting]]",
                            "[[retro]]", "[[event]]", "[[reminder]]"})
    CHECK(text.find(table) != std::string::npos);
  auto back = read_back(text);
  CHECK(export_snapshot(back, Format::Toml) == text);
  REQUIRE(back.history.rhythms.size() == 1);
  CHECK(back.history.rhythms[0].moved[0].time == TimeOfDay{18, 30});
  CHECK(back.history.formations[0].bound == 0.1 + 0.2);
  CHECK(back.history.formations[0].seed == -42);
  CHECK(game::event_id(back.history.events[2].event) == 9);
}

TEST_CASE("every history table survives a JSON round trip") {
  auto json = export_snapshot(sample(), Format::Json);
  auto back = read_back(json);
  CHECK(export_snapshot(back, Format::Json) == json);
  CHECK(export_snapshot(back, Format::Toml) == export_snapshot(sample(), Format::Toml));
}

TEST_CASE("a congregation without history exports as before: no empty history tables") {
  auto s = sample();
  s.history = {};
  auto text = export_snapshot(s, Format::Toml);
  CHECK(text.find("[[crew]]") == std::string::npos);
  CHECK(text.find("[settings]") == std::string::npos);
  CHECK(text == export_congregation(s.congregation, Format::Toml));
}

TEST_CASE("redacted leaves out notes, money rounds and conflicts, and keeps the rest") {
  auto r = redacted(sample());
  CHECK(r.history.meetings.at(0).note.empty());
  REQUIRE(r.history.events.size() == 2);
  CHECK(std::holds_alternative<game::Listening>(r.history.events[0].event));
  CHECK(std::holds_alternative<game::CoOwners>(r.history.events[1].event));
  auto text = export_snapshot(r, Format::Toml);
  CHECK(text.find("kitchen") == std::string::npos);
  CHECK(text.find("'money'") == std::string::npos);
}

TEST_CASE("unknown tables and keys, missing keys and wrong kinds are refused with their line") {
  CHECK_THROWS_WITH_AS(
      read_members_toml("[[member]]\nname = \"A\"\n\n[[crews]]\nname = \"X\"\n", "f.toml"),
      doctest::Contains("f.toml:4: unknown table 'crews'"), UsageError);
  CHECK_THROWS_WITH_AS(read_members_toml("[congregation]\nname = \"X\"\nmotto = \"y\"\n", "f.toml"),
                       doctest::Contains("f.toml:3: unknown key 'motto'"), UsageError);
  CHECK_THROWS_WITH_AS(read_members_toml("[[crew]]\nname = \"X\"\n", "f.toml"),
                       doctest::Contains("f.toml:1: a [[crew]] has no 'created'"), UsageError);
  CHECK_THROWS_WITH_AS(
      read_members_toml("[[crew]]\nname = \"X\"\ncreated = 2026-01-01\nstatus = \"asleep\"\n",
                        "f.toml"),
      doctest::Contains("f.toml:4:"), UsageError);
  CHECK_THROWS_WITH_AS(
      read_members_toml("[[event]]\nid = 1\nkind = \"money\"\ndate = 2026-01-01\nwith = [\"A\"]\n",
                        "f.toml"),
      doctest::Contains("f.toml:5: 'with' does not belong to a money event"), UsageError);
  CHECK_THROWS_WITH_AS(
      read_members_toml("[[event]]\nid = 1\nkind = \"listening\"\ndate = 2026-01-01\nwith = []\n",
                        "f.toml"),
      doctest::Contains("f.toml:1:"), UsageError);
  CHECK_THROWS_WITH_AS(read_members_toml("[settings]\ntimezone = \"UTC\"\n", "f.toml"),
                       doctest::Contains("f.toml:2:"), UsageError);
  // Settings are checked against the typed table at their line, whichever way they are written.
  CHECK_THROWS_WITH_AS(
      read_members_toml("[settings]\n\"formation.history_months\" = \"many\"\n", "f.toml"),
      doctest::Contains("f.toml:2: 'many' is not a valid value for formation.history_months: it "
                        "must be a whole number of months from 1 to 120"),
      UsageError);
  CHECK_THROWS_WITH_AS(
      read_members_json(R"({"settings": {"remind.grace_minutes": 2000}})", "f.json"),
      doctest::Contains("f.json:1:39: /settings/remind.grace_minutes: "
                        "remind.grace_minutes cannot be 2000"),
      UsageError);
  CHECK_THROWS_WITH_AS(read_members_toml("[settings]\n\"no.such\" = 1\n", "f.toml"),
                       doctest::Contains("f.toml:2: unknown setting 'no.such'"), UsageError);
  CHECK(read_members_toml("[settings]\n\"journal.keep_days\" = 30\n", "f.toml").history.settings ==
        std::map<std::string, std::string>{{"journal.keep_days", "30"}});
}

TEST_CASE("history naming an unknown member, crew, rhythm or a repeated id is refused") {
  auto s = sample();
  auto text = export_snapshot(s, Format::Toml);
  auto data = read_members_toml(text, "e.toml");
  auto without_zoe = s.congregation;
  without_zoe.members.pop_back();
  CHECK_THROWS_WITH_AS(check_history(without_zoe, data.history, "e.toml"),
                       doctest::Contains("'Zoë' is not a member"), Failure);
  auto h = data.history;
  h.meetings[0].crew = "Nowhere";
  CHECK_THROWS_WITH_AS(check_history(s.congregation, h, "e.toml"),
                       doctest::Contains("'Nowhere' is not a crew"), Failure);
  h = data.history;
  h.retros[0].rhythm = 2;
  CHECK_THROWS_WITH_AS(check_history(s.congregation, h, "e.toml"), doctest::Contains("rhythm = 2"),
                       Failure);
  h = data.history;
  h.events.push_back(h.events[0]);
  CHECK_THROWS_WITH_AS(check_history(s.congregation, h, "e.toml"),
                       doctest::Contains("event id 3 appears twice"), Failure);
}
