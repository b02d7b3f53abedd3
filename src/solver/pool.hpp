#pragma once
// From the congregation to a solver instance and back: who is in the pool (looking, present,
// active), their preferences as indices, pins, and the history of shared crews. Pure.
#include <optional>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"
#include "solver/formation.hpp"

namespace msol::solver {

struct PoolRequest {
  int min_size = 3;
  int max_size = 8;
  bool force_size = false;                          // allow --min below 3, --max above 8
  std::optional<std::vector<std::string>> present;  // when given, only these may be placed
  std::vector<std::vector<std::string>> together;
  struct Shared {
    std::string a, b;
    int times = 0;      // crews they shared within the history window
    double weight = 0;  // the same, weighed by recency (history.hpp)
  };
  std::vector<Shared> history;
};

struct Pool {
  Instance instance;
  std::vector<std::string> names;                     // index -> member name
  std::vector<std::vector<std::string>> not_in_pool;  // per index: wants outside the pool
  std::vector<std::string> left_out;                  // present but not looking, for a note
};

// Throws UsageError for bad sizes and Failure for unknown or unusable names (naming them).
Pool build_pool(const Congregation& c, const PoolRequest& request);

// New crews (named "Crew N" after the names already used) for a formation result.
std::vector<Crew> proposed_crews(const Pool& pool, const Result& result,
                                 const std::vector<Crew>& existing, Date today);

}  // namespace msol::solver
