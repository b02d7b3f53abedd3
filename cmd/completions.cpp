// msol completions bash|zsh|fish: a completion script made from the command line itself; and the
// hidden `msol __complete members|crews` that the scripts run for names when TAB is pressed.
#include "completions.hpp"

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/names.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "storage/schema.hpp"

namespace msol::cli {
namespace {

std::string script_for(const std::string& shell, const CLI::App& app) {
  const auto tree = completion::command_tree(app);
  if (shell == "zsh") return completion::zsh_script(tree);
  if (shell == "fish") return completion::fish_script(tree);
  return completion::bash_script(tree);
}

void completions_command(CLI::App& app, Context& ctx) {
  auto shell = std::make_shared<std::string>();
  auto* sub = app.add_subcommand(
      "completions", "Print a shell completion script (commands, options, member and crew names)");
  sub->add_option("SHELL", *shell, "bash, zsh or fish")
      ->required()
      ->check(CLI::IsMember({"bash", "zsh", "fish"}));
  example(sub,
          "  msol completions bash > ~/.local/share/bash-completion/completions/msol\n"
          "  msol completions zsh > ~/.zfunc/_msol\n"
          "  msol completions fish > ~/.config/fish/completions/msol.fish");
  ctx.on_run(sub, [&app, shell] { std::cout << script_for(*shell, app); });
}

// Opened for writing where allowed, only so that closing it tidies the WAL files away as every
// command does; nothing is written (no migration either).
SQLite::Database open_to_read(const std::filesystem::path& file) {
  try {
    return SQLite::Database(file.string(), SQLite::OPEN_READWRITE);
  } catch (const SQLite::Exception&) {
    return SQLite::Database(file.string(), SQLite::OPEN_READONLY);
  }
}

// The names; an older or unreadable file gives none.
std::vector<std::string> names_in(const std::filesystem::path& file, const std::string& kind) {
  auto db = open_to_read(file);
  if (storage::schema_version(db) != storage::current_schema_version()) return {};
  std::vector<std::string> names;
  if (kind == "crews")
    for (const auto& crew : storage::load_crews(db)) names.push_back(crew.name);
  else
    for (const auto& member : storage::load_congregation(db).members) names.push_back(member.name);
  return names;
}

// Completion runs while someone types: no file, or any trouble with it, prints nothing at all.
// Names are matched here rather than by the shell, by their Unicode identity: a decomposed
// "José", "jose" and "JOSÉ" all complete to "José".
void print_names(const Context& ctx, const std::string& kind, const std::string& prefix) {
  std::vector<std::string> names;
  try {
    names = names_in(storage::locate_file(ctx.globals.file, "."), kind);
  } catch (const std::exception&) {
    return;
  }
  for (const auto& name : names)
    if (name_starts_with(name, prefix)) std::cout << name << "\n";
}

void names_command(CLI::App& app, Context& ctx) {
  auto kind = std::make_shared<std::string>(), prefix = std::make_shared<std::string>();
  auto* sub = app.add_subcommand("__complete", "Print member or crew names, for completion");
  sub->group("");  // hidden: the completion scripts run it
  sub->add_option("KIND", *kind, "members or crews")
      ->required()
      ->check(CLI::IsMember({"members", "crews"}));
  sub->add_option("PREFIX", *prefix, "Only names that begin so (ignoring case and accents)");
  example(sub, "  msol __complete members\n  msol --file other.msol __complete crews Oa");
  ctx.on_run(sub, [&ctx, kind, prefix] { print_names(ctx, *kind, *prefix); });
}

}  // namespace

void register_completions(CLI::App& app, Context& ctx) {
  completions_command(app, ctx);
  names_command(app, ctx);
}

}  // namespace msol::cli
