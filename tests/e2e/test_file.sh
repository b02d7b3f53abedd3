# The congregation file (SPEC section 1) and global behaviour (SPEC section 2): discovery, init,
# privacy, WAL, concurrent writers, schema versions and migration, global flags and exit codes.

# --- No file yet: a clear error that suggests msol init -------------------------------------
expect 1 member list
says "no congregation file found"
says "msol init"
[ ! -e congregation.msol ] || fail "member list created a file"

# --- init ----------------------------------------------------------------------------------
expect 2 init --timezone Mars/Olympus_Mons
says "'Mars/Olympus_Mons'"
says "time zone"
checks=$((checks + 1))
[ ! -e congregation.msol ] || fail "init with a bad time zone left a file behind"

ok init --name "Spree Commons" --timezone Europe/Berlin
says "congregation.msol"
equals "$(stat -c %a congregation.msol)" "600" "mode of a new congregation file"
equals "$(sqlite3 congregation.msol 'PRAGMA journal_mode')" "wal" "journal mode"
ok export --format json
equals "$(json_query 'd["congregation"]["name"]')" "Spree Commons" "congregation name set by init"
equals "$(json_query 'd["congregation"]["timezone"]')" "Europe/Berlin" "time zone set by init"

# init refuses to overwrite, and the existing file keeps its content.
ok member add Ana
unchanged_by 1 init --name "Another"
says "already exists"
says "congregation.msol"
ok member list
contains "Ana"

# A folder that cannot hold a file: the parent "folder" is a regular file (root cannot bypass it).
echo "not a folder" >plain
expect 1 init --file plain/congregation.msol
says "plain/congregation.msol"

# --- Discovery: --file, then $MSOL_FILE, then the first congregation.msol upwards ---------------
mkdir -p sub/deeper/deepest
(cd sub/deeper/deepest && run member list && [ "$RC" -eq 0 ] && [[ "$OUT" == *Ana* ]]) ||
  fail "upward search from a subfolder did not find ../../../congregation.msol"
checks=$((checks + 1))

ok init --file other.msol --name Other --timezone UTC
equals "$(stat -c %a other.msol)" "600" "mode of a file made with --file"
ok --file other.msol member add Olu
ok member list --json
equals "$(json_query 'len(d)')" "1" "members in the file found here (not other.msol)"
equals "$(json_query 'd[0]["name"]')" "Ana" "member found in the default file"

export MSOL_FILE=other.msol
ok member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Olu']" "members with MSOL_FILE=other.msol"
# --file wins over $MSOL_FILE.
ok --file congregation.msol member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Ana']" "members with --file beside MSOL_FILE"
# init honours $MSOL_FILE too, and still refuses to overwrite it.
FILE=other.msol
unchanged_by 1 init
says "other.msol"
unset MSOL_FILE FILE

expect 1 --file missing.msol member list
says "'missing.msol'"
says "msol init"
[ ! -e missing.msol ] || fail "opening a missing --file created it"
checks=$((checks + 1))

# A file that is not a congregation: refused, not damaged.
echo "hello" >notes.txt
expect 1 --file notes.txt member list
says "notes.txt"
equals "$(cat notes.txt)" "hello" "content of a non-congregation file after msol touched it"
sqlite3 empty.sqlite 'CREATE TABLE t(x)'
expect 1 --file empty.sqlite member list
says "not a congregation file"

# --- Concurrent writers both succeed (busy timeout, one transaction each) ---------------------
pids=()
for i in 1 2 3 4 5 6 7 8; do
  "$MSOL" member add "Parallel $i" 2>"$work/parallel.$i.err" &
  pids+=($!)
done
failed_writers=0
for pid in "${pids[@]}"; do wait "$pid" || failed_writers=$((failed_writers + 1)); done
equals "$failed_writers" "0" "concurrent member add commands that failed"
ok member list --json
equals "$(json_query 'len([m for m in d if m["name"].startswith("Parallel")])')" "8" \
  "members added by 8 concurrent writers"

# Foreign keys: whatever msol wrote has no dangling reference.
ok prefs set Ana --want "Parallel 1,Parallel 2" --avoid "Parallel 3"
ok member add Ben --invited-by Ana
equals "$(sqlite3 congregation.msol 'PRAGMA foreign_key_check' | wc -l)" "0" "foreign key violations"

