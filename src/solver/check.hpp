#pragma once
// Hard-constraint diagnosis: malformed input, instances that cannot hold at all, and why one
// person could not be placed. Messages name the members and the constraint.
#include <string>
#include <vector>

#include "solver/formation.hpp"

namespace msol::solver {

struct Model;

// UsageError for malformed input (bad sizes, indices outside the pool); Failure for a pool below
// --min.
void check_instance(const Instance& instance);

// Failure for pinned groups that cannot share a crew: above --max, avoiding, or without a slot.
void check_units(const Model& model, const Instance& instance);

// Why `person` is left out, with the host's options.
std::string unplaced_reason(const Model& model, const Instance& instance, int person);

// The Failure message when not a single crew could be formed from the pool.
std::string no_crew_message(const Model& model, const Instance& instance);

}  // namespace msol::solver
