# msol remind (SPEC section 5): what is due within the window, nothing at all when nothing is,
# --mark printing each reminder once even when runs overlap, and notes kept out.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-01
for m in Ana Ben Caro; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
ok rhythm set Otters --every week --count 3 --from 2026-11-17 --at 19:00 --rotate-facilitator
unset MSOL_TODAY

# a meeting that happened but was not logged
ok remind --now "2026-11-22 12:00" --within 2d
contains "2026-11-17 19:00  Otters: meeting not logged"
ok meet log Otters --today 2026-11-22 --note "SECRET-NOTE"

# nothing due: nothing at all on stdout or stderr, exit 0, so cron sends no mail
ok remind --now "2026-11-22 12:00" --within 2d
equals "$OUT" "" "remind prints nothing when nothing is due"
equals "$ERR" "" "remind is silent on stderr when nothing is due"

# the next meeting comes into the window (55 hours ahead)
ok remind --now "2026-11-22 12:00" --within 3d
equals "$OUT" "2026-11-24 19:00  Otters: meeting (facilitator: Ben)" "an upcoming meeting"
ok remind --now "2026-11-24 18:30" --within 30m
contains "Otters: meeting"
ok remind --now "2026-11-24 18:30" --within 29m
equals "$OUT" "" "a meeting just outside the window"
ok remind --now "2026-11-22 12:00" --within 10d --json
equals "$(json_query '[(r["kind"], r["date"], r["time"]) for r in d]')" \
  "[('meeting', '2026-11-24', '19:00'), ('retrospective', '2026-12-01', '19:00')]" "remind --json"
lacks "SECRET-NOTE"

# the retrospective, then a commitment that ended without one
ok remind --now "2026-11-30 20:00" --within 1d
contains "2026-12-01 19:00  Otters: retrospective"
lacks "SECRET-NOTE"
ok remind --now "2026-12-05 09:00"
contains "ended without a retrospective"
contains "2026-11-24 19:00  Otters: meeting not logged"
lacks "SECRET-NOTE"

# --mark: printed once, then never again
ok remind --now "2026-12-05 09:00" --mark
contains "ended without a retrospective"
first="$OUT"
ok remind --now "2026-12-05 09:00" --mark
equals "$OUT" "" "--mark does not print a reminder twice"
ok remind --now "2026-12-05 09:00"
equals "$OUT" "$first" "without --mark everything due is printed again"

# two overlapping --mark runs print each reminder exactly once between them
ok rhythm set Otters --every week --count 4 --from 2026-12-08 --at 19:00 --today 2026-12-05
for i in 1 2 3 4 5 6; do
  "$MSOL" remind --now "2026-12-05 09:00" --within 2w --mark >"$work/mark.$i" 2>"$work/mark.$i.err" &
done
wait
checks=$((checks + 1))
lines=$(cat "$work"/mark.[0-9] | sort)
[ "$(printf '%s\n' "$lines" | grep -c .)" -eq 2 ] || fail "overlapping --mark runs: expected 2 lines, got: $lines"
[ "$(printf '%s\n' "$lines" | sort -u | grep -c .)" -eq 2 ] || fail "a reminder was printed twice: $lines"
checks=$((checks + 1))
[ -z "$(cat "$work"/mark.*.err)" ] || fail "overlapping runs wrote errors: $(cat "$work"/mark.*.err)"

# a closed crew is never reminded about
ok retro Otters --decision stop --early --today 2026-12-06
ok remind --now "2026-12-06 09:00" --within 1w
equals "$OUT" "" "nothing for a closed crew"

# bad input
unchanged_by 2 remind --within 2x
says "2x"
unchanged_by 2 remind --within d
unchanged_by 2 remind --now "tomorrow noon"

# "not logged" and "without a retrospective" only from the end (start + duration) plus the grace
# period remind.grace_minutes (30 by default) on, in remind and in status (issue 20)
export MSOL_FILE=grace.msol FILE=grace.msol
ok init --name "Grace" --timezone Europe/Berlin
for m in Ana Ben Caro; do ok member add "$m" --joined 2026-01-01; done
ok crew create Owls --members Ana,Ben,Caro --today 2026-01-01
ok rhythm set Owls --every week --count 1 --from 2026-11-24 --at 19:00 --today 2026-01-01
# 19:00 + 90 minutes + 30 minutes: due from 21:00, not at 20:59 (the retrospective is still on)
ok remind --now "2026-11-24 20:59" --within 1m
equals "$OUT" "" "a retrospective still going on is not reminded about"
ok status --now "2026-11-24 20:59" --json
equals "$(json_query '[w["kind"] for w in d["warning_details"] if w["kind"] in ("unlogged-meeting", "no-retrospective")]')" "[]" \
  "status before the end plus grace"
ok remind --now "2026-11-24 21:00" --within 1m --json
equals "$(json_query '[r["kind"] for r in d]')" "['unlogged', 'no-retrospective']" \
  "remind from the end plus grace"
ok status --now "2026-11-24 21:00" --json
equals "$(json_query '[w["kind"] for w in d["warning_details"] if w["kind"] in ("unlogged-meeting", "no-retrospective")]')" \
  "['unlogged-meeting', 'no-retrospective']" "status after the end plus grace"
ok settings set remind.grace_minutes 60
ok remind --now "2026-11-24 21:00" --within 1m
equals "$OUT" "" "a longer grace period set in the settings"
ok remind --now "2026-11-24 21:30" --within 1m
contains "Owls: meeting not logged"
unchanged_by 2 settings set remind.grace_minutes -5
says "remind.grace_minutes"
unchanged_by 2 settings set remind.grace_minutes 99999
unset MSOL_FILE FILE
