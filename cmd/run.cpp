// Runs one msol command line: parses it, runs the chosen command, and maps every error to the
// exit codes of SPEC section 2 in this one place.
#include "run.hpp"

#include <SQLiteCpp/Exception.h>
#include <fmt/format.h>

#include <cctype>
#include <exception>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "output.hpp"
#include "table.hpp"
#include "util/shell.hpp"
#include "util/utf8.hpp"

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
  app.add_option("--width", g.width,
                 "Cut tables and wrap text to N columns (default: the terminal's width on a "
                 "terminal, never when output goes to a pipe or file)")
      ->check(CLI::Range(20, 10000))
      ->type_name("N")
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
    if (word == "--file" || word == "--today" || word == "--now" || word == "--width") {
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

// Quotes `word` for a POSIX shell when it holds anything but letters, digits and -._/.
std::string shell_quote(const std::string& word) {
  if (!word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                              "0123456789-._/") == std::string::npos)
    return word;
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

bool known_option(const CLI::App* at, const std::string& word) {
  const auto name = word.substr(0, word.find('='));
  for (; at != nullptr; at = at->get_parent())
    if (at->get_option_no_throw(name) != nullptr) return true;
  return false;
}

// A word such as "-x" (one dash, then not a digit) where a name was expected is taken for an
// unknown option, and CLI11 then says only that NAME is required. Finds such a word and shows how
// to pass it as a name (issue 16 point 8); "" when there is none.
std::string dash_name_hint(const CLI::App& app, int argc, char** argv) {
  const CLI::App* at = &app;
  std::string command = "msol";
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word == "--") return "";
    if (word == "--file" || word == "--today" || word == "--now" || word == "--width") {
      ++i;
      continue;
    }
    if (word.size() > 1 && word[0] == '-') {
      // Long options are mistyped options, and negative numbers values, far more often than
      // names.
      if (known_option(at, word) || word[1] == '-' ||
          std::isdigit(static_cast<unsigned char>(word[1])))
        continue;
      return fmt::format(
          "'{}' is not an option of '{}'; if it is a name, put it after --: {} -- {}", word,
          command, command, shell_quote(word));
    }
    for (const auto* candidate : at->get_subcommands({}))
      if (candidate->get_name() == word) {
        at = candidate;
        command += " " + word;
      }
  }
  return "";
}

int fail(int code, const std::string& message) {
  std::cerr << "msol: " << message << "\n";
  return code;
}

// The text input boundary for arguments (SPEC 2): a flag's value is named by its flag.
void check_arguments(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string before = i > 1 ? argv[i - 1] : "";
    if (!msol::util::invalid_utf8_at(argv[i])) continue;
    auto shown = "'" + msol::util::repaired_utf8(argv[i]) + "'";
    auto what = before.starts_with("-") && !std::string_view(argv[i]).starts_with("-")
                    ? "the value of " + before + " " + shown
                    : "argument " + std::to_string(i) + " " + shown;
    msol::util::check_utf8(argv[i], what);
  }
}

// --help and --version print through the checked stdout too.
int finished_help(const CLI::App& app, const CLI::ParseError& e) {
  app.exit(e);
  try {
    msol::cli::flush_stdout();
  } catch (const msol::cli::ReaderGone&) {
    return kFailure;
  } catch (const msol::Failure& f) {
    return fail(kFailure, f.what());
  }
  return 0;
}

}  // namespace

namespace msol::cli {

int run(int argc, char** argv) {
  CLI::App app{"msol: crews and congregations for microsolidarity", "msol"};
  msol::cli::Context ctx;
  CheckedStdout checked;
  msol::cli::request_width(std::nullopt);  // the fuzzer runs many command lines in one process
  try {
    check_arguments(argc, argv);
    app.fallthrough();
    app.require_subcommand(1);
    add_globals(app, ctx.globals);
    msol::cli::example(&app,
                       "  msol init --name \"Western Europe\" --timezone Europe/Berlin\n"
                       "  msol import data/example.toml\n  msol crew form");
    msol::cli::register_all(app, ctx);
    app.parse(argc, argv);
    std::vector<std::string> words{"msol"};
    words.insert(words.end(), argv + 1, argv + argc);
    ctx.globals.command_line = msol::util::shell_line(words);
    msol::cli::request_width(ctx.globals.width);
    ctx.run();
    flush_stdout();
    return 0;
  } catch (const ReaderGone&) {
    return kFailure;
  } catch (const CLI::RequiredError& e) {
    if (auto hint = dash_name_hint(app, argc, argv); !hint.empty()) return fail(kUsage, hint);
    if (std::string(e.what()).find("subcommand") == std::string::npos)
      return fail(kUsage, std::string(e.what()) + "\n(see --help after the command)");
    return fail(kUsage, unknown_command(app, argc, argv));
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return finished_help(app, e);
    if (auto hint = dash_name_hint(app, argc, argv); !hint.empty()) return fail(kUsage, hint);
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
