#pragma once
// One solver run in a child process, so that each instance's peak memory is its own.
#include "solver/formation.hpp"

namespace msol::bench {

struct Measurement {
  bool ok = false;
  double score = 0;
  double bound = 0;
  bool optimal = false;       // the LP bound met the score
  bool lp_converged = false;  // the LP reached its optimum in time
  double energy = 0;          // score - kUnplaced * unplaced, comparable with the exact reference
  int wants = 0;
  int wants_met = 0;
  int without_any = 0;  // members who wanted someone and got none of them
  int unplaced = 0;
  double seconds = 0;
  long peak_kb = 0;  // getrusage ru_maxrss of the child
};

Measurement measure(const solver::Instance& instance, const solver::Options& options);

}  // namespace msol::bench
