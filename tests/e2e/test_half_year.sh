# Half a year of a congregation, driven meeting day by meeting day with --today/--now: a
# formation, rhythms, meetings logged (and tried too early), skips, moves, retrospectives,
# newcomers formed into a crew while the others run, and a second round with --regroup. After
# every meeting day, every attendance row ever logged must still be in the file, unchanged
# (issue 14). Crews meet on Tuesdays; one meeting moves to a Wednesday.
ok init --name "Half year" --timezone Europe/Berlin
names=(Ada Bea Cal Dora Elif Faye Gus Hana Ivo Jana Kofi Lena Milo Nia Omar Pia Quin Rosa
  Vito Wren Yara Zeno)
{
  for m in "${names[@]:0:18}"; do printf '[[member]]\nname = "%s"\njoined = 2025-12-01\n' "$m"; done
} >people.toml
ok import people.toml --today 2025-12-01

db=congregation.msol
# Every attendance row: crew, day, member, status.
rows() {
  sqlite3 "$db" "SELECT c.name || '|' || g.day || '|' || m.name || '|' || a.status FROM attendance a \
    JOIN meetings g ON g.id = a.meeting_id JOIN crews c ON c.id = g.crew_id \
    JOIN members m ON m.id = a.member_id" | sort
}
touch kept.txt
# kept WHEN: no row logged so far is missing or changed; then remember the rows of now.
kept() {
  rows >now.txt
  local lost
  lost=$(comm -23 kept.txt now.txt | head -3)
  checks=$((checks + 1))
  [ -z "$lost" ] || fail "$1: logged attendance lost: $lost"
  cp now.txt kept.txt
}
first_member() { sqlite3 "$db" "SELECT m.name FROM crew_members cm JOIN crews c ON c.id = cm.crew_id \
  JOIN members m ON m.id = cm.member_id WHERE c.name = '$1' AND cm.left_on IS NULL ORDER BY cm.id LIMIT 1"; }
# start_rhythms DAY: every open crew without an active rhythm meets weekly from DAY, six times.
start_rhythms() {
  local crew
  while read -r crew; do
    ok rhythm set "$crew" --every week --count 6 --from "$1" --at 19:00 --today "$1"
  done < <(sqlite3 "$db" "SELECT name FROM crews c WHERE status = 'open' AND NOT EXISTS \
    (SELECT 1 FROM rhythms r WHERE r.crew_id = c.id AND r.active = 1)")
}
day_after() { date -u -d "$1 + ${2:-1} day" +%F; }

ok crew form --seed 5 --time-limit 0.3 --save --today 2026-01-05
start_rhythms 2026-01-06
held=0
skip_crew="" skipped_day="" moved_day=""
# log_day DAY: every meeting the agenda holds that day is logged at 21:00 (after a try at 10:00
# for the first crew, which must not log that evening's meeting), and a retrospective continues.
log_day() {
  local crew kind tried=""
  while IFS=$'\t' read -r crew kind; do
    [ -n "$crew" ] || continue
    if [ -z "$tried" ]; then
      tried=1
      run meet log "$crew" --now "$1 10:00" --absent "$(first_member "$crew")"
      checks=$((checks + 1))
      [ -z "$(sqlite3 "$db" "SELECT 1 FROM meetings g JOIN crews c ON c.id = g.crew_id \
        WHERE c.name = '$crew' AND g.day = '$1'")" ] || fail "$1 10:00 logged that evening's meeting of $crew"
    fi
    if ((held % 3 == 0)); then
      ok meet log "$crew" --now "$1 21:00" --absent "$(first_member "$crew")"
    else
      ok meet log "$crew" --now "$1 21:00"
    fi
    held=$((held + 1))
    [ "$kind" = retrospective ] && ok retro "$crew" --decision continue --today "$1"
  done < <("$MSOL" agenda --today "$1" --days 1 --json |
    /usr/bin/python3 -c 'import json,sys; [print(e["crew"], e["kind"], sep="\t") for e in json.load(sys.stdin)]')
  kept "$1"
}

for ((week = 0; week < 26; week++)); do
  day=$(day_after 2026-01-06 $((7 * week)))
  log_day "$day"
  if [ "$day" = "$skipped_day" ]; then
    # the evening of a skipped meeting: nothing to log, and last week's log is not touched
    unchanged_by 1 meet log "$skip_crew" --now "$day 21:00" --absent "$(first_member "$skip_crew")"
  fi
  case $week in
    2) # skip next week's meeting of one crew; today's logged meeting cannot be skipped
      skip_crew=$(sqlite3 "$db" "SELECT name FROM crews WHERE status = 'open' ORDER BY id LIMIT 1")
      skipped_day=$(day_after "$day" 7)
      ok rhythm skip "$skip_crew" "$skipped_day" --today "$day"
      unchanged_by 1 rhythm skip "$skip_crew" "$day" --today "$day" ;;
    3) # move next week's meeting of another crew to the Wednesday
      moved_crew=$(sqlite3 "$db" "SELECT name FROM crews WHERE status = 'open' ORDER BY id LIMIT 1 OFFSET 1")
      moved_day=$(day_after "$day" 8)
      ok rhythm move "$moved_crew" "$(day_after "$day" 7)" "$moved_day" --today "$day"
      unchanged_by 1 rhythm move "$moved_crew" "$day" "$(day_after "$day" 1)" --today "$day" ;;
    4) log_day "$moved_day" ;; # the moved meeting, a day after the others
    9) # newcomers: formed into a crew of their own while the others run on
      for m in "${names[@]:18}"; do ok member add "$m" --today "$day"; done
      last=$(sqlite3 "$db" "SELECT max(id) FROM crews")
      rosters="SELECT group_concat(crew_id || ':' || member_id || ':' || ifnull(left_on, '')) FROM crew_members WHERE crew_id <= $last"
      before=$(sqlite3 "$db" "$rosters")
      ok crew form --seed 5 --time-limit 0.3 --save --today "$day"
      equals "$(sqlite3 "$db" "$rosters")" "$before" "crew form --save without --regroup leaves running crews alone"
      start_rhythms "$(day_after "$day" 7)" ;;
    18) # the second round, the Monday before a gathering: everyone regroups
      ok crew form --seed 9 --time-limit 0.3 --regroup --save --today "$(day_after "$day" 6)"
      says "closed crew"
      start_rhythms "$(day_after "$day" 7)" ;;
  esac
done

equals "$(sqlite3 "$db" "SELECT count(*) FROM meetings")" "$held" "every meeting held was logged once"
[ "$held" -gt 60 ] || fail "only $held meetings held in half a year"
checks=$((checks + 1))
ok check
lacks "no longer a meeting"
echo "half a year: $held meetings logged, $(wc -l <kept.txt) attendance rows kept"
