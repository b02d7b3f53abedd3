// msol check|backup|migrate: the congregation file's integrity and the domain's invariants, a
// consistent copy of the file taken while others may be writing, and bringing an older file up to
// date with a way past names that the new rules would merge.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "storage/integrity.hpp"
#include "storage/schema.hpp"

namespace msol::cli {
namespace {

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
    auto findings = storage::check_congregation(db.sql());
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
    db.backup_to(*target);
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
    auto db =
        storage::Database::open(storage::locate_file(ctx.globals.file, "."),
                                ctx.globals.allow_shared_file, pairs, ctx.globals.command_line);
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
