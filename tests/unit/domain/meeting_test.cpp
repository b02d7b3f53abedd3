#include "domain/meeting.hpp"

#include <doctest/doctest.h>

#include "domain/errors.hpp"

using namespace msol;
using Names = std::vector<std::string>;

namespace {

Date d(const char* iso) { return parse_date(iso, "test date"); }

Crew otters() {
  Crew c{"Otters", true, d("2026-11-01"), std::nullopt, {}};
  c.roster = {{"Ana", d("2026-11-01"), std::nullopt},
              {"Ben", d("2026-11-01"), d("2026-11-20")},
              {"Caro", d("2026-11-10"), std::nullopt}};
  return c;
}

Slot slot(const char* day, int hour, bool retro = false) {
  auto start = date::sys_days{d(day)} + std::chrono::hours{hour};
  return {"Otters", d(day), {hour, 0}, start, start + std::chrono::minutes{90}, retro, ""};
}

std::chrono::sys_seconds at(const char* day, int hour) {
  return date::sys_days{d(day)} + std::chrono::hours{hour};
}

std::vector<std::string> keys(const std::vector<Reminder>& rs) {
  std::vector<std::string> out;
  for (const auto& r : rs) out.push_back(r.key());
  return out;
}

}  // namespace

TEST_CASE("members on a day: founders count before the crew existed, leavers stop") {
  CHECK(members_on(otters(), d("2026-10-01")) == Names{"Ana", "Ben"});
  CHECK(members_on(otters(), d("2026-11-15")) == Names{"Ana", "Ben", "Caro"});
  CHECK(members_on(otters(), d("2026-11-20")) == Names{"Ana", "Caro"});
}

TEST_CASE("the roll: everyone present by default, or named present, or named absent") {
  Names crew{"Ana", "Ben", "Caro", "Dan"};
  auto all = take_roll(crew, {}, "Otters");
  CHECK(all.present == crew);
  auto some = take_roll(crew, {{"ana", "caro"}, {}, {"Dan"}}, "Otters");
  CHECK(some.present == Names{"Ana", "Caro"});
  CHECK(some.absent == Names{"Ben"});
  CHECK(some.excused == Names{"Dan"});
  auto missing = take_roll(crew, {{}, {"Ben"}, {}}, "Otters");
  CHECK(missing.present == Names{"Ana", "Caro", "Dan"});
  CHECK(missing.absent == Names{"Ben"});
}

TEST_CASE("the roll refuses non-members, double listings and present with absent") {
  Names crew{"Ana", "Ben", "Caro"};
  CHECK_THROWS_AS(take_roll(crew, {{"Zoe"}, {}, {}}, "Otters"), Failure);
  CHECK_THROWS_AS(take_roll(crew, {{"Ana"}, {"Ben"}, {}}, "Otters"), UsageError);
  CHECK_THROWS_AS(take_roll(crew, {{"Ana"}, {}, {"Ana"}}, "Otters"), UsageError);
  CHECK_THROWS_AS(take_roll(crew, {{"Ana", "ana"}, {}, {}}, "Otters"), UsageError);
}

TEST_CASE("a facilitator must be a present member") {
  Names crew{"Ana", "Ben"};
  auto roll = take_roll(crew, {{}, {"Ben"}, {}}, "Otters");
  CHECK(check_facilitator(roll, crew, "ana", "Otters") == "Ana");
  CHECK(check_facilitator(roll, crew, "", "Otters").empty());
  CHECK_THROWS_AS(check_facilitator(roll, crew, "Ben", "Otters"), UsageError);
  CHECK_THROWS_AS(check_facilitator(roll, crew, "Zoe", "Otters"), Failure);
}

