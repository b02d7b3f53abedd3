#include "crew_views.hpp"

#include <fmt/format.h>

#include <iostream>

#include "domain/text.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

std::string crew_name_of(const solver::Pool& pool, const std::vector<Crew>& made, int person) {
  for (const auto& crew : made)
    if (crew.has_member(pool.names[person])) return crew.name;
  return "no crew";
}

struct WantLines {
  std::vector<std::string> met;
  std::vector<std::pair<std::string, std::string>> unmet;  // member, reason
};

WantLines wants_of(const solver::Pool& pool, const solver::Result& result,
                   const std::vector<Crew>& made, int person) {
  WantLines w;
  for (const auto& want : result.members[person].wants) {
    const auto& name = pool.names[want.target];
    if (want.met) {
      w.met.push_back(name);
      continue;
    }
    w.unmet.emplace_back(name, fmt::format("{} ({})", solver::describe(want.reason),
                                           crew_name_of(pool, made, want.target)));
  }
  for (const auto& absent : pool.not_in_pool[person])
    w.unmet.emplace_back(absent, solver::describe(solver::UnmetReason::NotInPool));
  return w;
}

std::string pair_name(const solver::Pool& pool, const solver::PastPair& p) {
  return fmt::format("{} & {}", pool.names[p.a], pool.names[p.b]);
}

void print_member_line(const solver::Pool& pool, const solver::Result& result,
                       const std::vector<Crew>& made, int person) {
  auto w = wants_of(pool, result, made, person);
  std::vector<std::string> parts;
  if (!w.met.empty()) parts.push_back("with " + join(w.met));
  for (const auto& [name, reason] : w.unmet)
    parts.push_back(fmt::format("not with {}: {}", name, reason));
  if (parts.empty()) parts.push_back("wanted no one in particular");
  auto line = fmt::format("  {}: {}", pool.names[person], join(parts, "; "));
  std::cout << wrap(line, 4);
}

void print_crew(const solver::Pool& pool, const solver::Result& result,
                const std::vector<Crew>& made, size_t index) {
  const auto& crew = made[index];
  const auto& cr = result.crews[index];
  std::cout << wrap(
      fmt::format("{} ({} members): {}", crew.name, cr.members.size(), join(crew.members())), 2);
  std::cout << "  slots: " << (cr.shared_slots.empty() ? "-" : join(cr.shared_slots))
            << "   interests: " << (cr.shared_interests.empty() ? "-" : join(cr.shared_interests))
            << "\n";
  for (int person : cr.members) print_member_line(pool, result, made, person);
  for (const auto& r : cr.repeats)
    std::cout << fmt::format("  together again: {} (shared a crew {} time(s) before)\n",
                             pair_name(pool, r), r.times);
  std::cout << "\n";
}

nlohmann::json wants_json(const solver::Pool& pool, const solver::Result& result,
                          const std::vector<Crew>& made, int person) {
  auto w = wants_of(pool, result, made, person);
  auto unmet = nlohmann::json::array();
  for (const auto& [name, reason] : w.unmet)
    unmet.push_back({{"member", name}, {"reason", reason}});
  return {{"member", pool.names[person]},
          {"met", w.met},
          {"unmet", unmet},
          {"score", result.members[person].score}};
}

nlohmann::json formation_json(const solver::Pool& pool, const solver::Result& result,
                              const std::vector<Crew>& made, std::uint64_t seed) {
  auto crews = nlohmann::json::array();
  for (size_t i = 0; i < made.size(); ++i) {
    const auto& cr = result.crews[i];
    auto members = nlohmann::json::array(), repeats = nlohmann::json::array();
    for (int p : cr.members) members.push_back(wants_json(pool, result, made, p));
    for (const auto& r : cr.repeats)
      repeats.push_back({{"members", {pool.names[r.a], pool.names[r.b]}}, {"times", r.times}});
    crews.push_back({{"name", made[i].name},
                     {"members", made[i].members()},
                     {"shared_slots", cr.shared_slots},
                     {"shared_interests", cr.shared_interests},
                     {"wants", members},
                     {"repeats", repeats}});
  }
  auto unplaced = nlohmann::json::array(), reasons = nlohmann::json::array();
  for (const auto& u : result.unplaced) {
    unplaced.push_back(pool.names[u.person]);
    reasons.push_back({{"member", pool.names[u.person]}, {"reason", u.reason}});
  }
  return {{"crews", crews},
          {"unplaced", unplaced},
          {"unplaced_reasons", reasons},
          {"score", result.score},
          {"worst_off", result.worst_off},
          {"bound", result.bound},
          {"optimal", result.optimal},
          {"seed", seed},
          {"seconds", result.seconds}};
}

// How the score compares with the bound: "optimal" once they meet, else the gap, absolute and
// (for a positive bound) as a share of it. With members left out, the bound covers the
// partitions that place as many (solver::Result::bound).
std::string quality(const solver::Result& r) {
  std::string rivals = r.unplaced.empty() ? "no partition" : "no partition placing as many";
  if (r.optimal) return fmt::format("optimal: {} scores more.", rivals);
  double gap = r.bound - r.score;
  auto text = fmt::format("{} can score above {:g}: a gap of {:g}", rivals, r.bound, gap);
  if (r.bound > 0) text += fmt::format(" ({:.1f}% of the bound)", 100.0 * gap / r.bound);
  return text + ".";
}

}  // namespace

std::string unplaced_summary(const solver::Pool& pool, const solver::Result& result) {
  std::vector<std::string> parts;
  for (const auto& u : result.unplaced) parts.push_back(pool.names[u.person] + ": " + u.reason);
  return join(parts, "; ");
}

void print_formation(const Context& ctx, const solver::Pool& pool, const solver::Result& result,
                     const std::vector<Crew>& made, std::uint64_t seed,
                     const nlohmann::json& changed_crews) {
  if (ctx.globals.json) {
    auto doc = formation_json(pool, result, made, seed);
    doc["changed_crews"] = changed_crews;
    return ctx.print_json(doc);
  }
  for (size_t i = 0; i < made.size(); ++i) print_crew(pool, result, made, i);
  for (const auto& u : result.unplaced)
    std::cout << wrap(fmt::format("Unplaced: {}: {}", pool.names[u.person], u.reason), 2);
  std::cout << wrap(
      fmt::format("{} crew(s) for {} member(s). Score {:g}, worst-off member {:g}; {}", made.size(),
                  pool.names.size() - result.unplaced.size(), result.score, result.worst_off,
                  quality(result)),
      0);
  ctx.note(fmt::format("seed {}; searched {} moves in {:.2f} s", seed, result.moves_evaluated,
                       result.seconds));
}

nlohmann::json crew_json(const Crew& crew) {
  return {{"name", crew.name},
          {"members", crew.members()},
          {"status", crew.open ? "open" : "closed"},
          {"created", format_date(crew.created)},
          {"closed", crew.closed ? nlohmann::json(format_date(*crew.closed)) : nlohmann::json()}};
}

}  // namespace msol::cli
