// msol check|backup: the congregation file's integrity and the domain's invariants, and a
// consistent copy of the file taken while others may be writing.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "storage/integrity.hpp"

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

}  // namespace

void register_file(CLI::App& app, Context& ctx) {
  check_command(app, ctx);
  backup_command(app, ctx);
}

}  // namespace msol::cli
