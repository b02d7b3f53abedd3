# Concurrency (SPEC section 1: a busy timeout so that writers at the same moment all succeed):
# many msol processes write at once while a backup and remind --mark run; afterwards nothing is
# lost (exact counts), no "database is locked" reaches anyone, every command exits 0, and each
# reminder is printed once across all remind --mark runs.

export MSOL_TODAY=2026-11-22 MSOL_NOW="2026-11-22 10:00"
count() { sqlite3 "${DB:-congregation.msol}" "$1"; }

ok init --timezone UTC
for name in Ana Ben Caro Dan Eli; do ok member add "$name" --joined 2026-01-01; done
ok crew create Otters --members Ana,Ben,Caro
ok rhythm set Otters --every week --count 6 --from 2026-11-23 --at 19:00

# Each writer logs the meetings of a crew of its own, on a day of its own per meeting.
writers=${CONCURRENCY_WRITERS:-8} writes=${CONCURRENCY_WRITES:-100}
for w in $(seq 1 "$writers"); do
  for m in a b c; do ok member add "C$w$m" --joined 2026-01-01; done
  ok crew create "Crew $w" --members "C${w}a,C${w}b,C${w}c"
done
day() { date -d "2026-01-01 + $1 days" +%F; }

# writer W: `writes` commands in a row, in turn member add, game listening and meet log; each
# one's exit code and stderr kept.
writer() {
  local w=$1 i
  for i in $(seq 1 "$writes"); do
    case $((i % 3)) in
    1) "$MSOL" -q member add "W$w-$i" --joined 2026-11-01 ;;
    2) "$MSOL" -q game listening --with Ana,Ben,Dan --date 2026-11-20 ;;
    0) "$MSOL" -q meet log "Crew $w" --date "$(day "$i")" --absent "C${w}b" ;;
    esac
    echo "$?" >>"writer$w.codes"
  done 2>"writer$w.err"
}

# reminder R: remind --mark five times, everything it printed kept.
reminder() {
  local r=$1 i
  for i in 1 2 3 4 5; do
    "$MSOL" remind --within 2d --mark >>"remind$r.out" 2>>"remind$r.err"
    echo "$?" >>"remind$r.codes"
  done
}

members_before=$(count 'SELECT COUNT(*) FROM members')
for w in $(seq 1 $writers); do writer "$w" & done
reminder 1 &
reminder 2 &
sleep 0.5
"$MSOL" -q backup during.msol 2>backup.err
echo "$?" >backup.codes
wait

checks=$((checks + 1))
codes=$(cat writer*.codes remind*.codes backup.codes | sort | uniq -c | sed 's/^ *//')
[ "$codes" = "$((writers * writes + 10 + 1)) 0" ] || fail "exit codes of all commands: $codes"
checks=$((checks + 1))
if grep -il "locked\|busy" ./*.err >/dev/null; then
  fail "a command reported a locked or busy database: $(grep -ih 'locked\|busy' ./*.err | head -3)"
fi
equals "$(cat ./*.err)" "" "stderr of every command"

# Of i = 1..writes, (writes + 2) / 3 have i % 3 = 1, (writes + 1) / 3 have 2, writes / 3 have 0.
adds=$((writers * ((writes + 2) / 3))) circles=$((writers * ((writes + 1) / 3)))
meetings=$((writers * (writes / 3)))
equals "$(count 'SELECT COUNT(*) FROM members')" "$((members_before + adds))" \
  "members after $writers writers x $writes writes"
equals "$(count "SELECT COUNT(*) FROM game_events WHERE kind = 'listening'")" "$circles" \
  "listening circles after $writers writers x $writes writes"
equals "$(count 'SELECT COUNT(*) FROM meetings')" "$meetings" "meetings logged"
equals "$(count "SELECT COUNT(*) FROM attendance WHERE status = 'absent'")" "$meetings" \
  "absences recorded, one a meeting"
equals "$(cat remind*.out | grep -c 'Otters')" "1" "reminders of the 23 November meeting printed"
equals "$(count 'SELECT COUNT(*) FROM reminders_sent')" "1" "reminders marked as sent"

ok check
ok --file during.msol check
DB=during.msol
n=$(count 'SELECT COUNT(*) FROM members')
checks=$((checks + 1))
[ "$n" -ge "$members_before" ] && [ "$n" -le $((members_before + adds)) ] ||
  fail "the backup taken during the writes holds $n members"
echo "concurrency: $writers writers x $writes writes ($adds member add, $circles game listening," \
  "$meetings meet log), 2 x 5 remind --mark and 1 backup alongside"
