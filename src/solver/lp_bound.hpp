#pragma once
// The LP bound (issue 19): the linear relaxation of the set-partitioning model of crew
// formation, computed by column generation.
//
// The model: one 0/1 variable per allowed crew (pricing.hpp), worth its crew value, and one per
// pinned unit left out, worth -kUnplaced per member (weights.hpp); every unit is in exactly one
// crew or left out. Its optimum is the best energy (state.hpp) of any partition, which is what
// the search maximises: the score is crew-additive, so nothing is approximated. The restricted
// master LP is solved with COIN-OR CLP; the pricing step finds the crew of largest reduced cost
// exactly. Every round whose pricing finished gives a valid bound, converged or not (the
// Lagrangian bound): sum of the unit duals + (n / --min) * max(0, largest reduced cost).
// When the LP optimum is fractional and above the best partition the searches found, branch
// and price (Ryan-Foster: two units share a crew, or never do) lowers it while time remains.
#include <chrono>
#include <cstdint>
#include <vector>

#include "solver/model.hpp"
#include "solver/shared_bound.hpp"

namespace msol::solver {

struct LpOutcome {
  bool available = false;  // built with CLP (CMake option MSOL_LP_BOUND) and the LP could start
  bool converged = false;  // no crew has a positive reduced cost: the LP optimum was reached
  std::int64_t energy_bound = SharedBound::kNone;  // no partition has more energy; kNone: none
  double lp_value = 0;                             // the last restricted master's optimum
  int rounds = 0;                                  // master solves at the root
  int columns = 0;                                 // crews generated at the root, with the start
  int nodes = 0;                                   // branches solved after the root
  // The best partition the tree met as an integral LP solution (persons per crew), if any, and
  // its energy: sometimes better than the searches' own.
  std::vector<std::vector<int>> crews;
  std::int64_t crews_energy = 0;
};

// Runs until the bound meets the best energy a search reported to `shared`, or `deadline`
// passes; lowers shared's bound whenever it proves a lower one. `start` (e.g. a greedy partition,
// persons per crew) seeds the master with crews; only those crew_allowed() accepts are used. Never
// throws for the LP's own failures: the outcome then carries the best bound proven before.
LpOutcome lp_bound(const Model& model, const std::vector<std::vector<int>>& start,
                   std::chrono::steady_clock::time_point deadline, SharedBound& shared);

// Whether this build has the LP bound (CMake option MSOL_LP_BOUND, on unless turned off).
bool lp_bound_built();

// Rounds a Lagrangian bound computed in floating point down to the integer energies partitions
// have, allowing for the rounding error of summing `magnitude` (the sum of |terms|).
std::int64_t energy_floor(double bound, double magnitude);

}  // namespace msol::solver
