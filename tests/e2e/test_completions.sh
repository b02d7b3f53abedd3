# Shell completions (SPEC 7): `msol completions bash|zsh|fish`, installed where the manual says,
# driven in each real shell: commands, flags, and member and crew names read from the
# congregation file (a name with a space included), and silence where there is no file.
# A missing shell fails the test: completions that were never run are not known to work.

for shell in bash zsh fish; do
  checks=$((checks + 1))
  command -v "$shell" >/dev/null || fail "$shell is not installed: it is needed to test its completion"
done
checks=$((checks + 1))
[ -r /usr/share/bash-completion/bash_completion ] || fail "bash-completion is not installed"

# The shells run `msol` by name, as a user's would.
mkdir -p "$work/bin" "$work/home"
ln -s "$MSOL" "$work/bin/msol"
export PATH="$work/bin:$PATH" HOME="$work/home"

# --- the scripts -----------------------------------------------------------------------------
ok completions bash
contains "complete -F _msol msol"
mkdir -p "$HOME/.local/share/bash-completion/completions"
printf '%s\n' "$OUT" >"$HOME/.local/share/bash-completion/completions/msol"
ok completions zsh
contains "#compdef msol"
mkdir -p "$HOME/.zfunc"
printf '%s\n' "$OUT" >"$HOME/.zfunc/_msol"
ok completions fish
contains "complete -c msol"
mkdir -p "$HOME/.config/fish/completions"
printf '%s\n' "$OUT" >"$HOME/.config/fish/completions/msol.fish"
expect 2 completions tcsh
says "tcsh"
lacks "complete"

# --- drivers: each sets OUT to the candidates, one a line, and ERR to what the shell printed --

