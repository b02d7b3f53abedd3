#pragma once
// Shell completions: the command line as the scripts see it, and one script per shell.
// The tree is walked from the CLI11 app at run time, so a new command completes unedited.
#include <CLI/CLI.hpp>
#include <string>
#include <utility>
#include <vector>

namespace msol::cli::completion {

// What an argument takes. `members` is a comma-separated list of member names.
enum class Takes { nothing, text, member, members, crew, file, choice };

struct Arg {
  std::vector<std::string> names;  // "--time-limit", "-o"; a positional's one name, "CREW"
  std::string help;
  Takes takes = Takes::text;
  std::vector<std::string> choices;  // when takes == choice
  bool global = false;               // msol's own option (--file, --json): every command takes it
};

struct Command {
  std::string path;  // "" for msol itself, then "crew", "crew form", ...
  std::vector<std::pair<std::string, std::string>> commands;  // name and help, hidden ones left out
  std::vector<Arg> options;      // its own and its parents' (the global flags among them)
  std::vector<Arg> positionals;  // in order
};

// Every visible command, msol itself first, parents before their children.
std::vector<Command> command_tree(const CLI::App& app);

// How the scripts spell what an argument takes: "member", "choice bash zsh fish", ...;
// empty for a flag.
std::string takes_word(const Arg& arg);

// What each argument takes, with the keys that look it up: "crew form|--present" for an option,
// "crew show|#1" for the first positional, "*|--file" for msol's own options. Flags are left out.
std::vector<std::pair<std::string, std::vector<std::string>>> value_keys(
    const std::vector<Command>& tree);

// Script text: `text` inside single quotes for bash and zsh, and for fish.
std::string sh_quote(const std::string& text);
std::string fish_quote(const std::string& text);

// One arm of a lookup function: the keys it matches and the code it runs.
struct Arm {
  std::vector<std::string> keys;
  std::string body;
};
// A bash/zsh function `name` running the arm whose key is $1, else `fallback`.
std::string sh_case(const std::string& name, const std::vector<Arm>& arms,
                    const std::string& fallback);
// The three lookup functions of the bash and zsh scripts: _msol_subcommands and _msol_options
// (from the arms the shell's script built) and _msol_value (from the tree's value table).
std::string sh_lookups(const std::vector<Arm>& commands, const std::vector<Arm>& options,
                       const std::vector<Command>& tree);
// The same for fish, on $argv[1].
std::string fish_switch(const std::string& name, const std::vector<Arm>& arms);

std::string bash_script(const std::vector<Command>& tree);
std::string zsh_script(const std::vector<Command>& tree);
std::string fish_script(const std::vector<Command>& tree);

}  // namespace msol::cli::completion
