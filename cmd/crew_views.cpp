#include "crew_views.hpp"

#include <fmt/format.h>

#include <cmath>
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

std::vector<std::string> names_of(const solver::Pool& pool, const std::vector<int>& people) {
  std::vector<std::string> out;
  for (int p : people) out.push_back(pool.names[p]);
  return out;
}

// Members without slots, named only when others gave slots: then the slot rule holds without
// them (they fit any slot), which the host should know.
std::vector<std::string> without_slots(const solver::Pool& pool) {
  std::vector<std::string> none;
  bool someone_gave = false;
  for (size_t i = 0; i < pool.names.size(); ++i) {
    if (pool.instance.people[i].slots.empty())
      none.push_back(pool.names[i]);
    else
      someone_gave = true;
  }
  return someone_gave ? none : std::vector<std::string>{};
}

void print_member_line(const nlohmann::json& w) {
  std::vector<std::string> parts;
  if (!w["met"].empty()) parts.push_back("with " + join(w["met"].get<std::vector<std::string>>()));
  for (const auto& u : w["unmet"])
    parts.push_back(fmt::format("not with {}: {}", u["member"].get<std::string>(),
                                u["reason"].get<std::string>()));
  if (parts.empty()) parts.push_back("wanted no one in particular");
  std::cout << wrap(fmt::format("  {}: {}", w["member"].get<std::string>(), join(parts, "; ")), 4);
}

std::string list_or_dash(const nlohmann::json& list) {
  return list.empty() ? "-" : join(list.get<std::vector<std::string>>());
}

void print_crew(const nlohmann::json& crew) {
  auto members = crew["members"].get<std::vector<std::string>>();
  std::cout << wrap(fmt::format("{} ({} members): {}", crew["name"].get<std::string>(),
                                members.size(), join(members)),
                    2);
  std::cout << "  slots: " << list_or_dash(crew["shared_slots"])
            << "   interests: " << list_or_dash(crew["shared_interests"]) << "\n";
  for (const auto& w : crew["wants"]) print_member_line(w);
  for (const auto& r : crew["repeats"])
    std::cout << fmt::format("  together again: {} & {} (shared {} crew(s) before)\n",
                             r["members"][0].get<std::string>(), r["members"][1].get<std::string>(),
                             r["times"].get<int>());
  std::cout << "\n";
}

// How the score compares with the bound: "optimal" once they meet, else the gap, absolute and
// (for a positive bound) as a share of it, true for a score of any sign. With members left out,
// the bound covers the partitions that place as many (solver::Result::bound).
std::string quality(const nlohmann::json& doc) {
  std::string rivals = doc["unplaced"].empty() ? "no partition" : "no partition placing as many";
  if (doc["optimal"].get<bool>()) return fmt::format("optimal: {} scores more.", rivals);
  double score = doc["score"], bound = doc["bound"];
  double gap = bound - score;
  auto text = fmt::format("{} can score above {:g}: a gap of {:g}", rivals, bound, gap);
  if (bound > 0) text += fmt::format(" ({:.1f}% of the bound)", 100.0 * gap / bound);
  return text + ".";
}

void print_text(const nlohmann::json& doc) {
  std::size_t placed = 0;
  for (const auto& crew : doc["crews"]) {
    print_crew(crew);
    placed += crew["members"].size();
  }
  for (const auto& u : doc["unplaced_reasons"])
    std::cout << wrap(fmt::format("Unplaced: {}: {}", u["member"].get<std::string>(),
                                  u["reason"].get<std::string>()),
                      2);
  auto worst = doc["worst_off_members"].get<std::vector<std::string>>();
  std::cout << wrap(
      fmt::format("{} crew(s) for {} member(s). Score {:g}; worst off: {} ({:g}); {}",
                  doc["crews"].size(), placed, doc["score"].get<double>(),
                  worst.empty() ? "-" : join(worst), doc["worst_off"].get<double>(), quality(doc)),
      0);
}

// On stderr, with text and JSON alike.
void print_notes(const Context& ctx, const nlohmann::json& doc) {
  if (!doc["without_slots"].empty())
    ctx.note(fmt::format("gave no slots, so fit any crew's slot: {}",
                         join(doc["without_slots"].get<std::vector<std::string>>())));
  ctx.note(fmt::format("seed {}; searched {} moves in {:.2f} s", doc["seed"].get<std::uint64_t>(),
                       doc["moves"].get<std::uint64_t>(), doc["seconds"].get<double>()));
  if (doc["cut_short"].get<bool>())
    ctx.warn(
        "--time-limit cut the seeded search short of its fixed amount of work, so another "
        "machine may give other crews for this seed: give a longer --time-limit");
}

}  // namespace

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
          {"worst_off_members", names_of(pool, result.worst_off_members)},
          {"bound", result.bound},
          {"optimal", result.optimal},
          {"seed", seed},
          {"seconds", result.seconds},
          {"moves", result.moves_evaluated},
          {"cut_short", result.cut_short},
          {"without_slots", without_slots(pool)}};
}

std::string unplaced_summary(const solver::Pool& pool, const solver::Result& result) {
  std::vector<std::string> parts;
  for (const auto& u : result.unplaced) parts.push_back(pool.names[u.person] + ": " + u.reason);
  return join(parts, "; ");
}

void print_formation(const Context& ctx, const nlohmann::json& doc) {
  if (ctx.globals.json)
    ctx.print_json(doc);
  else
    print_text(doc);
  print_notes(ctx, doc);
}

nlohmann::json crew_json(const Crew& crew) {
  return {{"name", crew.name},
          {"members", crew.members()},
          {"status", crew.open ? "open" : "closed"},
          {"created", format_date(crew.created)},
          {"closed", crew.closed ? nlohmann::json(format_date(*crew.closed)) : nlohmann::json()}};
}

}  // namespace msol::cli
