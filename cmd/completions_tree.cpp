// The command line as completion scripts see it, walked from the CLI11 app, with the one table
// that says which arguments take member names, crew names or files.
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "completions.hpp"

namespace msol::cli::completion {
namespace {

struct Slot {
  std::string_view path;  // empty: the same argument of any command
  std::string_view arg;   // an option's long name, or a positional's name
  Takes takes;
};

// Which arguments take names or files. A slot with an empty path serves every command, so a new
// command with a CREW argument or a --present option completes names without an edit here.
constexpr Slot kSlots[] = {
    {"", "CREW", Takes::crew},
    {"", "--crew", Takes::crew},
    {"", "MEMBER", Takes::member},
    {"", "--member", Takes::member},
    {"", "--invited-by", Takes::member},
    {"", "--focus", Takes::member},
    {"", "--facilitator", Takes::member},
    {"", "--next-facilitator", Takes::member},
    {"", "--members", Takes::members},
    {"", "--present", Takes::members},
    {"", "--absent", Takes::members},
    {"", "--excused", Takes::members},
    {"", "--together", Takes::members},
    {"", "--want", Takes::members},
    {"", "--avoid", Takes::members},
    {"", "--partner", Takes::members},
    {"", "--with", Takes::members},
    {"", "--offers", Takes::members},
    {"", "--owners", Takes::members},
    {"", "FILE", Takes::file},
    {"restore", "BACKUP", Takes::file},
    {"", "--file", Takes::file},
    {"", "--output", Takes::file},
    {"", "--present-file", Takes::file},
    {"", "--map-file", Takes::file},
    {"member show", "NAME", Takes::member},
    {"member edit", "NAME", Takes::member},
    {"member leave", "NAME", Takes::member},
    {"prefs set", "NAME", Takes::member},
    {"prefs show", "NAME", Takes::member},
    {"game conflict", "A", Takes::member},
    {"game conflict", "B", Takes::member},
};

std::optional<Takes> slot_for(const std::string& path, const std::string& arg) {
  std::optional<Takes> any;
  for (const auto& s : kSlots) {
    if (s.arg != arg) continue;
    if (s.path == path) return s.takes;
    if (s.path.empty()) any = s.takes;
  }
  return any;
}

// An IsMember check shows in the type name as "TEXT:{toml,json}".
std::vector<std::string> choices_of(const CLI::Option& opt) {
  const auto type = opt.get_type_name();
  const auto open = type.find(":{");
  if (open == std::string::npos || type.back() != '}') return {};
  std::vector<std::string> out;
  std::string_view rest(type.data() + open + 2, type.size() - open - 3);
  for (auto comma = rest.find(','); !rest.empty(); comma = rest.find(',')) {
    out.emplace_back(rest.substr(0, comma));
    rest = comma == std::string_view::npos ? "" : rest.substr(comma + 1);
  }
  return out;
}

Arg arg_of(const std::string& path, const CLI::Option& opt) {
  Arg a;
  if (opt.get_positional()) a.names.push_back(opt.get_name());
  for (const auto& l : opt.get_lnames()) a.names.push_back("--" + l);
  for (const auto& s : opt.get_snames()) a.names.push_back("-" + s);
  a.help = opt.get_description();
  a.choices = choices_of(opt);
  if (opt.get_expected_max() == 0)
    a.takes = Takes::nothing;
  else if (auto slot = slot_for(path, a.names.front()))
    a.takes = *slot;
  else if (!a.choices.empty())
    a.takes = Takes::choice;
  return a;
}

void walk(const CLI::App& app, const std::string& path, const std::vector<Arg>& inherited,
          std::vector<Command>& out) {
  Command c{path, {}, {}, {}};
  std::vector<Arg> passed_on = inherited;
  for (const auto* opt : app.get_options()) {
    auto a = arg_of(path, *opt);
    if (opt->get_positional()) {
      c.positionals.push_back(a);
      continue;
    }
    a.global = path.empty() && opt != app.get_help_ptr() && opt != app.get_version_ptr();
    c.options.push_back(a);
    if (opt != app.get_help_ptr() && opt != app.get_version_ptr()) passed_on.push_back(a);
  }
  c.options.insert(c.options.end(), inherited.begin(), inherited.end());
  auto subs = app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
  for (const auto* sub : subs) c.commands.emplace_back(sub->get_name(), sub->get_description());
  out.push_back(std::move(c));
  for (const auto* sub : subs)
    walk(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), passed_on, out);
}

}  // namespace

std::vector<Command> command_tree(const CLI::App& app) {
  std::vector<Command> out;
  walk(app, "", {}, out);
  return out;
}

std::string takes_word(const Arg& arg) {
  switch (arg.takes) {
    case Takes::nothing:
      return "";
    case Takes::member:
      return "member";
    case Takes::members:
      return "members";
    case Takes::crew:
      return "crew";
    case Takes::file:
      return "file";
    case Takes::choice: {
      std::string word = "choice";
      for (const auto& c : arg.choices) word += " " + c;
      return word;
    }
    case Takes::text:
      break;
  }
  return "text";
}

std::vector<std::pair<std::string, std::vector<std::string>>> value_keys(
    const std::vector<Command>& tree) {
  // takes_word -> keys. A global option has one key for every command ("*|--file"), looked up
  // after the others so that a command's own option of the same name wins.
  std::map<std::string, std::vector<std::string>> own, global;
  for (const auto& c : tree) {
    for (const auto& o : c.options) {
      if (o.takes == Takes::nothing || (o.global && !c.path.empty())) continue;
      for (const auto& n : o.names)
        (o.global ? global : own)[takes_word(o)].push_back((o.global ? "*" : c.path) + "|" + n);
    }
    for (std::size_t i = 0; i < c.positionals.size(); ++i)
      own[takes_word(c.positionals[i])].push_back(c.path + "|#" + std::to_string(i + 1));
  }
  std::vector<std::pair<std::string, std::vector<std::string>>> out(own.begin(), own.end());
  out.insert(out.end(), global.begin(), global.end());
  return out;
}

}  // namespace msol::cli::completion
