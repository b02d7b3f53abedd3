// Which pairs shared a crew within the window, how often, and how recently.
#include "solver/history.hpp"

#include <doctest/doctest.h>

#include <string>

namespace msol::solver {
namespace {

Date day(const char* text) { return parse_date(text, "test date"); }

Crew crew(const char* name, std::vector<std::string> members, const char* created,
          const char* closed = nullptr) {
  Crew c{name, closed == nullptr, day(created), std::nullopt, {}};
  if (closed != nullptr) c.closed = day(closed);
  for (auto& m : members) c.roster.push_back({m, day(created), std::nullopt});
  return c;
}

const PoolRequest::Shared* find(const std::vector<PoolRequest::Shared>& pairs, const char* x,
                                const char* y) {
  for (const auto& p : pairs)
    if ((p.a == x && p.b == y) || (p.a == y && p.b == x)) return &p;
  return nullptr;
}

TEST_CASE("every crew shared within the window counts, open or closed, formed or by hand") {
  std::vector<Crew> crews = {
      crew("Old", {"Ana", "Ben", "Caro"}, "2025-01-01", "2025-06-01"),  // before the window
      crew("Hand", {"Ana", "Ben", "Dan"}, "2026-06-01", "2026-11-21"),  // closed 9 days ago
      crew("Now", {"Ana", "Ben", "Gil"}, "2026-11-22"),                 // open now
      crew("Edge", {"Dan", "Gil", "Ben"}, "2025-10-01", "2025-12-30"),  // ends inside the window
  };
  auto pairs = shared_history(crews, day("2026-11-30"), 12);
  CHECK(find(pairs, "Ana", "Caro") == nullptr);
  REQUIRE(find(pairs, "Ana", "Ben") != nullptr);
  CHECK(find(pairs, "Ana", "Ben")->times == 2);
  CHECK(find(pairs, "Ana", "Dan")->times == 1);
  CHECK(find(pairs, "Dan", "Gil")->times == 1);
  // Recency: together until today weighs 1, nine days ago nearly 1, near the edge about 0.5.
  CHECK(find(pairs, "Ana", "Gil")->weight == doctest::Approx(1.0));
  CHECK(find(pairs, "Ana", "Dan")->weight == doctest::Approx(0.5 + 0.5 * 356.0 / 365.0));
  CHECK(find(pairs, "Dan", "Gil")->weight == doctest::Approx(0.5 + 0.5 * 30.0 / 365.0));
  CHECK(find(pairs, "Ana", "Ben")->weight > find(pairs, "Ana", "Dan")->weight);
  CHECK(shared_history(crews, day("2026-11-30"), 1).size() == 5);  // Hand and Now only
}

TEST_CASE("members who were in one crew at different times never shared it") {
  Crew c = crew("Kitchen", {"Ana", "Ben"}, "2026-01-01");
  c.roster[0].left = day("2026-03-01");
  c.roster.push_back({"Caro", day("2026-03-01"), std::nullopt});
  c.roster.push_back({"Ana", day("2026-05-01"), std::nullopt});  // back again: still one crew
  auto pairs = shared_history({c}, day("2026-11-30"), 12);
  CHECK(find(pairs, "Ana", "Ben")->times == 1);
  CHECK(find(pairs, "Ana", "Caro")->times == 1);
  CHECK(find(pairs, "Ben", "Caro")->times == 1);
  c.roster.pop_back();
  CHECK(find(shared_history({c}, day("2026-11-30"), 12), "Ana", "Caro") == nullptr);
}

}  // namespace
}  // namespace msol::solver
