# crew form, round 2: members without slots, the whole history window, true reasons with
# runnable options, the worst-off members by name, --last, and the time limit as a wall-clock cap.
ok init --timezone UTC

# reports TEXT: stderr holds TEXT somewhere (notes may come before the "msol: " error line).
reports() {
  checks=$((checks + 1))
  [[ "$ERR" == *"$1"* ]] || fail "stderr does not contain '$1'"
  grep -q '^msol: ' <<<"$ERR" || fail "no line of stderr starts with 'msol: '"
}

# Every suggested option, as written in the last command's output, is run in a copy of the
# file: msol must accept it (never exit 2). Prints how many options it ran.
run_suggestions() {
  local cmd n=0
  while read -r cmd; do
    [ -n "$cmd" ] || continue
    n=$((n + 1))
    cp congregation.msol suggestion.msol
    eval "set -- ${cmd#msol }"
    run --file suggestion.msol "$@"
    checks=$((checks + 1))
    [ "$RC" -ne 2 ] || fail "suggested '$cmd' is refused: $ERR"
    last_suggestion_rc=$RC
  done < <(printf '%s\n%s\n' "$OUT" "$ERR" | grep -o '`msol [^`]*`' | tr -d '`' | sort -u)
  suggestions=$n
}

# 1. Slots: Gil gave none and fits any crew; the others' crews each share a slot although
# Ana and Dan want each other across slots.
cat > slots.toml <<'TOML'
[[member]]
name = "Ana"
want = ["Dan"]
slots = ["tue"]
[[member]]
name = "Ben"
slots = ["tue"]
[[member]]
name = "Caro"
slots = ["tue"]
[[member]]
name = "Dan"
want = ["Ana"]
slots = ["sat"]
[[member]]
name = "Eve"
slots = ["sat"]
[[member]]
name = "Finn"
slots = ["sat"]
[[member]]
name = "Gil"
want = ["Ana", "Dan"]
TOML
ok import slots.toml
ok crew form --seed 5 --max 4 --json
printf '%s' "$OUT" >slots.json
slots_ok=$(/usr/bin/python3 - slots.json <<'PY'
import json, sys, tomllib
given = {m["name"]: set(m.get("slots", [])) for m in tomllib.load(open("slots.toml", "rb"))["member"]}
d = json.load(open(sys.argv[1]))
ok = sum(len(c["members"]) for c in d["crews"]) == 7
for c in d["crews"]:
    sets = [given[m] for m in c["members"] if given[m]]
    ok = ok and (not sets or bool(set.intersection(*sets)))
print(ok)
PY
)
equals "$slots_ok" True "every crew's members who gave slots share one; everyone placed"
ok crew form --seed 5 --max 4
says "gave no slots, so fit any crew's slot: Gil"

# 4. The worst-off members are named; their number stays in worst_off.
ok crew form --seed 5 --max 4 --json
worst=$(json_query 'sorted(w["member"] for c in d["crews"] for w in c["wants"] if w["score"] == d["worst_off"])')
equals "$(json_query 'sorted(d["worst_off_members"])')" "$worst" "worst_off_members are those scoring worst_off"
names=$(json_query '", ".join(d["worst_off_members"])')
ok crew form --seed 5 --max 4
contains "worst off: $names ("

# 3. Reasons and options. Seven members, crews of exactly three: one is left over because
# every crew is full, and the suggested --max 4 places everyone.
ok member add Hal
ok prefs set Gil --slots tue
expect 1 crew form --seed 2 --present Ana,Ben,Caro,Gil,Hal,Dan,Eve --min 3 --max 3 --time-limit 0.5
reports "full at --max 3"
run_suggestions
equals "$suggestions" 1 "one resize suggested"
equals "$last_suggestion_rc" 0 "the suggested --max places everyone"

# Nine members who all share a slot, crews of exactly eight: --max 9 needs --force-size, and
# the suggestion says so.
ok prefs set Dan --slots tue
ok prefs set Eve --slots tue
ok prefs set Finn --slots tue
ok member add Ivo
expect 1 crew form --seed 2 --min 8 --max 8 --time-limit 0.5
run_suggestions
equals "$suggestions" 1 "one resize suggested"
equals "$last_suggestion_rc" 0 "the suggested --max 9 --force-size places everyone"

