#pragma once
// Column generation for one LP (lp_bound.hpp): the restricted master in COIN-OR CLP, priced
// exactly by pricing.hpp until no crew has a positive reduced cost. Only built with CLP.
#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "solver/model.hpp"
#include "solver/pricing.hpp"
#include "solver/shared_bound.hpp"

namespace msol::solver {

struct NodeLp {
  std::int64_t bound = SharedBound::kNone;  // no partition of this model has more energy
  bool converged = false;                   // the LP optimum was reached: bound is its floor
  double value = 0;                         // the last restricted master's optimum
  std::vector<Column> columns;              // the master's crews ...
  std::vector<double> x;                    // ... and their values in its last solution
  int rounds = 0;
};

// Solves the LP of `model` from the crews in `seed` (persons per crew; those crew_allowed()
// rejects are dropped) until it converges, `deadline` passes or `stop()` says so. After every
// round whose pricing finished, `on_bound` (may be empty) hears the bound proven so far.
// Throws CoinError when CLP fails.
NodeLp solve_lp(const Model& model, const std::vector<std::vector<int>>& seed,
                std::chrono::steady_clock::time_point deadline, const std::function<bool()>& stop,
                const std::function<void(std::int64_t)>& on_bound);

}  // namespace msol::solver
