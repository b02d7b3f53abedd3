#pragma once
// The exact reference for small pools: the set-partitioning integer program (one binary per
// feasible crew, each member covered once, or left out at the solver's unplaced penalty),
// written in LP format and solved by CBC.
#include <string>

#include "solver/formation.hpp"

namespace msol::bench {

struct Exact {
  bool proven = false;  // CBC's own status line said "Optimal" after a finished run
  std::string status;   // that status line
  double energy = 0;    // score - kUnplaced * unplaced, comparable with our result
  int columns = 0;      // feasible crews enumerated
  double seconds = 0;
};

Exact solve_exact(const solver::Instance& instance, const std::string& lp_path, double cbc_seconds);

}  // namespace msol::bench
