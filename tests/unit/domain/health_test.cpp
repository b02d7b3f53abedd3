// msol status judged by hand: each warning of SPEC section 7 and issue 5 item 4, and the counts.
#include "domain/health.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace msol;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

Member member(std::string name, bool looking = true) {
  Member m;
  m.name = std::move(name);
  m.prefs.looking = looking;
  return m;
}

Crew crew(std::string name, const std::vector<std::string>& members, bool open = true) {
  Crew c{std::move(name), open, d("2026-01-01"), std::nullopt, {}};
  if (!open) c.closed = d("2026-06-01");
  for (const auto& m : members) c.roster.push_back({m, d("2026-01-01"), std::nullopt});
  return c;
}

// A meeting on `day` that is over, grace period included, at 20:00 UTC.
HeldMeeting held(const char* day) {
  return {d(day), date::sys_days{d(day)} + std::chrono::hours{20}};
}

HealthInput small() {
  HealthInput in;
  for (const char* n : {"Ana", "Ben", "Caro", "Dee", "Eve"})
    in.congregation.members.push_back(member(n));
  in.congregation.members.push_back(member("Gus", false));
  in.crews.push_back(crew("Otters", {"Ana", "Ben", "Caro"}));
  in.now = date::sys_days{d("2026-11-22")};
  return in;
}

std::vector<std::string> kinds(const Health& h) {
  std::vector<std::string> out;
  for (const auto& w : h.warnings) out.push_back(w.kind);
  return out;
}

bool has(const Health& h, const std::string& kind) {
  auto k = kinds(h);
  return std::find(k.begin(), k.end(), kind) != k.end();
}

}  // namespace

TEST_CASE("unplaced members are the active, looking ones in no open crew") {
  auto in = small();
  in.congregation.members[3].left = d("2026-05-01");  // Dee left: neither counted nor unplaced
  in.crews.push_back(crew("Old", {"Eve", "Ana", "Ben"}, false));  // a closed crew places nobody
  const auto h = assess(in);
  CHECK(h.members == 5);
  CHECK(h.left == 1);
  CHECK(h.unplaced == std::vector<std::string>{"Eve"});
  CHECK(h.not_looking == std::vector<std::string>{"Gus"});
  CHECK(h.crews == 1);
  CHECK(kinds(h) == std::vector<std::string>{"no-crew"});
}

TEST_CASE("the trust band: past 100 think about splitting, past 200 beyond trust") {
  HealthInput in;
  for (int i = 0; i < 100; ++i)
    in.congregation.members.push_back(member("m" + std::to_string(i), false));
  CHECK(assess(in).band == "30-100");
  CHECK_FALSE(has(assess(in), "size"));
  in.congregation.members.push_back(member("one more", false));
  CHECK(assess(in).band == "past 100");
  CHECK(assess(in).warnings.front().message.find("past 100") != std::string::npos);
  for (int i = 0; i < 100; ++i)
    in.congregation.members.push_back(member("n" + std::to_string(i), false));
  CHECK(assess(in).band == "past 200");
  CHECK(assess(in).warnings.front().message.find("beyond what trust can hold") !=
        std::string::npos);
  in.congregation.members.resize(12);
  CHECK(assess(in).band == "below 30");
}

TEST_CASE("an open crew outside 3-8 is a warning; a closed one is history") {
  auto in = small();
  in.crews.push_back(crew("Duo", {"Dee", "Eve"}));
  in.crews.push_back(crew("OldDuo", {"Gus", "Eve"}, false));
  const auto h = assess(in);
  CHECK(kinds(h) == std::vector<std::string>{"crew-size"});
  CHECK(h.warnings[0].message.find("'Duo'") != std::string::npos);
}

TEST_CASE("past meetings not logged and a commitment ended without retrospective") {
  auto in = small();
  in.commitments.push_back(
      {"Otters", {held("2026-11-03"), held("2026-11-10"), held("2026-11-17")}, false});
  in.meetings.push_back({"otters", d("2026-11-03"), 3, 0, 0});  // names compare case-insensitively
  auto h = assess(in);
  REQUIRE(kinds(h) == std::vector<std::string>{"no-crew", "unlogged-meeting", "no-retrospective"});
  CHECK(h.warnings[1].message.find("2 past meetings not logged (2026-11-10, 2026-11-17)") !=
        std::string::npos);
  CHECK(h.warnings[2].message.find("ended on 2026-11-17") != std::string::npos);

  // A meeting is late from its end plus the grace period on (held(): 20:00), not before.
  in.now = held("2026-11-17").due - std::chrono::seconds{1};
  h = assess(in);
  CHECK(h.warnings[1].message.find("(2026-11-10)") != std::string::npos);
  CHECK_FALSE(has(h, "no-retrospective"));
  in.now += std::chrono::seconds{1};
  h = assess(in);
  CHECK(h.warnings[1].message.find("(2026-11-10, 2026-11-17)") != std::string::npos);
  CHECK(has(h, "no-retrospective"));

  in.now = date::sys_days{d("2026-11-22")};
  in.commitments[0].reviewed = true;
  CHECK_FALSE(has(assess(in), "no-retrospective"));
}

TEST_CASE("attendance per open crew and reciprocity levels of active members") {
  auto in = small();
  in.crews.push_back(crew("Bees", {"Dee", "Eve", "Gus"}));
  in.meetings.push_back({"Otters", d("2026-11-03"), 3, 0, 0});
  in.meetings.push_back({"Otters", d("2026-11-10"), 1, 1, 1});
  in.levels = {{"Ana", 5}, {"Ben", 2}, {"Caro", 2}, {"Gone", 4}};
  const auto h = assess(in);
  REQUIRE(h.attendance.size() == 2);
  CHECK(h.attendance[0].crew == "Bees");
  CHECK(h.attendance[0].rate() == 0.0);
  CHECK(h.attendance[1].meetings == 2);
  // 4 present of 6 on the rolls.
  CHECK(h.attendance[1].rate() == doctest::Approx(4.0 / 6));
  // Dee, Eve, Gus have none; "Gone" is not an active member and is not counted.
  CHECK(h.levels == std::array<int, 6>{3, 0, 2, 0, 0, 1});
}
