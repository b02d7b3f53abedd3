// `msol completions zsh`: the command tree as zsh lookup functions with descriptions, and the
// function that walks the words typed so far to find what the word under the cursor may be.
#include "completions.hpp"

namespace msol::cli::completion {
namespace {

constexpr const char* kHead = R"SH(#compdef msol
# zsh completion for msol, written by 'msol completions zsh'.
# Install: msol completions zsh > ~/.zfunc/_msol, with ~/.zfunc on $fpath before compinit;
# or add to ~/.zshrc after compinit: source <(msol completions zsh)
# Member and crew names come from the congregation file when you press TAB.

)SH";

constexpr const char* kBody =
    R"SH(# _msol_names KIND: _msol_r becomes the congregation's member or crew names.
_msol_names() {
  _msol_r=(${(f)"$(${(Q)words[1]} "${_msol_file[@]}" __complete $1 2>/dev/null)"})
}

# _msol_complete TAKES: the values of an argument that takes TAKES.
_msol_complete() {
  case $1 in
  member | crew)
    _msol_names ${1}s
    compadd -a _msol_r ;;
  members)
    compset -P '*,'
    _msol_names members
    compadd -q -S , -a _msol_r ;;
  file) _files ;;
  choice\ *)
    _msol_r=(${=${1#choice }})
    compadd -a _msol_r ;;
  *) _message 'a value' ;;
  esac
}

_msol() {
  local cmdpath='' w _msol_takes
  local -i i npos=0
  local -a _msol_r _msol_file _msol_names_here
  for ((i = 2; i < CURRENT; i++)); do
    w=${words[i]}
    if [[ $w == -* ]]; then
      [[ $w == --file=* ]] && _msol_file=(--file ${~${(Q)w#--file=}})
      _msol_value "$cmdpath|$w"
      [[ -n $_msol_takes ]] || continue
      if ((++i == CURRENT)); then
        _msol_complete $_msol_takes
        return
      fi
      [[ $w == --file ]] && _msol_file=(--file ${~${(Q)words[i]}})
      continue
    fi
    _msol_subcommands "$cmdpath"
    _msol_names_here=(${_msol_r%%:*})
    if ((${_msol_names_here[(Ie)$w]})); then
      cmdpath=${cmdpath:+$cmdpath }$w
      npos=0
    else
      ((npos++))
    fi
  done
  if [[ $PREFIX == -*=* ]]; then
    _msol_value "$cmdpath|${PREFIX%%=*}"
    compset -P '*='
    [[ -n $_msol_takes ]] && _msol_complete $_msol_takes
    return
  fi
  if [[ $PREFIX != -* ]]; then
    _msol_subcommands "$cmdpath"
    if (($#_msol_r)); then
      _describe -t commands 'msol command' _msol_r
      return
    fi
    _msol_value "$cmdpath|#$((npos + 1))"
    if [[ -n $_msol_takes ]]; then
      _msol_complete $_msol_takes
      return
    fi
  fi
  _msol_options "$cmdpath"
  _describe -t options 'option' _msol_r
}

if [[ $funcstack[1] == _msol ]]; then
  _msol "$@"
else
  compdef _msol msol
fi
)SH";

// "name:help" as _describe reads it.
std::string described(const std::string& name, const std::string& help) {
  std::string out;
  for (char ch : name) out += ch == ':' ? std::string("\\:") : std::string(1, ch);
  return sh_quote(out + ":" + help);
}

std::string lookups(const std::vector<Command>& tree) {
  std::vector<Arm> commands, options;
  for (const auto& c : tree) {
    std::string list;
    for (const auto& [name, help] : c.commands) list += "\n      " + described(name, help);
    if (!list.empty()) commands.push_back({{c.path}, "_msol_r=(" + list + "\n    )"});
    list.clear();
    for (const auto& o : c.options)
      for (const auto& n : o.names) list += "\n      " + described(n, o.help);
    options.push_back({{c.path}, "_msol_r=(" + list + "\n    )"});
  }
  return sh_lookups(commands, options, tree);
}

}  // namespace

std::string zsh_script(const std::vector<Command>& tree) { return kHead + lookups(tree) + kBody; }

}  // namespace msol::cli::completion
