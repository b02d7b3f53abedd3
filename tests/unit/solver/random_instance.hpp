#pragma once
// Random and adversarial instances for the solver's property tests.
#include <string>

#include "solver/formation.hpp"
#include "solver/rng.hpp"

namespace msol::solver::testing {

enum class Shape {
  Mixed,         // a bit of everything
  AllAvoidOne,   // everyone avoids person 0
  NoCommonSlot,  // everyone gave one slot of their own
  Tiny,          // pools of 1 or 2
  AllWantOne,    // everyone wants person 0
  Pins,          // several pinned groups, some overlapping
  DenseAvoids,   // half of all pairs avoid each other
  Count
};

inline Instance random_instance(Rng& rng, Shape shape) {
  Instance in;
  int n = shape == Shape::Tiny ? 1 + rng.below(2) : 1 + rng.below(16);
  in.min_size = 1 + rng.below(4);
  in.max_size = in.min_size + rng.below(5);
  bool slots = rng.below(3) > 0;
  for (int i = 0; i < n; ++i) {
    Person p;
    p.name = "P" + std::to_string(i);
    for (int k = rng.below(4); k > 0; --k) p.wants.push_back(rng.below(n));
    if (rng.below(8) == 0 || shape == Shape::DenseAvoids)
      for (int k = 0; k < n; ++k)
        if (shape != Shape::DenseAvoids || rng.below(2)) p.avoids.push_back(rng.below(n));
    for (int k = rng.below(3); k > 0; --k)
      p.interests.push_back("i" + std::to_string(rng.below(4)));
    if (shape == Shape::NoCommonSlot) p.slots.push_back("own" + std::to_string(i));
    if (shape != Shape::NoCommonSlot && (slots || rng.below(4) == 0))
      for (int k = 1 + rng.below(2); k > 0; --k)
        p.slots.push_back("s" + std::to_string(rng.below(3)));
    p.pref_min = in.min_size + rng.below(2);
    p.pref_max = std::max(p.pref_min, in.max_size - rng.below(2));
    if (shape == Shape::AllAvoidOne && i > 0) p.avoids.push_back(0);
    if (shape == Shape::AllWantOne && i > 0) p.wants.insert(p.wants.begin(), 0);
    in.people.push_back(p);
  }
  int pins = shape == Shape::Pins ? 1 + rng.below(3) : (rng.below(6) == 0 ? 1 : 0);
  for (int k = 0; k < pins; ++k) in.together.push_back({rng.below(n), rng.below(n)});
  for (int k = rng.below(4); k > 0; --k)
    in.history.push_back({rng.below(n), rng.below(n), rng.below(3)});
  return in;
}

}  // namespace msol::solver::testing
