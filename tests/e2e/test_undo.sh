# msol undo and msol log (SPEC section 7, issue 15): each kind of change taken back leaves every
# table but the journal's exactly as before it (compared as sqlite3 .dump); undo walks back one
# change at a time, passes over remind --mark, refuses (exit 1, naming it) when a later change
# touched the same rows or the file changed outside msol, and stops at a migration; the journal is
# pruned by its settings, kept by backup and restore and left out of exports.

ok init --name "Undo" --timezone Europe/Berlin
export MSOL_TODAY=2026-09-01
cat >people.toml <<'TOML'
[[member]]
name = "Ana"
want = ["Ben", "Caro"]
slots = ["tue"]
[[member]]
name = "Ben"
want = ["Ana"]
slots = ["tue"]
[[member]]
name = "Caro"
want = ["Dan"]
[[member]]
name = "Dan"
want = ["Caro"]
[[member]]
name = "Eve"
want = ["Ana"]
[[member]]
name = "Finn"
[[member]]
name = "Gil"
TOML
ok import people.toml

# state: every table but journal_*, schema and rows, as sqlite3 prints them.
state() {
  local tables
  tables=$(sqlite3 congregation.msol "SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table' \
    AND name NOT LIKE 'journal\_%' ESCAPE '\'")
  # shellcheck disable=SC2086
  sqlite3 congregation.msol ".dump $tables"
}
# taken_back WHAT ARGS...: msol ARGS changes the file, and a plain undo puts it back exactly.
taken_back() {
  local what=$1 before
  shift
  before=$(state)
  ok "$@"
  checks=$((checks + 1))
  [ "$(state)" != "$before" ] || fail "$what: msol $* changed nothing, so undo proves nothing"
  ok undo
  contains "took back change"
  equals "$(diff <(echo "$before") <(state) | head -5)" "" "$what: the tables after undo"
  ok "$@"  # and again, for the next step to build on
}

taken_back "a saved formation" crew form --seed 3 --time-limit 0.5 --save
crew=$(sqlite3 congregation.msol "SELECT name FROM crews ORDER BY id LIMIT 1")
taken_back "a rhythm" rhythm set "$crew" --every week --count 4 --from 2026-09-08 --at 19:00
taken_back "a logged meeting" meet log "$crew" --now "2026-09-08 21:00" --absent Ana --note first
taken_back "a meet edit" meet edit "$crew" 2026-09-08 --present Ana --excused Ben --note edited
taken_back "a skip" rhythm skip "$crew" 2026-09-15 --postpone
taken_back "a move" rhythm move "$crew" 2026-09-22 2026-09-23 --at 18:30
taken_back "a member edit" member edit Gil --rename Gilda --email gilda@example.org
cat >more.toml <<'TOML'
[[member]]
name = "Hal"
want = ["Gilda"]
[[member]]
name = "Ana"
email = "ana@example.org"
interests = ["gardening"]
TOML
taken_back "an import" import more.toml
taken_back "a settings change" settings set formation.history_months 6
taken_back "a game event" game listening --with Ana,Ben,Hal
taken_back "a retrospective" retro "$crew" --decision continue --today 2026-10-06

# --- log: newest first, the command line as typed, each undo recorded -------------------------
ok log --json
equals "$(json_query 'all({"id", "when", "command", "summary", "undone"} <= set(e) for e in d)')" True \
  "every log entry has id, when, command, summary, undone"
equals "$(json_query '[e["id"] for e in d] == sorted([e["id"] for e in d], reverse=True)')" True \
  "log is newest first"
equals "$(json_query 'd[0]["command"]')" "msol retro '$crew' --decision continue --today 2026-10-06" \
  "the newest entry's command line"
equals "$(json_query 'sum(1 for e in d if e["command"] == "msol undo")')" 11 "each undo is in the log"
equals "$(json_query 'sum(1 for e in d if e["undone"])')" 11 "each change taken back says so"
equals "$(json_query '[e["when"][:4] for e in d][0]')" "$(date -u +%Y)" "when is by the real clock"
ok log
contains "msol meet edit"

# --- undo walks back, one change at a time; --dry-run changes nothing --------------------------
before=$(state)
ok member add Ivy
ok prefs set Ivy --want Ana
unchanged_by 0 undo --dry-run
contains "would take back"
contains "msol prefs set Ivy --want Ana"
ok undo
contains "msol prefs set Ivy --want Ana"
ok undo
contains "msol member add Ivy"
equals "$(diff <(echo "$before") <(state) | head -5)" "" "two undos take back two changes"
ok undo --json
equals "$(json_query 'd["command"]')" "msol retro '$crew' --decision continue --today 2026-10-06" \
  "a third undo takes back the change before them"
ok retro "$crew" --decision continue --today 2026-10-06

# --- remind --mark is bookkeeping: a plain undo passes over it --------------------------------
ok member add Jo
ok remind --mark --now "2026-10-13 09:00" --within 2d
marks=$(sqlite3 congregation.msol "SELECT count(*) FROM reminders_sent")
[ "$marks" -gt 0 ] || fail "remind --mark marked nothing, so this proves nothing"
ok undo
contains "msol member add Jo"
equals "$(sqlite3 congregation.msol "SELECT count(*) FROM reminders_sent")" "$marks" \
  "undo passes over remind --mark"
equals "$(sqlite3 congregation.msol "SELECT count(*) FROM members WHERE name = 'Jo'")" 0 "Jo is gone"

