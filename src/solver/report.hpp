#pragma once
// Turns a partition into the explained Result: crews in a stable order, shared slots and
// interests, repeats, and for every member their score and the fate of each want.
#include <vector>

#include "solver/formation.hpp"
#include "solver/model.hpp"

namespace msol::solver {

// `crews` hold member indices; everyone in no crew is reported as unplaced, with the reason and
// options (options.rerun writes them as commands).
Result make_result(const Model& model, const Instance& instance,
                   std::vector<std::vector<int>> crews, const Options& options);

}  // namespace msol::solver