# bash_complete WORD...: bash-completion loads the installed script, as in a login shell, and
# its function completes the last WORD (bash splits --opt=value into '--opt' '=' 'value').
bash_complete() {
  OUT=$(bash --norc --noprofile -c '
    source /usr/share/bash-completion/bash_completion
    __load_completion msol || exit 3
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    fn=$(complete -p msol | sed -n "s/.*-F \([^ ]*\) .*/\1/p")
    "$fn" msol "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' bash "$@" 2>"$work/.stderr")
  RC=$?
  ERR=$(cat "$work/.stderr")
}

# fish_complete LINE: fish autoloads the installed script and completes LINE.
fish_complete() {
  # shellcheck disable=SC2016 # $argv is fish's
  OUT=$(XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share" \
    fish -c 'complete -C $argv[1]' "$1" 2>"$work/.stderr")
  RC=$?
  OUT=$(cut -f1 <<<"$OUT")
  ERR=$(cat "$work/.stderr")
}

# tty_complete SHELL LINE: types LINE and TAB into an interactive SHELL (bash or zsh) through a
# pseudo-terminal (zsh's zpty), with the installed script loaded by the shell's own machinery:
# bash-completion for bash, compinit and $fpath for zsh. BUFFER gets the line as TAB left it,
# quoting included; for zsh OUT gets every match the completion offered.
cat >"$HOME/.bashrc" <<'BASHRC'
PS1='READY> '
source /usr/share/bash-completion/bash_completion
bind -x '"\C-t": printf "%s\n" "$READLINE_LINE" >~/tty.buffer'
BASHRC
cat >"$HOME/.zshrc" <<'ZSHRC'
PS1='READY> '
fpath=(~/.zfunc $fpath)
autoload -Uz compinit && compinit -u -D
unsetopt auto_list
bindkey '^I' complete-word
# Record the matches offered, as they are offered (calls that only ask or describe pass through).
compadd() {
  if ((${@[(I)-[OAD]*]})); then
    builtin compadd "$@"
    return
  fi
  local -a found
  builtin compadd -O found "$@"
  (($#found)) && print -rl -- $found >>~/zsh.matches
  builtin compadd "$@"
}
dump-buffer() { print -r -- "$BUFFER" >~/tty.buffer }
zle -N dump-buffer
bindkey '^T' dump-buffer
ZSHRC
cat >"$work/tty.zsh" <<'TTY'
zmodload zsh/zpty || exit 3
rm -f ~/zsh.matches ~/tty.buffer
case $1 in
bash) zpty z "bash --rcfile ~/.bashrc -i" ;;
zsh) zpty z "ZDOTDIR=$HOME zsh -o no_global_rcs -i" ;;
esac
integer deadline=$((SECONDS + 20))
output=
until [[ $output == *READY\>* ]]; do
  if zpty -rt z chunk; then output+=$chunk; else sleep 0.05; fi
  ((SECONDS < deadline)) || { print -u2 "$1 never showed its prompt: $output"; exit 4; }
done
sleep 0.2
zpty -w -n z "$2"$'\t\x14'
until [[ -s ~/tty.buffer ]]; do
  zpty -rt z chunk || sleep 0.05
  ((SECONDS < deadline)) || { print -u2 "$1 did not complete '$2'"; exit 4; }
done
zpty -d z
touch ~/zsh.matches
TTY
tty_complete() {
  timeout 30 zsh -f "$work/tty.zsh" "$1" "$2" 2>"$work/.stderr"
  RC=$?
  OUT=$(cat "$HOME/zsh.matches" 2>/dev/null)
  BUFFER=$(cat "$HOME/tty.buffer" 2>/dev/null)
  ERR=$(cat "$work/.stderr")
}
zsh_complete() { tty_complete zsh "$1"; }

# has CANDIDATE / hasnt CANDIDATE: OUT holds (does not hold) this exact line.
has() {
  checks=$((checks + 1))
  grep -qxF -- "$1" <<<"$OUT" || fail "$what: '$1' not among the candidates"
}
hasnt() {
  checks=$((checks + 1))
  ! grep -qxF -- "$1" <<<"$OUT" || fail "$what: '$1' among the candidates"
}
quiet() {
  checks=$((checks + 1))
  if [ "$RC" -ne 0 ] || [ -n "$ERR" ]; then fail "$what: exit $RC, errors: $ERR"; fi
}

# complete_in SHELL LINE: completes LINE (cursor at its end) in SHELL. The bash words are LINE
# split at spaces, with '\ ' kept inside a word.
complete_in() {
  what="$1: '$2'"
  case $1 in
  bash)
    local -a words
    mapfile -t words < <(sed 's/\\ /\x01/g; s/ /\n/g; s/\x01/\\ /g' <<<"$2")
    bash_complete "${words[@]}" ;;
  zsh) zsh_complete "$2" ;;
  fish) fish_complete "$2" ;;
  esac
  quiet
}

# --- outside any congregation: commands complete, names are silently none --------------------
for shell in bash zsh fish; do
  complete_in $shell "msol member show "
  equals "$OUT" "" "$shell: names with no congregation file"
  complete_in $shell "msol me"
  has member
done

# --- a congregation with a name that has a space ---------------------------------------------
ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-22
ok member add "Ana Lucia"
ok member add Ben --invited-by "Ana Lucia"
ok member add Caro --invited-by Ben
ok member add Dan --invited-by Ben
ok member add Eve --invited-by Dan
ok member add Finn --invited-by Dan
ok crew create "Crew One" --members "Ana Lucia,Ben,Caro"
ok crew create Hearth --members Dan,Eve,Finn
ok __complete members
equals "$OUT" $'Ana Lucia\nBen\nCaro\nDan\nEve\nFinn' "msol __complete members"
ok __complete crews
equals "$OUT" $'Crew One\nHearth' "msol __complete crews"
mkdir -p sub/deeper
(cd sub/deeper && "$MSOL" __complete crews >"$work/.up" 2>&1)
equals "$(cat "$work/.up")" $'Crew One\nHearth' "names found in a parent folder"
unchanged_by 2 __complete people
says "people"
unchanged_by 0 __complete members
checks=$((checks + 1))
[ ! -e congregation.msol-wal ] || fail "reading names for completion left the WAL file behind"

