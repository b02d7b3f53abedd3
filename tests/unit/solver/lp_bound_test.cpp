// The LP bound against brute force on small pools: its pricing finds the crew of largest
// reduced cost exactly, its bound is never below the optimum, and form_crews reports "optimal"
// only for partitions nothing beats.
#include "solver/lp_bound.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

#include "brute_force.hpp"
#include "domain/errors.hpp"
#include "random_instance.hpp"
#include "solver/bound.hpp"
#include "solver/pricing.hpp"
#include "solver/weights.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kAmple = std::chrono::seconds(60);

// Random pools small enough for brute force, every shape of random_instance.hpp; pools that
// cannot hold at all (build_model throws) are skipped.
template <typename Check>
void for_small_models(int count, std::uint64_t seed, Check check) {
  Rng rng(seed);
  int shapes = static_cast<int>(testing::Shape::Count);
  for (int k = 0, done = 0; done < count; ++k) {
    Instance in = testing::random_instance(rng, static_cast<testing::Shape>(k % shapes));
    if (static_cast<int>(in.people.size()) > testing::kMaxBrute) continue;
    Model m;
    try {
      m = build_model(in);
    } catch (const std::runtime_error&) {  // UsageError or Failure: no pool to bound
      continue;
    }
    CAPTURE(k);
    check(in, m, rng);
    ++done;
  }
}

double unit_duals(const Model& m, const std::vector<double>& y, unsigned mask) {
  double sum = 0;
  for (std::size_t u = 0; u < m.units.size(); ++u)
    if (mask >> m.units[u][0] & 1U) sum += y[u];
  return sum;
}

TEST_CASE("pricing finds the crew of largest reduced cost, exactly") {
  for_small_models(600, 19001, [](const Instance&, const Model& m, Rng& rng) {
    std::vector<double> y;
    for (std::size_t u = 0; u < m.units.size(); ++u)
      y.push_back(static_cast<double>(rng.below(80)) - 25.0 + rng.unit());
    double truth = -1e18;
    for (const auto& c : testing::every_crew(m))
      truth = std::max(truth, c.value - unit_duals(m, y, c.mask));
    Priced p = Pricer(m).price(y, 0.0, Clock::now() + kAmple);
    REQUIRE(p.complete);
    if (truth > 1e-9) {
      CHECK(p.best == doctest::Approx(truth));
      REQUIRE_FALSE(p.columns.empty());
      CHECK(p.columns.back().value - unit_duals(m, y,
                                                [&] {
                                                  unsigned mask = 0;
                                                  for (int x : p.columns.back().members)
                                                    mask |= 1U << x;
                                                  return mask;
                                                }()) ==
            doctest::Approx(truth));
    } else {
      CHECK(p.columns.empty());
    }
    for (const auto& c : p.columns) {
      CHECK(crew_allowed(m, c.members));
      CHECK(c.value == crew_value(m, c.members));
    }
  });
}

TEST_CASE("the LP bound is never below the best energy of any partition") {
  if (!lp_bound_built()) return;  // -DMSOL_LP_BOUND=OFF: the cheap bound only
  int converged = 0;
  for_small_models(600, 19002, [&](const Instance&, const Model& m, Rng&) {
    auto best = testing::best_by_unplaced(m);
    std::int64_t optimum = std::numeric_limits<std::int64_t>::min();
    for (std::size_t u = 0; u < best.size(); ++u)
      if (best[u] != testing::kNoPartition)
        optimum = std::max(optimum, best[u] - weights::kUnplaced * static_cast<std::int64_t>(u));
    SharedBound shared;
    LpOutcome lp = lp_bound(m, {}, Clock::now() + kAmple, shared);
    REQUIRE(lp.available);
    CHECK(lp.converged);
    converged += lp.converged ? 1 : 0;
    CHECK(lp.energy_bound >= optimum);
    CHECK(shared.bound() == lp.energy_bound);
    // Converged, the last round's bound is the LP optimum itself; earlier rounds may have
    // proved less (the crew count is an integer, so the Lagrangian bound can beat the LP).
    CHECK(lp.energy_bound <= energy_floor(lp.lp_value, 1e6));
  });
  CHECK(converged == 600);
}

// The cheap bound (each member's best crew, summed) looks only at crewmates who can share a slot
// with the member's unit under the slot rule (a member without slots fits any): random pools mix
// members with and without slots, and no partition may score above it.
TEST_CASE("the cheap bound is never below the score of any partition") {
  for_small_models(600, 19003, [&](const Instance&, const Model& m, Rng&) {
    for (int best : testing::best_by_unplaced(m))
      if (best != testing::kNoPartition) CHECK(upper_bound(m) >= best);
  });
  // A wants B, but they share no slot; C gave none. Under the slot rule B can never be A's
  // crewmate, so the bound is lower than when B shares A's slot (the old rule, which dropped
  // slots altogether once anyone gave none, made the two equal).
  Instance apart;
  apart.min_size = 2;
  apart.max_size = 3;
  apart.people = {{"A", {1}, {}, {}, {"mon"}, 2, 3},
                  {"B", {}, {}, {}, {"tue"}, 2, 3},
                  {"C", {}, {}, {}, {}, 2, 3}};
  Instance together = apart;
  together.people[1].slots = {"mon"};
  CHECK(upper_bound(build_model(apart)) < upper_bound(build_model(together)));
}

