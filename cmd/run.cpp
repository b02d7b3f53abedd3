// Runs one msol command line: parses it, runs the chosen command, and maps every error to the
// exit codes of SPEC section 2 in this one place.
#include "run.hpp"

#include <SQLiteCpp/Exception.h>

#include <exception>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"

namespace {

constexpr int kFailure = 1;
constexpr int kUsage = 2;

void add_globals(CLI::App& app, msol::cli::Globals& g) {
  app.set_version_flag("--version", std::string("msol ") + MSOL_VERSION);
  auto* group = "Global options";
  app.add_option("--file", g.file,
                 "The congregation file (default: $MSOL_FILE, then the first "
                 "congregation.msol here or in a parent folder)")
      ->group(group);
  app.add_flag("--json", g.json, "Print one JSON document instead of text")->group(group);
  app.add_option("--today", g.today, "The date that counts as today (YYYY-MM-DD; $MSOL_TODAY)")
      ->group(group);
  app.add_option("--now", g.now, "The moment that counts as now (\"YYYY-MM-DD HH:MM\"; $MSOL_NOW)")
      ->group(group);
  app.add_flag("-q,--quiet", g.quiet, "Print no notes, only data and errors")->group(group);
  app.add_flag("--allow-shared-file", g.allow_shared_file,
               "Write even into a file that other users may read")
      ->group(group);
}

std::string command_list(const CLI::App& at) {
  std::string known;
  for (const auto* candidate : at.get_subcommands({}))
    known += (known.empty() ? "" : ", ") + candidate->get_name();
  return "the commands here are " + known;
}

// CLI11 reports a mistyped command only as "a subcommand is required"; find the word that is
// not a command, so the message can name it.
std::string unknown_command(const CLI::App& app, int argc, char** argv) {
  const CLI::App* at = &app;
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--file" || word == "--today" || word == "--now") {
      ++i;
      continue;
    }
    if (word.starts_with("-")) continue;
    const CLI::App* sub = nullptr;
    for (const auto* candidate : at->get_subcommands({}))
      if (candidate->get_name() == word) sub = candidate;
    if (sub == nullptr) return "unknown command '" + word + "': " + command_list(*at);
    at = sub;
  }
  return "a command is required: " + command_list(*at);
}

int fail(int code, const std::string& message) {
  std::cerr << "msol: " << message << "\n";
  return code;
}

}  // namespace

namespace msol::cli {

int run(int argc, char** argv) {
  CLI::App app{"msol: crews and congregations for microsolidarity", "msol"};
  msol::cli::Context ctx;
  try {
    app.fallthrough();
    app.require_subcommand(1);
    add_globals(app, ctx.globals);
    msol::cli::example(&app,
                       "  msol init --name \"Western Europe\" --timezone Europe/Berlin\n"
                       "  msol import data/example.toml\n  msol crew form");
    msol::cli::register_all(app, ctx);
    app.parse(argc, argv);
    ctx.run();
    return 0;
  } catch (const CLI::RequiredError& e) {
    if (std::string(e.what()).find("subcommand") == std::string::npos)
      return fail(kUsage, std::string(e.what()) + "\n(see --help after the command)");
    return fail(kUsage, unknown_command(app, argc, argv));
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    return fail(kUsage, std::string(e.what()) + "\n(see 'msol --help', or --help after a command)");
  } catch (const msol::UsageError& e) {
    return fail(kUsage, e.what());
  } catch (const msol::Failure& e) {
    return fail(kFailure, e.what());
  } catch (const SQLite::Exception& e) {
    return fail(kFailure, std::string("the congregation file could not be used: ") + e.what());
  } catch (const std::exception& e) {
    return fail(kFailure, e.what());
  }
}

}  // namespace msol::cli
