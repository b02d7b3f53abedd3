// Thousands of random and adversarial instances: no hard constraint is ever broken and nobody
// disappears; infeasible pools fail with a message naming members.
#include <doctest/doctest.h>

#include "domain/errors.hpp"
#include "invariants.hpp"
#include "random_instance.hpp"

namespace msol::solver {
namespace {

bool names_someone(const Instance& in, const std::string& message) {
  for (auto& p : in.people)
    if (message.find(p.name) != std::string::npos) return true;
  return false;
}

void solve_and_check(const Instance& in, std::uint64_t seed) {
  Options o;
  o.seed = seed;
  o.deterministic = true;
  o.time_limit_seconds = 0.0005;  // a budget of 2000 evaluated moves per thread
  try {
    testing::check_result(in, form_crews(in, o));
  } catch (const Failure& e) {
    CHECK(names_someone(in, e.what()));
  }
}

TEST_CASE("random and adversarial instances never break a hard constraint") {
  Rng rng(20261122);
  int shapes = static_cast<int>(testing::Shape::Count);
  for (int k = 0; k < 3000; ++k) {
    auto shape = static_cast<testing::Shape>(k % shapes);
    Instance in = testing::random_instance(rng, shape);
    CAPTURE(k);
    solve_and_check(in, static_cast<std::uint64_t>(k));
  }
}

}  // namespace
}  // namespace msol::solver
