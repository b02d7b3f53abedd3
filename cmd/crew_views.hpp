#pragma once
// How crews and formations are shown: text for people, JSON for scripts.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "context.hpp"
#include "domain/crew.hpp"
#include "solver/pool.hpp"

namespace msol::cli {

// The formation as a JSON document (SPEC section 10 keys and more): what --json prints, what
// --save keeps and what --last prints again. A --regroup adds
// `changed_crews` (the running crews it changes) to the document before printing.
nlohmann::json formation_json(const solver::Pool& pool, const solver::Result& result,
                              const std::vector<Crew>& made, std::uint64_t seed);
// Prints the document as JSON with --json, else as the explanation a host reads out; the text
// comes from the document alone, so a saved formation reads the same with --last.
void print_formation(const Context& ctx, const nlohmann::json& doc);
std::string unplaced_summary(const solver::Pool& pool, const solver::Result& result);

nlohmann::json crew_json(const Crew& crew);

void register_crew_form(CLI::App& group, Context& ctx);

}  // namespace msol::cli