# --- a later change touched the same rows: undo of the older one refuses, naming it -----------
ok member edit Hal --email hal@example.org
first=$(sqlite3 congregation.msol "SELECT max(id) FROM journal_changes")
ok member edit Hal --email hal@example.net
second=$(sqlite3 congregation.msol "SELECT max(id) FROM journal_changes")
ok member add Kim
unchanged_by 1 undo "$first"
says "change $second"
says "msol member edit Hal --email hal@example.net"
ok undo "$second"
equals "$(sqlite3 congregation.msol "SELECT email FROM members WHERE name = 'Hal'")" "hal@example.org" \
  "undo ID takes back that change"
unchanged_by 1 undo "$second"
says "already taken back"

# --- crews: a change rewrites only its own rows, so unrelated changes do not block each other --
for m in Quin Rae Sol Tam Uma Vic Wes; do ok member add "$m"; done
ok crew create Otters --members Quin,Rae,Sol
ok crew create Larks --members Tam,Uma,Vic,Wes
ok crew remove Otters Sol
first=$(sqlite3 congregation.msol "SELECT max(id) FROM journal_changes")
ok crew remove Larks Wes
ok undo "$first"
equals "$(sqlite3 congregation.msol "SELECT count(*) FROM crew_members cm JOIN members m ON m.id = cm.member_id \
  WHERE m.name = 'Sol' AND cm.left_on IS NULL")" 1 "undo ID takes back one crew's change past another's"
ok undo --json
equals "$(json_query 'd["command"], d["undone"], d["dry_run"], d["undone_by"] is not None')" \
  "('msol crew remove Larks Wes', True, False, True)" "undo --json shows the change as taken back"
ok undo --dry-run --json
equals "$(json_query 'd["undone"], d["dry_run"]')" "(False, True)" "undo --dry-run --json says it is a dry run"

# --- a later change that refers to the rows: named, with the fix ------------------------------
ok member add Nia
nia=$(sqlite3 congregation.msol "SELECT max(id) FROM journal_changes")
ok member add Oz --invited-by Nia
unchanged_by 1 undo "$nia"
says "msol member add Oz --invited-by Nia"
says "take them back first"

# --- bad ids are bad input; an undo cannot itself be taken back --------------------------------
for bad in abc 1.5 -5 0 99999999999999999999; do
  unchanged_by 2 undo -- "$bad"
  says "'$bad' is not a change's id"
done
undo_id=$(sqlite3 congregation.msol "SELECT max(id) FROM journal_changes WHERE kind = 'undo'")
unchanged_by 1 undo "$undo_id"
says "run its command again"

# --- what a command line holds never reaches the terminal raw ----------------------------------
ok member edit Nia --email $'nia@example.org\e[31m'
ok log
lacks $'\e'
contains "\$'nia@example.org\\x1b[31m'"
ok undo

# --- a change made outside msol: undo refuses and changes nothing -----------------------------
ok member edit Kim --email kim@example.org
sqlite3 congregation.msol "UPDATE members SET email = 'kim@elsewhere.org' WHERE name = 'Kim'"
unchanged_by 1 undo
says "members"
sqlite3 congregation.msol "UPDATE members SET email = 'kim@example.org' WHERE name = 'Kim'"
ok undo
equals "$(sqlite3 congregation.msol "SELECT email FROM members WHERE name = 'Kim'")" "" \
  "once the row matches again, undo works"

# --- backup and restore keep the journal; exports leave it out ---------------------------------
ok log --json
entries=$OUT
ok backup copy.msol
ok member add Lee
ok restore copy.msol
ok log --json
equals "$(json_query 'd[0]["kind"], d[0]["command"]')" "('seal', 'msol restore copy.msol')" \
  "a restore seals the journal"
equals "$(json_query 'json.dumps(d[1:], indent=2, sort_keys=True)' | sed 's/^/ /')" \
  "$(/usr/bin/python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), indent=2, sort_keys=True))' <<<"$entries" | sed 's/^/ /')" \
  "restore puts the backup's journal back"
unchanged_by 1 undo
says "since the file was restored from copy.msol"
ok export --redact
lacks "journal"
lacks "msol member"
ok export --format json
lacks "journal_changes"

# --- pruning by journal.keep_changes and journal.keep_days -----------------------------------
ok settings set journal.keep_changes 3
for n in 1 2 3 4; do ok member add "P$n"; done
ok log --json
equals "$(json_query 'len(d)')" 3 "journal.keep_changes keeps that many"
equals "$(json_query 'd[-1]["command"]')" "msol member add P2" "the oldest go first"
ok settings set journal.keep_changes 200
sqlite3 congregation.msol "UPDATE journal_changes SET at = '2024-01-01T00:00:00Z' WHERE command_line = 'msol member add P3'"
ok settings set journal.keep_days 30
ok log --json
equals "$(json_query 'sum(1 for e in d if e["command"] == "msol member add P3")')" 0 \
  "journal.keep_days drops older changes by the real clock"
unchanged_by 2 settings set journal.keep_days 0
says "journal.keep_days"

# --- a migration seals the journal ------------------------------------------------------------
mkdir old
sqlite3 old/congregation.msol <"$MSOL_SOURCE/tests/fixtures/schema8.sql"
chmod 600 old/congregation.msol
ok --file old/congregation.msol member add Mo
ok --file old/congregation.msol undo
contains "msol --file old/congregation.msol member add Mo"
expect 1 --file old/congregation.msol undo
says "migrated from schema 8"
says "cannot be taken back"
ok --file old/congregation.msol log --json
equals "$(json_query '[e["kind"] for e in d]')" "['undo', 'change', 'seal']" "the seal is in the log"

# --- nothing to take back on a new file; init is not a change ---------------------------------
mkdir fresh
ok --file fresh/c.msol init --timezone UTC
expect 1 --file fresh/c.msol undo
says "nothing to take back"
ok --file fresh/c.msol log --json
equals "$OUT" "[]" "a new file's journal is empty"