std::int64_t best_energy(const Model& m) {
  auto best = testing::best_by_unplaced(m);
  std::int64_t optimum = std::numeric_limits<std::int64_t>::min();
  for (std::size_t u = 0; u < best.size(); ++u)
    if (best[u] != testing::kNoPartition)
      optimum = std::max(optimum, best[u] - weights::kUnplaced * static_cast<std::int64_t>(u));
  return optimum;
}

TEST_CASE("branching closes the gap down to the optimum, and never below it") {
  if (!lp_bound_built()) return;  // -DMSOL_LP_BOUND=OFF: the cheap bound only
  for_small_models(400, 19005, [](const Instance&, const Model& m, Rng& rng) {
    auto optimum = best_energy(m);
    SharedBound told_optimum;  // a search that found the optimum: the tree proves it
    told_optimum.found_energy(optimum);
    CHECK(lp_bound(m, {}, Clock::now() + kAmple, told_optimum).energy_bound == optimum);
    SharedBound told_less;  // a search stuck below it: the bound must not follow
    told_less.found_energy(optimum - 1 - rng.below(20));
    CHECK(lp_bound(m, {}, Clock::now() + kAmple, told_less).energy_bound == optimum);
  });
}

TEST_CASE("the Lagrangian bound of an unfinished LP is valid too") {
  for_small_models(200, 19003, [](const Instance&, const Model& m, Rng& rng) {
    auto best = testing::best_by_unplaced(m);
    std::int64_t optimum = std::numeric_limits<std::int64_t>::min();
    for (std::size_t u = 0; u < best.size(); ++u)
      if (best[u] != testing::kNoPartition)
        optimum = std::max(optimum, best[u] - weights::kUnplaced * static_cast<std::int64_t>(u));
    std::vector<double> y;  // any duals at all, e.g. a master's early ones
    for (std::size_t u = 0; u < m.units.size(); ++u)
      y.push_back(static_cast<double>(rng.below(60)) - 10.0);
    Priced p = Pricer(m).price(y, 0.0, Clock::now() + kAmple);
    double sum = 0;
    for (double v : y) sum += v;
    double lagrange = sum + (m.n / std::max(1, m.min_size)) * std::max(0.0, p.best);
    CHECK(energy_floor(lagrange, 1e4) >= optimum);
  });
}

Options seeded(std::uint64_t seed) {
  Options o;
  o.seed = seed;
  o.deterministic = true;
  o.time_limit_seconds = 0.05;
  return o;
}

TEST_CASE("form_crews: the bound holds and 'optimal' means nothing ranks above") {
  int optimal = 0;
  for_small_models(150, 19004, [&](const Instance& in, const Model& m, Rng&) {
    Result r;
    try {
      r = form_crews(in, seeded(7));
    } catch (const Failure&) {
      return;  // no crew at all: nothing to bound
    }
    auto best = testing::best_by_unplaced(m);
    auto ours = r.unplaced.size();
    for (std::size_t u = 0; u <= ours; ++u)  // every partition that places as many or more
      if (best[u] != testing::kNoPartition) CHECK(r.bound >= best[u]);
    CHECK(r.bound >= r.score);
    if (!r.optimal) return;
    ++optimal;
    CHECK(r.bound == r.score);
    for (std::size_t u = 0; u < ours; ++u) CHECK(best[u] == testing::kNoPartition);
    CHECK(best[ours] == static_cast<int>(r.score));
  });
  if (lp_bound_built()) CHECK(optimal > 50);  // of ~150; the rest ran out of their 0.05 s
}

TEST_CASE("the search stops as soon as the bound proves its crews optimal") {
  if (!lp_bound_built()) return;  // -DMSOL_LP_BOUND=OFF: the cheap bound only
  Instance in;
  in.min_size = 3;
  in.max_size = 4;
  for (int i = 0; i < 12; ++i) {
    Person p;
    p.name = "M" + std::to_string(i);
    p.wants = {(i / 4) * 4 + (i + 1) % 4};  // three rings of four
    p.pref_min = 4;
    p.pref_max = 4;
    in.people.push_back(p);
  }
  Options o;
  o.time_limit_seconds = 30;  // no seed: without the proof it would search all of this
  Result r = form_crews(in, o);
  CHECK(r.optimal);
  CHECK(r.bound == r.score);
  CHECK(r.seconds < 10);
}

}  // namespace
}  // namespace msol::solver
