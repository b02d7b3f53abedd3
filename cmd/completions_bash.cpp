// `msol completions bash`: the command tree as bash lookup functions, and the function that
// walks the words typed so far to find what the word under the cursor may be.
#include "completions.hpp"

namespace msol::cli::completion {
namespace {

constexpr const char* kHead = R"SH(# bash completion for msol, written by 'msol completions bash'.
# Install: msol completions bash > ~/.local/share/bash-completion/completions/msol
# Member and crew names come from the congregation file when you press TAB.

)SH";

constexpr const char* kBody =
    R"SH(# Sets REPLY to WORD without the quotes it was typed with: "Ana Lucia", Ana\ Lucia.
_msol_dequote() {
  REPLY=${1#[\"\']}
  REPLY=${REPLY%[\"\']}
  REPLY=${REPLY//\\/}
  [[ $REPLY == \~/* ]] && REPLY=$HOME/${REPLY#\~/}
}

# _msol_names KIND PREFIX CUR: the member or crew names starting with CUR, after PREFIX. msol
# matches them (case, accents and Unicode normal form do not count), so none is filtered here.
_msol_names() {
  local name
  compopt -o filenames 2>/dev/null # bash then quotes names with spaces
  while IFS= read -r name; do
    COMPREPLY+=("$2$name")
  done < <("${COMP_WORDS[0]}" "${_msol_file[@]}" __complete "$1" "$3" 2>/dev/null)
}

# _msol_complete TAKES CUR: the values of an argument that takes TAKES.
_msol_complete() {
  local cur choice
  _msol_dequote "$2"
  cur=$REPLY
  case $1 in
  member | crew) _msol_names "$1s" '' "$cur" ;;
  members)
    compopt -o nospace 2>/dev/null # room for a comma and the next name
    _msol_names members "${cur%"${cur##*,}"}" "${cur##*,}" ;;
  file) compopt -o default 2>/dev/null ;; # bash's own file name completion
  choice\ *)
    for choice in ${1#choice }; do
      [[ $choice == "$cur"* ]] && COMPREPLY+=("$choice")
    done ;;
  esac
}

# _msol_words WORDS CUR: COMPREPLY becomes the WORDS starting with CUR.
_msol_words() {
  mapfile -t COMPREPLY < <(compgen -W "$1" -- "$2")
}

_msol() {
  local cur=${COMP_WORDS[COMP_CWORD]} path='' npos=0 i w takes REPLY _msol_takes
  local -a _msol_r _msol_file=()
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w=${COMP_WORDS[i]}
    if [[ $w == -* ]]; then
      _msol_value "$path|$w"
      takes=$_msol_takes
      [[ -n $takes ]] || continue
      ((i++))
      [[ ${COMP_WORDS[i]} == = ]] && ((i++)) # bash splits --opt=value at the =
      if ((i >= COMP_CWORD)); then
        [[ $cur == = ]] && cur=''
        _msol_complete "$takes" "$cur"
        return
      fi
      if [[ $w == --file ]]; then
        _msol_dequote "${COMP_WORDS[i]}"
        _msol_file=(--file "$REPLY")
      fi
      continue
    fi
    _msol_subcommands "$path"
    if [[ " ${_msol_r[*]} " == *" $w "* ]]; then
      path=${path:+$path }$w
      npos=0
    else
      ((npos++))
    fi
  done
  if [[ $cur != -* ]]; then
    _msol_subcommands "$path"
    if ((${#_msol_r[@]})); then
      _msol_words "${_msol_r[*]}" "$cur"
      return
    fi
    _msol_value "$path|#$((npos + 1))"
    if [[ -n $_msol_takes ]]; then
      _msol_complete "$_msol_takes" "$cur"
      return
    fi
  fi
  _msol_options "$path"
  _msol_words "${_msol_r[*]}" "$cur"
}

complete -F _msol msol
)SH";

std::string words(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& w : list) out += (out.empty() ? "" : " ") + sh_quote(w);
  return out;
}

std::string lookups(const std::vector<Command>& tree) {
  std::vector<Arm> commands, options;
  for (const auto& c : tree) {
    std::vector<std::string> names;
    for (const auto& [name, help] : c.commands) names.push_back(name);
    if (!names.empty()) commands.push_back({{c.path}, "_msol_r=(" + words(names) + ")"});
    names.clear();
    for (const auto& o : c.options) names.insert(names.end(), o.names.begin(), o.names.end());
    options.push_back({{c.path}, "_msol_r=(" + words(names) + ")"});
  }
  return sh_lookups(commands, options, tree);
}

}  // namespace

std::string bash_script(const std::vector<Command>& tree) { return kHead + lookups(tree) + kBody; }

}  // namespace msol::cli::completion
