#pragma once
// Why members could not be placed, or why no crew could be formed at all: the constraint that
// really blocks, found by checking the instance (which crews could exist at which sizes), and
// the host's options as commands (Options::rerun) that would help.
#include <string>
#include <vector>

#include "solver/formation.hpp"
#include "solver/model.hpp"

namespace msol::solver {

// Why `person`, placed in none of `crews`, is left out, and the options. `crews` hold member
// indices of a feasible partition.
std::string unplaced_reason(const Model& model, const Instance& instance,
                            const std::vector<std::vector<int>>& crews, int person,
                            const Options& options);

// The Failure message when not a single crew could be formed from the pool (including a pool
// below --min), naming the members, the constraint and the options.
std::string no_crew_message(const Model& model, const Instance& instance, const Options& options);

enum class Exists { Yes, No, Unknown };

// Whether some crew of `size` members holds `person` with their whole pinned unit, without an
// avoid and with a common slot: a bounded search, Unknown when `budget` steps did not settle it.
Exists crew_exists(const Model& model, int person, int size, long budget = 20000);

}  // namespace msol::solver
