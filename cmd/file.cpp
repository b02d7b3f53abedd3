// msol check|backup: the congregation file's integrity and the domain's invariants, and a
// consistent copy of the file taken while others may be writing.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/invariants.hpp"
#include "game/consistency.hpp"
#include "storage/game_store.hpp"
#include "storage/integrity.hpp"

namespace msol::cli {
namespace {

// SQLite's verdict first: when the file's structure is damaged, its content proves nothing more.
// Dangling rows still load, so the invariants can say which member or crew they concern.
Findings check_content(storage::Database& db) {
  Findings f;
  f.errors = storage::integrity_problems(db.sql());
  if (!f.errors.empty()) return f;
  auto snapshot = storage::load_snapshot(db.sql());
  f = check_invariants(snapshot.congregation, snapshot.crews);
  auto tallies =
      game::tally_problems(storage::load_events(db.sql()), storage::load_meeting_log(db.sql()),
                           snapshot.crews, storage::load_points(db.sql()));
  f.errors.insert(f.errors.end(), tallies.begin(), tallies.end());
  auto before = storage::foreign_key_problems(db.sql());
  before.insert(before.end(), snapshot.unreadable.begin(), snapshot.unreadable.end());
  f.errors.insert(f.errors.begin(), before.begin(), before.end());
  return f;
}

// A damaged page can stop a query midway: that is a finding to report, like any other.
Findings check_file(storage::Database& db) {
  try {
    return check_content(db);
  } catch (const SQLite::Exception& e) {
    return Findings{{fmt::format("SQLite cannot read the file: {}", e.what())}, {}};
  }
}

void print_findings(const Context& ctx, const Findings& f, const std::string& file) {
  if (ctx.globals.json)
    return ctx.print_json({{"ok", f.ok()}, {"errors", f.errors}, {"warnings", f.warnings}});
  for (const auto& e : f.errors) std::cout << "error: " << e << "\n";
  for (const auto& w : f.warnings) std::cout << "warning: " << w << "\n";
  if (f.ok()) std::cout << fmt::format("{}: ok ({} warning(s))\n", file, f.warnings.size());
}

void check_command(CLI::App& app, Context& ctx) {
  auto* sub = app.add_subcommand(
      "check", "Check the file's integrity and the congregation's invariants (exit 1 on errors)");
  example(sub, "  msol check\n  msol --file copy.msol check --json");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    auto findings = check_file(db);
    auto file = db.path().lexically_normal().string();
    print_findings(ctx, findings, file);
    if (!findings.ok())
      throw Failure(
          fmt::format("'{}' has {} problem(s), listed above", file, findings.errors.size()));
  });
}

void backup_command(CLI::App& app, Context& ctx) {
  auto target = std::make_shared<std::string>();
  auto* sub = app.add_subcommand(
      "backup", "Write a consistent copy of the file (safe while others write; never overwrites)");
  sub->add_option("FILE", *target, "The new file to write (mode 0600)")->required();
  example(sub, "  msol backup congregation-2026-11-22.msol");
  ctx.on_run(sub, [&ctx, target] {
    auto db = ctx.open_file();
    storage::backup_to(db.sql(), *target);
    ctx.note(fmt::format("backed up {} to {}", db.path().lexically_normal().string(), *target));
  });
}

}  // namespace

void register_file(CLI::App& app, Context& ctx) {
  check_command(app, ctx);
  backup_command(app, ctx);
}

}  // namespace msol::cli
