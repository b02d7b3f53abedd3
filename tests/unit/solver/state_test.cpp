// The incremental energy always equals a full recomputation.
#include "solver/state.hpp"

#include <doctest/doctest.h>

#include "random_instance.hpp"
#include "solver/construct.hpp"
#include "solver/model.hpp"

namespace msol::solver {
namespace {

TEST_CASE("incremental moves keep the energy exact") {
  Rng rng(5);
  int checked = 0;
  while (checked < 200) {
    Instance in = testing::random_instance(rng, testing::Shape::Mixed);
    in.min_size = 1 + rng.below(3);
    in.max_size = in.min_size + 4;
    in.together.clear();
    if (static_cast<int>(in.people.size()) < in.min_size) continue;
    Model m = build_model(in);
    State s(m, crew_slots(m));
    for (int step = 0; step < 300; ++step) {
      int u = rng.below(static_cast<int>(m.units.size()));
      int c = rng.below(s.crew_slots() + 1);
      if (c != s.crew_of(u)) s.move(u, c);
      REQUIRE(s.energy() == s.recompute_energy());
    }
    ++checked;
  }
}

}  // namespace
}  // namespace msol::solver
