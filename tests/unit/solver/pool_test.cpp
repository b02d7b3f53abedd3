// Partners in build_pool: pinned like --together when both are in the pool, nothing otherwise.
#include "solver/pool.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "domain/roster.hpp"

namespace msol::solver {
namespace {

Congregation people(std::initializer_list<const char*> names) {
  Congregation c;
  for (const char* n : names) {
    Member m;
    m.name = n;
    add_member(c, m);
  }
  return c;
}

void partner(Congregation& c, const char* a, std::vector<std::string> b) {
  Preferences p = c.get(a).prefs;
  p.partner = std::move(b);
  set_preferences(c, a, p);
}

std::vector<std::string> names(const Pool& pool, const std::vector<int>& group) {
  std::vector<std::string> out;
  for (int i : group) out.push_back(pool.names[static_cast<std::size_t>(i)]);
  return out;
}

}  // namespace

TEST_CASE("partners both in the pool are pinned together, chained partners as one group") {
  auto c = people({"Ana", "Ben", "Caro", "Dan", "Eve", "Fay"});
  partner(c, "Ana", {"Ben"});
  partner(c, "Caro", {"Ben"});
  partner(c, "Eve", {"Fay"});
  PoolRequest r;
  r.history = {{"Ana", "Caro", 2}, {"Ana", "Dan", 1}};
  auto pool = build_pool(c, r);
  REQUIRE(pool.instance.together.size() == 2);
  CHECK(names(pool, pool.instance.together[0]) == std::vector<std::string>{"Ana", "Ben", "Caro"});
  CHECK(names(pool, pool.instance.together[1]) == std::vector<std::string>{"Eve", "Fay"});
  // Partners' shared past is no mix to freshen: only Ana and Dan's stays.
  REQUIRE(pool.instance.history.size() == 1);
  CHECK(pool.names[static_cast<std::size_t>(pool.instance.history[0].b)] == "Dan");
}

TEST_CASE("a partner outside the pool pins nothing and fails nothing") {
  auto c = people({"Ana", "Ben", "Caro", "Dan"});
  partner(c, "Ana", {"Ben"});
  PoolRequest r;
  r.present = std::vector<std::string>{"Ana", "Caro", "Dan"};
  auto pool = build_pool(c, r);
  CHECK(pool.instance.together.empty());
}

TEST_CASE("partners who avoid each other, or too many for --max, exit 1 naming them") {
  auto c = people({"Ana", "Ben", "Caro", "Dan"});
  partner(c, "Ana", {"Ben", "Caro"});
  PoolRequest small;
  small.min_size = 2;
  small.max_size = 2;
  small.force_size = true;
  CHECK_THROWS_WITH_AS(build_pool(c, small),
                       doctest::Contains("partners Ana, Ben, Caro must share a crew"), Failure);
  Preferences p = c.get("Caro").prefs;
  p.avoid = {"Ben"};
  set_preferences(c, "Caro", p);
  CHECK_THROWS_WITH_AS(build_pool(c, PoolRequest{}), doctest::Contains("Caro avoids Ben"), Failure);
}

}  // namespace msol::solver