TEST_CASE("editing a roll moves only the members named") {
  Roll roll{{"Ana", "Ben"}, {"Caro"}, {"Dan"}};
  auto edited = edit_roll(roll, {{}, {}, {"caro"}}, "Otters");
  CHECK(edited.present == Names{"Ana", "Ben"});
  CHECK(edited.absent.empty());
  CHECK(edited.excused == Names{"Dan", "Caro"});
  edited = edit_roll(roll, {{"Dan"}, {"Ben"}, {}}, "Otters");
  CHECK(edited.present == Names{"Ana", "Dan"});
  CHECK(edited.absent == Names{"Caro", "Ben"});
  CHECK(edited.excused.empty());
  CHECK(on_roll(edited) == Names{"Ana", "Dan", "Caro", "Ben"});
  CHECK(edit_roll(roll, {}, "Otters").present == roll.present);
  CHECK_THROWS_AS(edit_roll(roll, {{"Zed"}, {}, {}}, "Otters"), Failure);
  CHECK_THROWS_AS(edit_roll(roll, {{"Ana"}, {"ana"}, {}}, "Otters"), UsageError);
  CHECK_THROWS_AS(edit_roll(roll, {{}, {"Ana", "Ana"}, {}}, "Otters"), UsageError);
}

TEST_CASE("the rotation's facilitator stands by default only when present") {
  Roll roll{{"Ana", "Ben"}, {"Caro"}, {}};
  CHECK(default_facilitator("Ben", roll) == "Ben");
  CHECK(default_facilitator("Caro", roll).empty());
  CHECK(default_facilitator("", roll).empty());
}

TEST_CASE("durations") {
  CHECK(parse_duration("30m", "--within") == std::chrono::minutes{30});
  CHECK(parse_duration("12h", "--within") == std::chrono::hours{12});
  CHECK(parse_duration("2d", "--within") == std::chrono::hours{48});
  CHECK(parse_duration("1w", "--within") == std::chrono::hours{168});
  for (auto bad : {"", "d", "2", "2x", "-1d", "1.5h", "99999999999d"})
    CHECK_THROWS_AS(parse_duration(bad, "--within"), UsageError);
}

TEST_CASE("reminders: upcoming in the window, unlogged past meetings, missing retrospective") {
  RemindInput in;
  in.slots = {slot("2026-11-10", 18), slot("2026-11-17", 18), slot("2026-11-24", 18),
              slot("2026-12-01", 18, true)};
  in.logged = {{"otters", d("2026-11-10")}};
  in.now = at("2026-11-22", 12);
  in.within = std::chrono::hours{48};
  CHECK(keys(due_reminders(in)) == Names{"unlogged|otters|2026-11-17"});
  in.within = std::chrono::hours{24 * 3};
  CHECK(keys(due_reminders(in)) ==
        Names{"unlogged|otters|2026-11-17", "meeting|otters|2026-11-24"});
  in.now = at("2026-11-30", 20);
  CHECK(keys(due_reminders(in)) == Names{"unlogged|otters|2026-11-17", "unlogged|otters|2026-11-24",
                                         "retrospective|otters|2026-12-01"});
  in.now = at("2026-12-02", 0);
  in.logged.insert({"otters", d("2026-12-01")});
  auto due = due_reminders(in);
  CHECK(due.back().key() == "no-retrospective|otters|2026-12-01");
  CHECK(not_sent(due, {"unlogged|otters|2026-11-17"}).size() == due.size() - 1);
}

TEST_CASE("a meeting still running is neither upcoming nor unlogged") {
  RemindInput in{{slot("2026-11-22", 12)}, {}, at("2026-11-22", 13), std::chrono::hours{1}};
  CHECK(due_reminders(in).empty());
}

TEST_CASE("not logged and without a retrospective only after end plus the grace period") {
  // 12:00 for 90 minutes: ends 13:30; with the default 30 minutes of grace, due from 14:00.
  RemindInput in{{slot("2026-11-22", 12, true)}, {}, at("2026-11-22", 13), std::chrono::hours{1}};
  in.now += std::chrono::minutes{59};  // 13:59
  CHECK(due_reminders(in).empty());
  in.now += std::chrono::minutes{1};  // 14:00
  CHECK(keys(due_reminders(in)) ==
        Names{"unlogged|otters|2026-11-22", "no-retrospective|otters|2026-11-22"});
  in.grace = std::chrono::minutes{90};
  CHECK(due_reminders(in).empty());
  in.grace = std::chrono::minutes{0};
  in.now = at("2026-11-22", 13) + std::chrono::minutes{30};
  CHECK(due_reminders(in).size() == 2);
}
