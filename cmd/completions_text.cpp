// Script text shared by the three completion scripts: quoting, and the lookup functions
// (`case` in bash and zsh, `switch` in fish) that hold the command tree. A key "*|--file" matches
// that option under any command.
#include "completions.hpp"

namespace msol::cli::completion {

std::string sh_quote(const std::string& text) {
  std::string out = "'";
  for (char ch : text) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return out + "'";
}

std::string fish_quote(const std::string& text) {
  std::string out = "'";
  for (char ch : text) {
    if (ch == '\'' || ch == '\\') out += '\\';
    out += ch;
  }
  return out + "'";
}

std::string sh_case(const std::string& name, const std::vector<Arm>& arms,
                    const std::string& fallback) {
  std::string out = name + "() {\n  case $1 in\n";
  for (const auto& arm : arms) {
    std::string keys;
    for (const auto& k : arm.keys)
      keys += (keys.empty() ? "" : " | ") +
              (k.starts_with("*|") ? "*" + sh_quote(k.substr(1)) : sh_quote(k));
    out += "  " + keys + ")\n    " + arm.body + " ;;\n";
  }
  return out + "  *)\n    " + fallback + " ;;\n  esac\n}\n\n";
}

std::string sh_lookups(const std::vector<Arm>& commands, const std::vector<Arm>& options,
                       const std::vector<Command>& tree) {
  std::vector<Arm> values;
  for (const auto& [takes, keys] : value_keys(tree))
    values.push_back({keys, "_msol_takes=" + sh_quote(takes)});
  return "# The commands below a command.\n" +
         sh_case("_msol_subcommands", commands, "_msol_r=()") + "# The options of a command.\n" +
         sh_case("_msol_options", options, "_msol_r=()") +
         "# What \"COMMAND|--option\" or \"COMMAND|#N\" (its Nth positional) takes.\n" +
         sh_case("_msol_value", values, "_msol_takes=");
}

std::string fish_switch(const std::string& name, const std::vector<Arm>& arms) {
  std::string out = "function " + name + "\n    switch $argv[1]\n";
  for (const auto& arm : arms) {
    out += "        case";
    for (const auto& k : arm.keys) out += " " + fish_quote(k);
    out += "\n            " + arm.body + "\n";
  }
  return out + "    end\nend\n\n";
}

}  // namespace msol::cli::completion
