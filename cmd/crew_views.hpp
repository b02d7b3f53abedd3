#pragma once
// How crews and formations are shown: text for people, JSON for scripts.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "context.hpp"
#include "domain/crew.hpp"
#include "solver/pool.hpp"

namespace msol::cli {

// `changed_crews` (the running crews a --regroup changes) goes into the JSON document only.
void print_formation(const Context& ctx, const solver::Pool& pool, const solver::Result& result,
                     const std::vector<Crew>& made, std::uint64_t seed,
                     const nlohmann::json& changed_crews);
std::string unplaced_summary(const solver::Pool& pool, const solver::Result& result);

nlohmann::json crew_json(const Crew& crew);

void register_crew_form(CLI::App& group, Context& ctx);

}  // namespace msol::cli
