#pragma once
// Greedy starts and the repair that turns any search state into a feasible partition.
#include "solver/model.hpp"
#include "solver/rng.hpp"
#include "solver/state.hpp"

namespace msol::solver {

// Enough crew slots for the most crews the pool can form, plus one to open a crew from.
int crew_slots(const Model& model);

// From an all-unplaced state: open about n / (preferred size) crews with the most constrained
// units, then put each unit where it adds most. With an rng the order is shuffled (restarts).
void construct(State& state, const Model& model, Rng* rng);

// Dissolves crews below --min into the bin, then places the bin's units where they fit best and
// forms new crews from what is left. Afterwards the state is feasible.
void repair(State& state, const Model& model);

}  // namespace msol::solver
