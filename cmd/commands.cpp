// The command tree, in --help order: members first, then crews and their rhythm, the game,
// the congregation's health, and the file itself.
#include "commands.hpp"

namespace msol::cli {

void register_all(CLI::App& app, Context& ctx) {
  register_init(app, ctx);
  register_member(app, ctx);
  register_prefs(app, ctx);
  register_crew(app, ctx);
  register_rhythm(app, ctx);
  register_agenda(app, ctx);
  register_meet(app, ctx);
  register_retro(app, ctx);
  register_remind(app, ctx);
  register_ics(app, ctx);
  register_game(app, ctx);
  register_tally(app, ctx);
  register_settings(app, ctx);
  register_status(app, ctx);
  register_split(app, ctx);
  register_graph(app, ctx);
  register_file(app, ctx);
  register_restore(app, ctx);
  register_journal(app, ctx);
  register_exchange(app, ctx);
  register_completions(app, ctx);
}

}  // namespace msol::cli
