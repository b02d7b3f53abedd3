// msol split --suggest: how the congregation could split in two, keeping crews whole and as many
// ties as possible inside each half (SPEC 7). It only suggests: nothing is written.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "game/ties.hpp"
#include "storage/crews_store.hpp"
#include "storage/game_store.hpp"
#include "storage/members_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

struct Options {
  bool suggest = false;
  std::uint64_t seed = 1;
};

nlohmann::json tie_json(const game::Tie& t) {
  return {{"members", {t.a, t.b}}, {"weight", t.weight}};
}

nlohmann::json split_json(const game::SplitResult& r, const std::vector<game::Tie>& cut) {
  nlohmann::json doc = {{"halves", {r.halves[0], r.halves[1]}},
                        {"sizes", {r.halves[0].size(), r.halves[1].size()}},
                        {"kept_ties", r.kept_ties},
                        {"cut_ties", r.cut_ties},
                        {"kept_weight", r.kept_weight},
                        {"cut_weight", r.cut_weight},
                        {"balanced", r.balanced},
                        {"note", r.note}};
  doc["cut"] = nlohmann::json::array();
  for (const auto& t : cut) doc["cut"].push_back(tie_json(t));
  return doc;
}

void print_text(const game::SplitResult& r, const std::vector<game::Tie>& cut) {
  for (int i = 0; i < 2; ++i)
    std::cout << wrap(fmt::format("Half {} ({} member{}): {}", i + 1, r.halves[i].size(),
                                  r.halves[i].size() == 1 ? "" : "s", join(r.halves[i])),
                      2);
  std::cout << fmt::format("\nTies kept inside a half: {} (weight {}); cut: {} (weight {})\n",
                           r.kept_ties, r.kept_weight, r.cut_ties, r.cut_weight);
  if (!r.note.empty()) std::cout << wrap(r.note, 0);
  if (cut.empty()) return;
  std::cout << "Ties cut:\n";
  for (const auto& t : cut) std::cout << fmt::format("  {} - {} (weight {})\n", t.a, t.b, t.weight);
}

void run_split(Context& ctx, const Options& o) {
  if (!o.suggest)
    throw UsageError("msol split only suggests a split for now: run 'msol split --suggest'");
  auto db = ctx.open_file();
  const auto input =
      game::split_input(storage::load_congregation(db.sql()), storage::load_crews(db.sql()),
                        storage::load_events(db.sql()));
  const auto result = game::suggest_split(input, {16, o.seed});
  const auto cut = game::cut_ties(input, result);
  if (ctx.globals.json) return ctx.print_json(split_json(result, cut));
  print_text(result, cut);
}

}  // namespace

void register_split(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand(
      "split", "Suggest how to split the congregation in two, crews whole, ties kept");
  sub->add_flag("--suggest", o->suggest, "Propose two halves (nothing is written)");
  sub->add_option("--seed", o->seed, "Random seed: same file and seed, same halves (default 1)");
  example(sub, "  msol split --suggest\n  msol split --suggest --json");
  ctx.on_run(sub, [&ctx, o] { run_split(ctx, *o); });
}

}  // namespace msol::cli
