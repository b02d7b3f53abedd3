# Pictures in the terminal: the attendance grid of `msol meet list --grid` and the sparkline of
# points over time in `msol tally` (text, JSON, the 80-column limit, no colour codes with NO_COLOR).

# widest_line: the display width of the longest line of the last stdout.
widest_line() {
  /usr/bin/python3 -c 'import sys; print(max(len(l) for l in sys.stdin.read().split("\n")))' <<<"$OUT"
}

ok init --name "Pictures" --timezone Europe/Berlin
export MSOL_TODAY=2026-01-01
for m in Ana Ben Cai Dee Eve Fay Gus; do ok member add "$m"; done
ok crew create Oak --members Ana,Ben,Cai

# Oak meets weekly: Ben misses the 2nd, Cai is excused from the 3rd; then Dee joins and Ben
# leaves, and Dee misses the 4th.
ok meet log Oak --date 2026-01-10 --today 2026-01-10
ok meet log Oak --date 2026-01-17 --today 2026-01-17 --absent Ben
ok meet log Oak --date 2026-01-24 --today 2026-01-24 --excused Cai
ok crew add Oak Dee --today 2026-01-25
ok crew remove Oak Ben --today 2026-01-25
ok meet log Oak --date 2026-01-31 --today 2026-01-31 --absent Dee
export MSOL_TODAY=2026-01-31

# --- the grid: one row per member, one column per meeting, the rate at the right ---------------
#   Ana present at all four: 4/4      Ben present, absent, present, gone: 2/3
#   Cai present, present, excused, present: 3/4 (excused is not present)   Dee only the last: 0/1
ok meet list --grid
contains "Oak: 4 meetings from 2026-01-10 to 2026-01-31"
contains "month 01"
contains "day   10 17 24 31  rate"
contains "Ana    ●  ●  ●  ●  100%"
contains "Ben    ●  ○  ●      67%"
contains "Cai    ●  ●  e  ●   75%"
contains "Dee             ○    0%"
contains "● present  ○ absent  e excused"
lacks "not shown"
equals "$(grep -c $'\033' <<<"$OUT")" "0" "NO_COLOR: no escape codes in the grid"
ok meet list Oak --grid
contains "Ben    ●  ○  ●      67%"

# --- the grid as JSON; meet list --json without --grid keeps its keys ---------------------------
ok meet list --grid --json
equals "$(json_query '[g["crew"] for g in d], d[0]["meetings"]')" \
  "(['Oak'], ['2026-01-10', '2026-01-17', '2026-01-24', '2026-01-31'])" "grid JSON: crew and meetings"
equals "$(json_query '[(r["member"], r["cells"], round(r["rate"], 4)) for r in d[0]["rows"]]')" \
  "[('Ana', ['present', 'present', 'present', 'present'], 1.0), ('Ben', ['present', 'absent', 'present', None], 0.6667), ('Cai', ['present', 'present', 'excused', 'present'], 0.75), ('Dee', [None, None, None, 'absent'], 0.0)]" \
  "grid JSON: a cell per member per meeting, null when not in the crew, the rate"
ok meet list --json
equals "$(json_query 'len(d), all({"crew","date","present","absent","excused","facilitator","note"} <= set(m) for m in d), any("rows" in m for m in d)')" \
  "(4, True, False)" "meet list --json without --grid is the meeting log"

# --- tally: a sparkline of cumulative points over twelve periods --------------------------------
# Span 2026-01-10 (first entry) to 2026-01-31: 22 days, period = day * 12 / 22.
#   Ana: +1 day 0 (period 0), +3 day 7 (3), +5 day 14 (7), +5 day 21 (11)
#   -> 1 1 1 4 4 4 4 9 9 9 9 14, scaled 0..14 -> heights 1 1 1 2 2 2 2 5 5 5 5 7
#   Dee: -5 day 21 -> 0 ... 0 -5, scaled -5..0: a fall at the end
ok tally
contains "MEMBER  POINTS  LEVEL          SINCE 2026-01-10"
contains "Ana     14      3 consistency  ▂▂▂▃▃▃▃▆▆▆▆█"
contains "Dee     -5      -              ███████████▁"
equals "$(grep -c $'\033' <<<"$OUT")" "0" "NO_COLOR: no escape codes in the tally"
ok tally --json
equals "$(json_query '[m["timeline"] for m in d if m["member"] == "Ana"]')" \
  "[[1, 1, 1, 4, 4, 4, 4, 9, 9, 9, 9, 14]]" "tally JSON: Ana's cumulative timeline rises"
