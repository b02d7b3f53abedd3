#pragma once
// The whole command tree in the order `msol --help` shows it: the one list to edit when a
// command group is added (ARCHITECTURE.md, "Where a new command goes").
#include <CLI/CLI.hpp>

namespace msol::cli {

class Context;

// Each adds one command group (its subcommands, flags and callbacks) to `app`; defined in the
// cmd/ file of the same name.
void register_init(CLI::App& app, Context& ctx);
void register_member(CLI::App& app, Context& ctx);
void register_prefs(CLI::App& app, Context& ctx);
void register_crew(CLI::App& app, Context& ctx);
void register_rhythm(CLI::App& app, Context& ctx);
void register_agenda(CLI::App& app, Context& ctx);
void register_meet(CLI::App& app, Context& ctx);
void register_retro(CLI::App& app, Context& ctx);
void register_remind(CLI::App& app, Context& ctx);
void register_ics(CLI::App& app, Context& ctx);
void register_game(CLI::App& app, Context& ctx);
void register_tally(CLI::App& app, Context& ctx);
void register_settings(CLI::App& app, Context& ctx);
void register_status(CLI::App& app, Context& ctx);
void register_split(CLI::App& app, Context& ctx);
void register_graph(CLI::App& app, Context& ctx);
void register_file(CLI::App& app, Context& ctx);
void register_restore(CLI::App& app, Context& ctx);
void register_journal(CLI::App& app, Context& ctx);
void register_exchange(CLI::App& app, Context& ctx);
void register_completions(CLI::App& app, Context& ctx);

// Adds every command group above to `app`, in this order.
void register_all(CLI::App& app, Context& ctx);

}  // namespace msol::cli
