// msol check|backup|migrate: the congregation file's integrity and the domain's invariants, a
// consistent copy of the file taken while others may be writing, and bringing an older file up to
// date with a way past names that the new rules would merge.
#include <fmt/format.h>

#include <iostream>

#include "calendar/schedule.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/invariants.hpp"
#include "game/consistency.hpp"
#include "storage/game_store.hpp"
#include "storage/integrity.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/schema.hpp"
#include "storage/settings_store.hpp"

namespace msol::cli {
namespace {

// SPEC 5: a meeting logged as scheduled on a day its crew's rhythms no longer hold (a skip or a
// move after it was logged) is kept, but a host should look at it. Crews without a rhythm log
// unscheduled meetings only, so they never count.
std::vector<std::string> orphaned_logs(SQLite::Database& db, const std::string& tz) {
  std::vector<std::string> out;
  for (const auto& s : storage::load_schedules(db, tz)) {
    std::vector<Date> logged;
    for (const auto& m : storage::load_meetings(db, s.crew))
      if (m.scheduled) logged.push_back(m.date);
    for (auto day : calendar::orphaned_logs(s.meetings, logged))
      out.push_back(fmt::format(
          "the meeting of {} logged on {} is no longer a meeting of its rhythm (skipped or "
          "moved after it was logged): move it back with 'msol rhythm move', or keep it",
          s.crew, format_date(day)));
  }
  return out;
}

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
                           storage::load_points(db.sql()));
  f.errors.insert(f.errors.end(), tallies.begin(), tallies.end());
  auto orphans = orphaned_logs(db.sql(), storage::load_congregation(db.sql()).timezone);
  f.warnings.insert(f.warnings.end(), orphans.begin(), orphans.end());
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

// "OLD=NEW" split at the first '='.
std::pair<std::string, std::string> rename_pair(const std::string& text) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
    throw UsageError(
        fmt::format("--rename '{}' is not OLD=NEW: write e.g. --rename 'Ana=Ana B.'", text));
  return {text.substr(0, eq), text.substr(eq + 1)};
}

void migrate_command(CLI::App& app, Context& ctx) {
  auto renames = std::make_shared<std::vector<std::string>>();
  auto* sub = app.add_subcommand(
      "migrate", "Bring a file written by an older msol up to date (any command also does)");
  sub->add_option("--rename", *renames,
                  "OLD=NEW: rename a member or crew first, when the update finds two names "
                  "that would become one (repeatable)");
  example(sub, "  msol migrate\n  msol migrate --rename $'Ana\\u200b=Ana B.'");
  ctx.on_run(sub, [&ctx, renames] {
    storage::Renames pairs;
    for (const auto& r : *renames) pairs.push_back(rename_pair(r));
    auto db = storage::Database::open(storage::locate_file(ctx.globals.file, "."),
                                      ctx.globals.allow_shared_file, pairs);
    ctx.note(fmt::format("{} is up to date (schema {})", db.path().lexically_normal().string(),
                         storage::current_schema_version()));
  });
}

}  // namespace

void register_file(CLI::App& app, Context& ctx) {
  check_command(app, ctx);
  backup_command(app, ctx);
  migrate_command(app, ctx);
}

}  // namespace msol::cli
