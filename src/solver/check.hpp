#pragma once
// Hard-constraint checks: malformed input and pins that cannot hold. Messages name the members
// and the constraint.
#include <string>
#include <vector>

#include "solver/formation.hpp"

namespace msol::solver {

struct Model;

// UsageError for malformed input (bad sizes, indices outside the pool); Failure for an empty
// pool. (A pool below --min is reasoned about in reasons.hpp, which needs the model.)
void check_instance(const Instance& instance);

// Failure for pinned groups that cannot share a crew: above --max, avoiding, or without a slot.
void check_units(const Model& model, const Instance& instance);

}  // namespace msol::solver