for shell in bash zsh fish; do
  complete_in $shell "msol cr"
  has crew
  hasnt member
  complete_in $shell "msol crew "
  for sub in form list show create add remove close; do has $sub; done
  complete_in $shell "msol crew form --ti"
  has --time-limit
  complete_in $shell "msol crew form --j"
  has --json
  complete_in $shell "msol --fi"
  has --file
  complete_in $shell "msol __"
  hasnt __complete
  complete_in $shell "msol completions "
  for s in bash zsh fish; do has $s; done
  complete_in $shell "msol export --format "
  has toml
  has json
  complete_in $shell "msol member show An"
  has "Ana Lucia"
  complete_in $shell "msol member show "
  for name in "Ana Lucia" Ben Caro Dan; do has "$name"; done
  hasnt Hearth
  complete_in $shell "msol crew show "
  has "Crew One"
  has Hearth
  hasnt Ben
  complete_in $shell "msol --json meet log H"
  has Hearth
  complete_in $shell "msol crew add Hearth "
  has "Ana Lucia"
  complete_in $shell "msol crew form --save --present Ben,A"
  if [ $shell = zsh ]; then # zsh keeps what is before the comma out of the match
    has "Ana Lucia"
    equals "$BUFFER" 'msol crew form --save --present Ben,Ana\ Lucia,' "zsh: a list of names"
  else
    has "Ben,Ana Lucia"
  fi
  complete_in $shell "msol game money --focus C"
  has Caro
done

# Each shell's own forms: bash splits --opt=value at '=', zsh and fish keep it in one word.
bash_complete msol prefs set Ben --want = ''
what="bash: --want=" && has "Ana Lucia"
bash_complete msol member show '"Ana'
what="bash: a quoted word" && has "Ana Lucia"
complete_in zsh "msol prefs set Ben --want=Ca"
has Caro
complete_in fish "msol prefs set Ben --want=Ca"
has --want=Caro
complete_in fish "msol crew f"
checks=$((checks + 1))
XDG_CONFIG_HOME="$HOME/.config" fish -c 'complete -C "msol crew f"' | grep -q $'^form\tPropose crews' ||
  fail "fish: commands come with their help"

# On a terminal, the shells insert a name with a space quoted, and a word with a space after it.
for shell in bash zsh; do
  what="$shell on a terminal"
  tty_complete $shell "msol member show Ana"
  quiet
  equals "$BUFFER" 'msol member show Ana\ Lucia ' "$what: a name with a space"
  tty_complete $shell 'msol member show "Ana'
  equals "$BUFFER" 'msol member show "Ana Lucia" ' "$what: a name with a space, in quotes"
  tty_complete $shell "msol crew for"
  equals "$BUFFER" 'msol crew form ' "$what: a command"
  tty_complete $shell "msol crew show Cr"
  equals "$BUFFER" 'msol crew show Crew\ One ' "$what: a crew"
done
tty_complete bash "msol crew form --present Ben,A"
equals "$BUFFER" 'msol crew form --present Ben\,Ana\ Lucia' "bash on a terminal: a list of names"

# --file names the congregation, from anywhere; a missing one is silence, not an error.
elsewhere=$(mktemp -d)
cd "$elsewhere" || exit 1
for shell in bash zsh fish; do
  complete_in $shell "msol crew show "
  equals "$OUT" "" "$shell: no crew names outside the congregation"
  complete_in $shell "msol --file $work/congregation.msol crew show "
  has Hearth
  complete_in $shell "msol --file nowhere.msol crew show "
  equals "$OUT" "" "$shell: no crew names from a missing --file"
done
MSOL_FILE=$work/congregation.msol bash_complete msol crew show ''
what="bash: \$MSOL_FILE" && has "Crew One"
cd "$work" || exit 1
rmdir "$elsewhere"
