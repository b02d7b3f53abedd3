#pragma once
// From the congregation to a solver instance and back: who is in the pool (looking, present,
// active, and not in an open crew unless regrouping), their preferences as indices, pins, and the
// history of shared crews. Pure.
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
  std::vector<Crew> crews;  // every crew, to keep members of the open ones out of the pool
  bool regroup = false;     // --regroup: members of open crews join the pool too
};

struct Pool {
  Instance instance;
  std::vector<std::string> names;                     // index -> member name
  std::vector<std::vector<std::string>> not_in_pool;  // per index: wants outside the pool
  std::vector<std::string> left_out;  // present but not looking or in an open crew, for a note
  int in_open_crews = 0;  // looking (and present) members kept out because they are in a crew
};

// SPEC 4: the pool is the active members who are looking, not in an open crew (unless
// `regroup`) and, when `present` is given, named there. Throws UsageError for bad sizes and
// Failure for unknown or unusable names (naming them), and for
// partners who avoid each other or are more than --max (naming them). Partners both in the pool
// become pins like --together.
Pool build_pool(const Congregation& c, const PoolRequest& request);

// New crews (named "Crew N" after the names already used) for a formation result.
std::vector<Crew> proposed_crews(const Pool& pool, const Result& result,
                                 const std::vector<Crew>& existing, Date today);

}  // namespace msol::solver
