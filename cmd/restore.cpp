// msol restore: puts a backup back as the congregation file (SPEC 1, 7), the safe way back
// from `msol backup` or a migration's FILE.schemaN.*.bak.
#include "storage/restore.hpp"

#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "storage/database.hpp"

namespace msol::cli {
namespace {

// The file found as every command finds it, or where `msol init` would create it.
std::filesystem::path restore_target(const Context& ctx) {
  try {
    return storage::locate_file(ctx.globals.file, ".");
  } catch (const Failure&) {
    return storage::init_target(ctx.globals.file);
  }
}

}  // namespace

void register_restore(CLI::App& app, Context& ctx) {
  struct Options {
    std::string backup;
    bool force = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand(
      "restore", "Put a backup back as the congregation file (the current one is saved first)");
  sub->add_option("BACKUP", o->backup, "A file written by 'msol backup' or a migration")
      ->required();
  sub->add_flag("--force", o->force,
                "Also when the current file cannot be opened: move it and its -wal and -shm aside");
  example(sub,
          "  msol restore congregation-2026-11-22.msol\n"
          "  msol restore congregation.msol.schema3.20261122T190000.bak");
  ctx.on_run(sub, [&ctx, o] {
    auto file = restore_target(ctx);
    auto saved = storage::restore(file, o->backup, o->force);
    auto db = ctx.open_file();  // migrates a backup from an older msol now, and says so
    db.seal(saved ? fmt::format("restored from {}; the file as it was is saved as {}", o->backup,
                                saved->string())
                  : fmt::format("restored from {}", o->backup));
    ctx.note(saved ? fmt::format("restored {} from {}; the file as it was is saved as {}",
                                 file.string(), o->backup, saved->string())
                   : fmt::format("restored {} from {}", file.string(), o->backup));
  });
}

}  // namespace msol::cli