equals "$(json_query 'all(m["timeline"][-1] == m["points"] and len(m["timeline"]) == 12 for m in d)')" "True" \
  "every timeline ends at its figure's points"
equals "$(json_query 'd[0]["timeline_from"], d[0]["timeline_to"], sorted(d[0])')" \
  "('2026-01-10', '2026-01-31', ['level', 'member', 'points', 'timeline', 'timeline_from', 'timeline_to'])" \
  "tally JSON keeps member, points and level, and adds the timeline"

# --- many meetings: the most recent that fit in 80 columns, and how many are hidden --------------
ok crew create Elm --members Eve,Fay,Gus --today 2026-02-01
for i in $(seq 0 29); do
  day=$(date -u -d "2026-02-02 + $((i * 7)) days" +%F)
  if [ "$i" -eq 29 ]; then ok meet log Elm --date "$day" --today "$day" --absent Gus; else
    ok meet log Elm --date "$day" --today "$day"; fi
done
# Names take 5 columns ("month"), the rate 6, each meeting 3: (80 - 5 - 6) / 3 = 23 shown.
ok meet list Elm --grid --today 2026-09-01 --width 80
contains "Elm: 30 meetings from 2026-02-02 to 2026-08-24"
contains "7 earlier meetings not shown"
contains "Gus    ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ●  ○   97%"
contains " 27 03 10 17 24  rate"
lacks " 16 "
equals "$(widest_line)" "80" "the grid fills 80 columns and no more"
ok meet list Elm --grid --today 2026-09-01 --width 40
contains "21 earlier meetings not shown"
equals "$(($(widest_line) <= 40))" "1" "--width 40: the grid fits"
# Into a pipe the grid is never cut, whatever COLUMNS says (issue 20 point 8).
COLUMNS=40 ok meet list Elm --grid --today 2026-09-01
lacks "not shown"
equals "$(widest_line)" "$((5 + 30 * 3 + 6))" "piped: all 30 meetings"
ok meet list Elm --grid --json --today 2026-09-01
equals "$(json_query 'len(d[0]["meetings"]), [len(r["cells"]) for r in d[0]["rows"]]')" "(30, [30, 30, 30])" \
  "grid JSON lists every meeting, hidden or not"

# Colour only at a terminal, and never with NO_COLOR.
if command -v script >/dev/null; then
  tty_out=$(env -u NO_COLOR script -qec "$MSOL meet list Oak --grid" /dev/null)
  equals "$([[ "$tty_out" == *$'\033[32m'* ]] && echo coloured)" "coloured" "a terminal gets colour"
  tty_out=$(NO_COLOR=1 script -qec "$MSOL meet list Oak --grid" /dev/null)
  equals "$([[ "$tty_out" == *$'\033'* ]] && echo coloured)" "" "NO_COLOR at a terminal: no colour"
fi

unchanged_by 1 meet list Nobody --grid
says "Nobody"

# --since starts the axis; crews and partnerships get a sparkline too; long names still fit.
ok game money --focus Eve --offers Fay --date 2026-03-01
ok tally --by crew --since 2026-01-01
contains "CREW  POINTS  LEVEL          SINCE 2026-01-01"
ok tally --by pair --today 2026-09-01
contains "Eve & Fay"
contains "SINCE 2026-01-10"
ok member edit Eve --rename "Evangelina Maximiliana Rosenthal-Kowalczyk von Hohenstein"
ok tally --by pair --today 2026-09-01
contains "Evangelina"
equals "$(widest_line)" "80" "a long partnership gives way so that the sparkline still fits"
# The money round on 2026-03-01 is day 50 of 235 (to 2026-09-01): period 2.
contains "2 money  ▁▁██████████"
