#pragma once
#include "solver/model.hpp"

namespace msol::solver {

// An upper bound on the score of any feasible partition: the sum over members of the best term
// each could get on their own (their best possible crewmates at their best allowed size),
// ignoring that crewmates are shared. Never below 0 per member, since a member may be unplaced.
double upper_bound(const Model& model);

}  // namespace msol::solver
