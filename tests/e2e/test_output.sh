# Output conventions across every command (issue 7): each command that prints data prints, with
# --json, exactly one JSON document that a real parser reads; its text fits 80 columns when asked
# (--width 80; into a pipe nothing is cut, issue 20 point 8); no colour when NO_COLOR is set or stdout is not a terminal. A new command must be listed below
# as printing data or not, or this test fails.

export MSOL_TODAY=2026-11-22 MSOL_NOW="2026-11-22 10:00"
ok init --name "Spree Commons" --timezone Europe/Berlin
ok import "$MSOL_SOURCE/data/example.toml"
ok crew form --seed 3 --time-limit 0.2 --save
ok rhythm set "Crew 1" --every week --count 6 --from 2026-10-27 --at 19:00 --rotate-facilitator
ok meet log "Crew 1" --date 2026-11-03 --note "a long evening of listening and planning"
ok meet log "Crew 1" --date 2026-11-10
ok game listening --with Ngozi,Søren,Mariana --date 2026-11-05
ok game money --focus Tomás --asked --offers Ngozi,Hana --date 2026-11-06

# Commands that print data, with the arguments to show some.
declare -A data=(
  ["member list"]="member list" ["member show"]="member show Tomás"
  ["prefs show"]="prefs show Ngozi" ["crew form"]="crew form --seed 3 --time-limit 0.2"
  ["crew list"]="crew list" ["crew show"]="crew show Crew\ 1" ["rhythm show"]="rhythm show Crew\ 1"
  ["agenda"]="agenda --days 30" ["meet list"]="meet list" ["remind"]="remind --within 7d"
  ["game list"]="game list" ["tally"]="tally --by pair" ["settings show"]="settings show"
  ["status"]="status" ["split"]="split --suggest" ["check"]="check"
)
# Commands that only write, or print a format of their own (TOML, iCalendar, DOT, a shell script).
no_data=" init|member add|member edit|member leave|prefs set|crew create|crew add|crew remove|crew close|rhythm set|rhythm skip|rhythm move|meet log|meet edit|retro|ics|game listening|game money|game conflict|game coowners|game undo|settings set|settings import|graph|backup|restore|migrate|import|export|completions "

leaves() {
  local group subs sub
  for group in $("$MSOL" --help | listed_commands); do
    subs=$("$MSOL" "$group" --help | listed_commands)
    if [ -z "$subs" ]; then echo "$group"; else for sub in $subs; do echo "$group $sub"; done; fi
  done
}

# cols: a Python expression for the terminal columns of a string `l` (CJK characters take two).
cols='sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in l)'
# widest: the widest line of the last command's stdout, in terminal columns.
widest() {
  printf '%s\n' "$OUT" | /usr/bin/python3 -c "import sys, unicodedata
print(max(($cols for l in sys.stdin.read().splitlines()), default=0))"
}

mapfile -t commands < <(leaves)
equals "$([ "${#commands[@]}" -gt 30 ] && echo yes)" "yes" "commands found in --help"
for command in "${commands[@]}"; do
  checks=$((checks + 1))
  if [ -z "${data[$command]+set}" ] && [[ "$no_data" != *"|$command|"* && "$no_data" != *" $command|"* && "$no_data" != *"|$command "* ]]; then
    fail "'$command' is not classified: add it to data or no_data in test_output.sh"
    continue
  fi
  [ -n "${data[$command]+set}" ] || continue
  eval "args=(${data[$command]})"
  ok --json "${args[@]}"
  printf '%s' "$OUT" >"$work/.json"
  equals "$(/usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1])); print("one document")' "$work/.json" 2>&1)" \
    "one document" "msol --json ${data[$command]}"
  ok --width 80 "${args[@]}"
  equals "$(( $(widest) <= 80 ))" "1" "text of '${data[$command]}' fits 80 columns (widest $(widest))"
  ok "${args[@]}"
  lacks $'\e['
  # Without NO_COLOR, a pipe is still not a terminal: no colour either.
  OUT=$(env -u NO_COLOR "$MSOL" "${args[@]}" 2>/dev/null)
  lacks $'\e['
done

# A name in Chinese takes two columns a character: the columns after it still line up.
ok member list
equals "$(printf '%s\n' "$OUT" | /usr/bin/python3 -c "import sys, unicodedata
starts = set()
for line in sys.stdin.read().splitlines():
    for word in ('STATUS', 'active', 'left'):
        i = line.find(' ' + word)
        if i >= 0:
            l = line[:i + 1]
            starts.add($cols)
            break
print(sorted(starts))")" "[11]" "the STATUS column starts at one column in every row, 李娜's too"