# --- Global flags ----------------------------------------------------------------------------
ok --version
contains "msol "
ok --help
contains "Example"
contains "member"
ok member add --help
contains "Example"
expect 2 frobnicate
says "msol: "
expect 2 member list --no-such-flag
says "--no-such-flag"
expect 2 member
says "msol: "
unchanged_by 2 --today 2026-02-30 member add Dora
says "'2026-02-30'"
MSOL_TODAY=22.11.2026 run member add Dora
checks=$((checks + 1))
[ "$RC" -eq 2 ] || fail "MSOL_TODAY=22.11.2026 exited $RC, expected 2"
says "'22.11.2026'"
MSOL_TODAY=2026-11-22 run member add Dora
ok member show Dora --json
equals "$(json_query 'd["joined"]')" "2026-11-22" "joined date taken from MSOL_TODAY"
ok --today 2026-03-01 member add Emil
ok member show Emil --json
equals "$(json_query 'd["joined"]')" "2026-03-01" "joined date taken from --today"
MSOL_NOW="2026-05-04 19:30" run member add Fay
ok member show Fay --json
equals "$(json_query 'd["joined"]')" "2026-05-04" "joined date taken from MSOL_NOW"
unchanged_by 2 --now "2026-05-04 25:00" member add Gil
says "'25:00'"
# --quiet silences notes but not data.
ok --quiet member add Hana
equals "$ERR" "" "stderr of a quiet member add"
# NO_COLOR (set by the harness) and a pipe: no escape sequences.
ok member list
lacks $'\e['

# --- Schema versions --------------------------------------------------------------------------
latest=$(sqlite3 congregation.msol 'PRAGMA user_version')
checks=$((checks + 1))
[ "$latest" -ge 2 ] || fail "a new file has schema version $latest; expected the latest (>= 2)"

mkdir old
sqlite3 old/congregation.msol <"$MSOL_SOURCE/tests/fixtures/schema1.sql"
equals "$(sqlite3 old/congregation.msol 'PRAGMA user_version')" "1" "fixture schema version"
chmod 600 old/congregation.msol  # msol writes only into private files (see the privacy check below)
FILE=old/congregation.msol
before_rows=$(sqlite3 old/congregation.msol 'SELECT name, email, invited_by, joined, left_on FROM members ORDER BY id')
ok --file old/congregation.msol member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Ngozi', 'Søren', 'Zoë', 'Łukasz']" "members after migration"
equals "$(json_query '[m["status"] for m in d]')" "['active', 'active', 'active', 'left']" "statuses after migration"
equals "$(sqlite3 old/congregation.msol 'PRAGMA user_version')" "$latest" "schema version after migration"
equals "$(sqlite3 old/congregation.msol 'SELECT name, email, invited_by, joined, left_on FROM members ORDER BY id')" \
  "$before_rows" "member rows after migration"
backup=$(ls old/congregation.msol.schema1.*.bak)
checks=$((checks + 1))
[ -f "$backup" ] || fail "no backup old/congregation.msol.schema1.*.bak beside the migrated file"
equals "$(sqlite3 "$backup" 'PRAGMA user_version')" "1" "schema version of the backup"
equals "$(sqlite3 "$backup" 'SELECT count(*) FROM members')" "4" "members in the backup"
equals "$(stat -c %a "$backup")" "600" "mode of the backup"
ok --file old/congregation.msol prefs show Ngozi --json
equals "$(json_query 'd["want"]')" "['Zoë', 'Søren']" "wants kept by the migration"
equals "$(json_query 'd["size"]')" "4-6" "size kept by the migration"
ok --file old/congregation.msol prefs show zoë --json
equals "$(json_query 'd["avoid"]')" "['Łukasz']" "avoids kept by the migration"
equals "$(json_query 'd["slots"]')" "['tue-eve', 'sat-am']" "slots kept by the migration"
ok --file old/congregation.msol member show Zoë
contains "Zoë <- Søren <- Ngozi"
# The migrated file is a working file: it takes new members.
ok --file old/congregation.msol member add Kwame --invited-by Ngozi
unset FILE

# A file from a newer msol is refused, untouched.
cp congregation.msol future.msol
sqlite3 future.msol 'PRAGMA user_version = 999'
FILE=future.msol
unchanged_by 1 --file future.msol member list
says "newer msol"
says "999"
unchanged_by 1 --file future.msol member add Zed
unset FILE
checks=$((checks + 1))
[ -z "$(ls future.msol.*.bak 2>/dev/null)" ] || fail "a newer file was backed up as if it were migrated"

# Privacy: a file others can read is not written into without --allow-shared-file.
rm -f congregation.msol congregation.msol-wal congregation.msol-shm
ok init
ok member add Ana
chmod 644 congregation.msol
unchanged_by 1 member add Ben
says "chmod 600"
says "--allow-shared-file"
ok member list
contains "Ana"
ok --allow-shared-file member add Ben
chmod 600 congregation.msol
ok member add Caro

# A mistyped command is named in the message.
expect 2 membr list
says "unknown command 'membr'"
expect 2 member lst
says "unknown command 'lst'"
