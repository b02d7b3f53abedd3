// The tie graph of `msol split --suggest`: wants, shared crews and game events, by hand.
#include "game/ties.hpp"

#include <doctest/doctest.h>

using namespace msol;
using namespace msol::game;

namespace {

Date d(const char* text) { return parse_date(text, "test date"); }

Member member(std::string name, std::vector<std::string> want = {}) {
  Member m;
  m.name = std::move(name);
  m.prefs.want = std::move(want);
  return m;
}

std::int64_t weight(const SplitInput& in, const std::string& a, const std::string& b) {
  for (const auto& t : in.ties)
    if ((t.a == a && t.b == b) || (t.a == b && t.b == a)) return t.weight;
  return 0;
}

}  // namespace

TEST_CASE("ties add up wants, shared crews and events; members who left are out") {
  Congregation c;
  c.members = {member("Ana", {"ben", "Caro"}), member("Ben", {"Ana"}), member("Caro"),
               member("Dee", {"Ana"})};
  c.members.push_back(member("Gone", {"Ana"}));
  c.members.back().left = d("2026-01-01");
  std::vector<msol::Crew> crews = {
      {"Old",
       false,
       d("2025-01-01"),
       d("2025-06-01"),
       {{"Caro", d("2025-01-01"), std::nullopt},
        {"Dee", d("2025-01-01"), std::nullopt},
        {"Gone", d("2025-01-01"), std::nullopt}}},
      {"Now",
       true,
       d("2026-01-01"),
       std::nullopt,
       {{"Ana", d("2026-01-01"), std::nullopt}, {"Caro", d("2026-01-01"), std::nullopt}}}};
  std::vector<Event> events = {Money{1, d("2026-02-01"), "Ana", true, {"Dee", "Caro"}},
                               Conflict{2, d("2026-02-02"), "Ben", "Dee", false}};
  const auto in = split_input(c, crews, events);

  CHECK(in.members == std::vector<std::string>{"Ana", "Ben", "Caro", "Dee"});
  // Ana-Ben: mutual want, counted once: 3.
  CHECK(weight(in, "Ana", "Ben") == 3);
  // Ana-Caro: one-way want 1 + crew Now 2 + money offer 1 = 4.
  CHECK(weight(in, "Ana", "Caro") == 4);
  // Ana-Dee: Dee's one-way want 1 + money offer 1 = 2.
  CHECK(weight(in, "Ana", "Dee") == 2);
  // Caro-Dee: crew Old 2; offerers of one round are not tied to each other.
  CHECK(weight(in, "Caro", "Dee") == 2);
  // Ben-Dee: a conflict is a tie, even unresolved.
  CHECK(weight(in, "Ben", "Dee") == 1);
  CHECK(weight(in, "Ana", "Gone") == 0);
  // Only the open crew stays whole.
  CHECK(in.crews == std::vector<std::vector<std::string>>{{"Ana", "Caro"}});
}

TEST_CASE("cut ties are the ties across the halves") {
  SplitInput in{{"a", "b", "c", "d"}, {}, {{"a", "b", 2}, {"c", "d", 1}, {"b", "c", 5}}};
  SplitResult r;
  r.halves = {std::vector<std::string>{"a", "b"}, std::vector<std::string>{"c", "d"}};
  const auto cut = cut_ties(in, r);
  REQUIRE(cut.size() == 1);
  CHECK(cut[0].a == "b");
  CHECK(cut[0].b == "c");
  CHECK(cut[0].weight == 5);
}