# Everybody avoids Zed: the reason says so, in that direction; no resize can help.
ok member add Zed
for m in Ana Ben Caro Dan Eve Finn; do ok prefs set "$m" --avoid Zed; done
expect 1 crew form --seed 2 --present Ana,Ben,Caro,Dan,Eve,Finn,Zed --min 3 --max 4 --time-limit 0.5
reports "Ana, Ben, Caro, Dan, Eve, Finn avoid Zed"
[[ "$ERR$OUT" != *"Zed avoids"* ]] || fail "the reason claims Zed avoids someone"
reports "wait for the next round"
run_suggestions
equals "$suggestions" 0 "no resize suggested where none helps"

# Three in the pool, two avoid each other: no crew at all; the reason is the avoid, never --max,
# and the suggested --min 2 --force-size is accepted.
ok prefs set Ben --avoid Caro
expect 1 crew form --present Ana,Ben,Caro --time-limit 0.5
says "Ben avoids Caro"
[[ "$ERR" != *"full at --max"* ]] || fail "an avoid was reported as crew size"
run_suggestions
equals "$suggestions" 1 "--min 2 suggested"
unchanged_by 2 crew form --min 2 --present Ana,Ben,Caro
says "--force-size"

# 2. History: a hand-made crew closed nine days ago counts, one 13 months old does not; the
# "together again" lines count exactly the crews shared within formation.history_months.
ok --today 2025-09-01 crew create Long --members Hal,Gil,Finn
ok --today 2025-10-01 crew close Long
ok --today 2026-10-01 crew create Hand --members Hal,Gil
ok --today 2026-11-21 crew close Hand
ok --today 2026-11-25 crew create Brief --members Hal,Gil,Finn
ok --today 2026-11-26 crew close Brief
ok --today 2026-11-30 crew form --present Hal,Gil,Finn --seed 1 --json
equals "$(json_query 'sorted((tuple(sorted(r["members"])), r["times"]) for r in d["crews"][0]["repeats"])')" \
  "[(('Finn', 'Gil'), 1), (('Finn', 'Hal'), 1), (('Gil', 'Hal'), 2)]" "crews shared within 12 months"
# A score below zero (only repeat penalties) reads as a gap, not a percentage.
equals "$(json_query 'd["score"] < 0')" True "repeats cost points"
ok --today 2026-11-30 crew form --present Hal,Gil,Finn --seed 1
contains "together again: Gil & Hal (shared 2 crew(s) before)"
lacks "% of the"
[[ "$OUT" == *"optimal: no partition scores more"* || "$OUT" == *"a gap of"* ]] ||
  fail "a negative score reads as optimal or as an absolute gap: $OUT"

# 5. --last prints the saved formation's explanation again, text and JSON.
ok prefs set Ben --avoid Zed
ok --today 2026-11-30 crew form --seed 9 --present Ana,Ben,Caro,Dan
preview=$OUT
ok --today 2026-11-30 crew form --seed 9 --present Ana,Ben,Caro,Dan --save --json
saved=$OUT
ok crew form --last --json
equals "$OUT" "$saved" "--last --json is the saved document"
ok crew form --last
equals "$OUT" "$preview" "--last text reads as the formation did"
unchanged_by 2 crew form --last --save

# 6. --time-limit caps the whole command's wall time (10% overrun at most), with and without a
# seed, and a seeded search that finishes in time repeats exactly.
/usr/bin/python3 - <<'PY' >big.toml
import random
r = random.Random(3)
for i in range(150):
    wants = ", ".join('"P%d"' % w for w in r.sample([k for k in range(150) if k != i], 3))
    print('[[member]]\nname = "P%d"\nwant = [%s]\nslots = ["%s"]' % (i, wants, r.choice(["a", "b", "c"])))
PY
ok import big.toml
elapsed() { /usr/bin/python3 -c 'import subprocess,sys,time; t=time.monotonic(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print("%.3f" % (time.monotonic()-t))' "$MSOL" "$@"; }
for args in "--time-limit 1" "--time-limit 1 --seed 4"; do
  # shellcheck disable=SC2086
  t=$(elapsed crew form $args)
  equals "$(/usr/bin/python3 -c "print($t <= 1.1)")" True "crew form $args took $t s"
done
ok crew form --time-limit 0.3 --seed 4 --json
if [ "$(json_query 'd["cut_short"]')" = True ]; then
  says "cut the seeded search short"
fi
ok --today 2026-11-30 crew form --regroup --present Ana,Ben,Caro,Dan --seed 9 --time-limit 20 --json
equals "$(json_query 'd["seconds"] < 5 and not d["cut_short"]')" True "a stalled seeded search stops early"
