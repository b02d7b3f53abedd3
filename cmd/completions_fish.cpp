// `msol completions fish`: the command tree as fish lookup functions with descriptions, and the
// function that walks the tokens typed so far to find what the token under the cursor may be.
#include "completions.hpp"

namespace msol::cli::completion {
namespace {

constexpr const char* kHead = R"SH(# fish completion for msol, written by 'msol completions fish'.
# Install: msol completions fish > ~/.config/fish/completions/msol.fish
# Member and crew names come from the congregation file when you press TAB.

)SH";

constexpr const char* kBody =
    R"SH(# __msol_names KIND: the congregation's member or crew names, one a line.
function __msol_names
    command $__msol_cmd $__msol_file __complete $argv[1] 2>/dev/null
end

# __msol_values TAKES TOKEN PREFIX: the values of an argument that takes TAKES, after PREFIX.
function __msol_values
    set -l takes "$argv[1]"
    set -l token (string replace -ra '[\\\\\'"]' '' -- "$argv[2]")
    set -l prefix "$argv[3]"
    switch "$takes"
        case member crew
            for name in (__msol_names {$takes}s)
                echo "$prefix$name"
            end
        case members
            set -l done (string replace -r '[^,]*$' '' -- "$token")
            for name in (__msol_names members)
                echo "$prefix$done$name"
            end
        case file
            for file in (__fish_complete_path "$token")
                echo "$prefix$file"
            end
        case 'choice *'
            for choice in (string split ' ' -- (string replace 'choice ' '' -- "$takes"))
                echo "$prefix$choice"
            end
    end
end

function __msol_complete
    set -l tokens (commandline -opc)
    set -l token (commandline -ct)
    set -l cmdpath ''
    set -l npos 0
    set -g __msol_cmd $tokens[1]
    set -g __msol_file
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        if string match -q -- '-*' $w
            string match -q -- '--file=*' $w
            and set -g __msol_file --file (string replace -- '--file=' '' $w)
            set -l takes (__msol_value "$cmdpath|$w")
            if test -n "$takes"
                set i (math $i + 1)
                if test $i -gt (count $tokens)
                    __msol_values "$takes" "$token" ''
                    return
                end
                test "$w" = --file; and set -g __msol_file --file $tokens[$i]
            end
        else if contains -- $w (__msol_subcommands "$cmdpath" | string replace -r '\t.*' '')
            set cmdpath (string trim -- "$cmdpath $w")
            set npos 0
        else
            set npos (math $npos + 1)
        end
        set i (math $i + 1)
    end
    if string match -q -- '-*=*' "$token"
        set -l option (string replace -r '=.*' '' -- "$token")
        set -l takes (__msol_value "$cmdpath|$option")
        set -l value (string replace -r '^[^=]*=' '' -- "$token")
        test -n "$takes"; and __msol_values "$takes" "$value" "$option="
        return
    end
    if not string match -q -- '-*' "$token"
        set -l commands (__msol_subcommands "$cmdpath")
        if test (count $commands) -gt 0
            printf '%s\n' $commands
            return
        end
        set -l takes (__msol_value "$cmdpath|#"(math $npos + 1))
        if test -n "$takes"
            __msol_values "$takes" "$token" ''
            return
        end
    end
    __msol_options "$cmdpath"
end

complete -c msol -e
complete -c msol -f -a '(__msol_complete)'
)SH";

// "name<TAB>help" as fish reads a candidate, quoted.
std::string described(const std::string& name, const std::string& help) {
  return fish_quote(name) + "\\t" + fish_quote(help);
}

std::string lookups(const std::vector<Command>& tree) {
  std::vector<Arm> commands, options, values;
  for (const auto& c : tree) {
    std::string list;
    for (const auto& [name, help] : c.commands)
      list += " \\\n                " + described(name, help);
    if (!list.empty()) commands.push_back({{c.path}, "printf '%s\\n'" + list});
    list.clear();
    for (const auto& o : c.options)
      for (const auto& n : o.names) list += " \\\n                " + described(n, o.help);
    options.push_back({{c.path}, "printf '%s\\n'" + list});
  }
  for (const auto& [takes, keys] : value_keys(tree))
    values.push_back({keys, "echo " + fish_quote(takes)});
  return "# The commands below a command, with their help.\n" +
         fish_switch("__msol_subcommands", commands) +
         "# The options of a command, with their help.\n" + fish_switch("__msol_options", options) +
         "# What \"COMMAND|--option\" or \"COMMAND|#N\" (its Nth positional) takes.\n" +
         fish_switch("__msol_value", values);
}

}  // namespace

std::string fish_script(const std::vector<Command>& tree) { return kHead + lookups(tree) + kBody; }

}  // namespace msol::cli::completion
