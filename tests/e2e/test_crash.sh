# Crash safety (SPEC section 1: every write applies whole or not at all): kill -9 a writing msol
# at random moments, many times; after each kill SQLite finds the file intact, msol check passes,
# and the data is exactly as before the command or exactly as after it.
# CRASH_SEED repeats a run; the kills are spread over each command's own measured run time.
# CRASH_ROUNDS sets the kills of each small write (member add, meet log); 150 each by default.

RANDOM=${CRASH_SEED:-$$}
echo "crash seed: ${CRASH_SEED:-$$}"
export MSOL_TODAY=2026-11-22
kills=0 in_flight=0 survived=0 landed_before=0 landed_after=0 failures_before_round=0

count() { sqlite3 "${DB:-congregation.msol}" "$1"; }

# millis CMD...: how long msol takes to run the command to the end, in milliseconds.
millis() {
  local start
  start=$(date +%s%N)
  "$MSOL" -q "$@" >/dev/null 2>&1 || fail "msol $* failed when run to the end"
  echo $((($(date +%s%N) - start) / 1000000))
}

# kill_during SPAN CMD...: starts msol, kills it with SIGKILL after a random 0..SPAN ms.
kill_during() {
  local span=$1
  shift
  failures_before_round=$failures
  "$MSOL" -q "$@" >/dev/null 2>&1 &
  local pid=$!
  sleep "$(printf '0.%03d' $((RANDOM % (span + 1))))"
  kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  [ $? -eq 137 ] && in_flight=$((in_flight + 1))  # killed while running, not after it finished
  kills=$((kills + 1))
}

# fresh BASE COPY: COPY is BASE again; a killed run's WAL and shared memory go too, or SQLite
# would replay that run's frames onto the fresh copy.
fresh() {
  rm -f "$2" "$2-wal" "$2-shm"
  cp "$1" "$2"
}

# intact: what must hold after every kill, whatever the moment.
intact() {
  checks=$((checks + 2))
  local verdict
  verdict=$(sqlite3 "${DB:-congregation.msol}" 'PRAGMA integrity_check')
  [ "$verdict" = "ok" ] || fail "integrity_check after kill $kills: $verdict"
  "$MSOL" -q --file "${DB:-congregation.msol}" check >"$work/.check" 2>&1 ||
    fail "msol check after kill $kills: $(head -5 "$work/.check")"
}

# survived: counts the kill of this round when nothing failed since it.
survived() {
  [ "$failures" -eq "$failures_before_round" ] && survived=$((survived + 1))
}

# before_or_after ACTUAL BEFORE AFTER WHAT
before_or_after() {
  checks=$((checks + 1))
  if [ "$1" = "$2" ]; then
    landed_before=$((landed_before + 1))
  elif [ "$1" = "$3" ]; then
    landed_after=$((landed_after + 1))
  else
    fail "$4 after kill $kills: $1, neither $2 (before) nor $3 (after)"
  fi
}

# --- 1. A large import: 600 members, each wanting the next, all or nothing ---------------------
/usr/bin/python3 - <<'PY'
with open("big.toml", "w") as f:
    for i in range(600):
        f.write(f'[[member]]\nname = "Imported {i}"\njoined = 2026-02-01\n')
        f.write(f'want = ["Imported {(i + 1) % 600}"]\ninterests = ["food", "art"]\n\n')
PY
ok init --timezone UTC
for name in Ana Ben Caro Dan Eli; do ok member add "$name" --joined 2026-01-01; done
ok backup base.msol
fresh base.msol timing.msol
span=$(millis --file timing.msol import big.toml)
echo "import of 600 members: $span ms"
DB=work.msol
for round in $(seq 1 12); do
  fresh base.msol work.msol
  kill_during "$span" --file work.msol import big.toml
  intact
  before_or_after "$(count 'SELECT COUNT(*) FROM members')" 5 605 "members"
  before_or_after "$(count 'SELECT COUNT(*) FROM member_wants')" 0 600 "wants"
  survived
done

# --- 2. crew form --save on the example congregation: no crew or every crew of the formation ----
ok init --file example.msol --timezone Europe/Berlin
ok --file example.msol import "$MSOL_SOURCE/data/example.toml"
ok --file example.msol backup formbase.msol
fresh formbase.msol timing.msol
# Unseeded, the search stops at its time limit, so a slow (sanitized) build still runs 0.3 s;
# with a seed it does a fixed amount of work that takes seconds there.
span=$(millis --file timing.msol crew form --save --time-limit 0.3)
echo "crew form --save: $span ms"
for round in $(seq 1 18); do
  fresh formbase.msol form.msol
  DB=form.msol
  kill_during "$span" --file form.msol crew form --save --time-limit 0.3
  intact
  formations=$(count 'SELECT COUNT(*) FROM formations')
  before_or_after "$formations" 0 1 "formations"
  if [ "$formations" = 0 ]; then
    equals "$(count 'SELECT COUNT(*) FROM crews') $(count 'SELECT COUNT(*) FROM crew_members')" "0 0" \
      "crews and memberships without a formation, kill $kills"
  else
    equals "$(count 'SELECT COUNT(*) FROM crews c WHERE (SELECT COUNT(*) FROM crew_members m
      WHERE m.crew_id = c.id) < 3')" "0" "crews saved with fewer than 3 members, kill $kills"
  fi
  survived
done
unset DB

# --- 3. Small writes on one file that grows: member add and meet log --------------------------
ok crew create Otters --members Ana,Ben,Caro
span=$(millis member add Timing)
rounds=${CRASH_ROUNDS:-150}
for round in $(seq 1 "$rounds"); do
  n=$(count 'SELECT COUNT(*) FROM members')
  kill_during "$span" member add "Killed $round"
  intact
  before_or_after "$(count 'SELECT COUNT(*) FROM members')" "$n" "$((n + 1))" "members"
  survived
done
span=$(millis meet log Otters --date 2026-11-01 --absent Caro)
for round in $(seq 1 "$rounds"); do
  day=$(date -d "2026-10-31 - $round days" +%F)
  m=$(count 'SELECT COUNT(*) FROM meetings')
  a=$(count 'SELECT COUNT(*) FROM attendance')
  kill_during "$span" meet log Otters --date "$day" --absent Caro
  intact
  before_or_after "$(count 'SELECT COUNT(*) FROM meetings') $(count 'SELECT COUNT(*) FROM attendance')" \
    "$m $a" "$((m + 1)) $((a + 3))" "meetings and attendance"
  survived
done

echo "kills survived: $survived of $kills ($in_flight while msol ran; checks finding the data as before the command:" \
  "$landed_before, as after it: $landed_after)"
equals "$survived" "$kills" "kills survived"
