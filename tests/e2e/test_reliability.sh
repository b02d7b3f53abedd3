# Nothing is lost silently (SPEC 1), tried with the faults made real: /dev/full, a full tmpfs,
# closed pipes, a read-only file and folder used by a non-root user, a -wal left beside a file
# put back by hand, a file replaced by rename while msol writes, repeated migrations, the
# congregation file named as an output, redaction, and text that is not UTF-8.

# run_to TARGET ARGS...: runs msol with stdout going to TARGET; sets RC and ERR.
run_to() {
  local target=$1
  shift
  OUT=
  "$MSOL" "$@" >"$target" 2>"$work/.stderr"
  RC=$?
  ERR=$(cat "$work/.stderr")
}

# as_user ARGS...: runs msol as an unprivileged user (nobody when the tests run as root, who
# ignores permission bits); sets OUT, ERR and RC like run.
as_user() {
  if [ "$(id -u)" -eq 0 ]; then
    OUT=$(setpriv --reuid=nobody --regid=nogroup --clear-groups "$MSOL" "$@" 2>"$work/.stderr")
  else
    OUT=$("$MSOL" "$@" 2>"$work/.stderr")
  fi
  RC=$?
  ERR=$(cat "$work/.stderr")
}

# leave_wal FILE SQL: runs SQL on FILE and exits without a checkpoint, as a writer that crashed
# after its commit: the change is only in FILE-wal.
leave_wal() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA wal_autocheckpoint = 0")
con.execute(sys.argv[2])
os._exit(0)
PY
}

ok init --name "Spree" --timezone UTC
{
  for i in $(seq 1 1500); do printf '[[member]]\nname = "Member %04d"\nemail = "member%04d@example.org"\n' "$i" "$i"; done
} >many.toml
ok import many.toml
export MSOL_TODAY=2026-11-01
ok crew create Otters --members "Member 0001,Member 0002,Member 0003"
ok rhythm set Otters --every week --count 3 --from 2026-11-17 --at 19:00
unset MSOL_TODAY

# --- 1. Every write to stdout is checked --------------------------------------------------------
run_to /dev/full member list
equals "$RC" "1" "exit code of member list > /dev/full"
says "msol: cannot write to standard output: No space left on device"
run_to /dev/full export
equals "$RC" "1" "exit code of export > /dev/full"
says "cannot write to standard output: No space left on device"
run_to /dev/full --version
equals "$RC" "1" "exit code of --version > /dev/full"
# remind --mark records nothing when its output fails: the reminder comes again.
run_to /dev/full remind --now "2026-11-17 18:00" --within 1d --mark
equals "$RC" "1" "exit code of remind --mark > /dev/full"
says "cannot write to standard output"
ok remind --now "2026-11-17 18:00" --within 1d --mark
contains "Otters: meeting"
ok remind --now "2026-11-17 18:00" --within 1d --mark
equals "$OUT" "" "a reminder printed once is not printed again"
# A reader that stops early is not an error: nothing on stderr, with SIGPIPE or without.
"$MSOL" export 2>"$work/pipe.err" | head -1 >/dev/null
equals "$(cat "$work/pipe.err")" "" "stderr of export | head -1"
(
  trap '' PIPE
  "$MSOL" export 2>"$work/pipe.err" | head -1 >/dev/null
)
equals "$(cat "$work/pipe.err")" "" "stderr of export | head -1 with SIGPIPE ignored"

# --- Full disk: a 64 KiB tmpfs (root only) ------------------------------------------------------
if [ "$(id -u)" -eq 0 ] && mkdir full && mount -t tmpfs -o size=64k tmpfs full 2>/dev/null; then
  run_to full/nightly.toml export
  equals "$RC" "1" "exit code of export > a full disk"
  says "cannot write to standard output: No space left on device"
  rm -f full/nightly.toml
  expect 1 export -o full/export.toml
  says "cannot write 'full/export.toml': No space left on device"
  expect 1 backup full/copy.msol
  says "cannot write 'full/copy.msol': No space left on device"
  equals "$(ls -A full)" "" "what failed writes left on the full disk"
  umount full
else
  echo "SKIP: full-disk faults need root and tmpfs"
fi

# --- 2. The OS's reason, never a stale one ------------------------------------------------------
expect 1 export -o no/such/folder/out.toml
says "cannot write 'no/such/folder/out.toml': No such file or directory"
expect 1 import nowhere.toml
says "'nowhere.toml': No such file or directory"

# --- Issue 11: no output may name the congregation file or its companions -------------------------
FILE=congregation.msol
mkdir -p sub
ln -s congregation.msol alias.ics
ln congregation.msol sub/hardlink.ics
for target in congregation.msol ./sub/../congregation.msol alias.ics sub/hardlink.ics \
  congregation.msol-wal congregation.msol-shm congregation.msol-journal; do
  unchanged_by 1 ics -o "$target"
  says "destroy the congregation"
  unchanged_by 1 export -o "$target"
  unchanged_by 1 graph --format dot -o "$target"
  unchanged_by 1 backup "$target"
done
[ ! -e congregation.msol-journal ] || fail "a refused write created congregation.msol-journal"
rm sub/hardlink.ics alias.ics
ok ics -o /dev/stdout
contains "BEGIN:VCALENDAR"
unset FILE

# --- 3. Read-only file and folder, used by a non-root user ---------------------------------------
chmod 755 "$work"
mkdir ro
cp congregation.msol ro/congregation.msol
[ "$(id -u)" -ne 0 ] || chown -R nobody ro
chmod 400 ro/congregation.msol
as_user --file ro/congregation.msol member list
equals "$RC" "0" "member list on a read-only file"
as_user --file ro/congregation.msol check
equals "$RC" "0" "check on a read-only file"
as_user --file ro/congregation.msol member add Zed
equals "$RC" "1" "member add on a read-only file"
says "'ro/congregation.msol' is read-only"
says "chmod u+w ro/congregation.msol"
equals "$(ls ro)" "congregation.msol" "files beside a read-only file after a refused write"
chmod 600 ro/congregation.msol
as_user --file ro/congregation.msol member add Zed
equals "$RC" "0" "member add once the file is writable again"
# Companions that an older msol left with the read-only file's mode are repaired.
touch ro/congregation.msol-wal ro/congregation.msol-shm
chmod 400 ro/congregation.msol-wal ro/congregation.msol-shm
[ "$(id -u)" -ne 0 ] || chown nobody ro/congregation.msol-wal ro/congregation.msol-shm
as_user --file ro/congregation.msol member add Zoe
equals "$RC" "0" "member add beside -wal and -shm of mode 0400"
# A read-only folder (a mounted backup) with a WAL that cannot be folded in.
leave_wal ro/congregation.msol "UPDATE settings SET value = 'Renamed' WHERE key = 'name'"
[ "$(id -u)" -ne 0 ] || chown nobody ro/congregation.msol-wal ro/congregation.msol-shm
chmod 555 ro
as_user --file ro/congregation.msol export --format json
equals "$RC" "0" "export in a read-only folder"
equals "$(json_query 'd["congregation"]["name"]')" "Spree" "name without the WAL's change"
says "congregation.msol-wal' holds changes"
mkdir -m 777 out
as_user --file ro/congregation.msol backup out/copy.msol
equals "$RC" "0" "backup from a read-only folder"
as_user --file ro/congregation.msol member add Yan
equals "$RC" "1" "member add in a read-only folder"
says "read-only folder"
chmod 755 ro
ok --file ro/congregation.msol export --format json
equals "$(json_query 'd["congregation"]["name"]')" "Renamed" "the WAL folded in once the folder is writable"

# --- 4. restore, and a file put back by hand beside an old WAL ----------------------------------
mkdir rs
ok init --file rs/congregation.msol --name "Restore" --timezone UTC
ok --file rs/congregation.msol member add Ana
ok --file rs/congregation.msol backup rs-ana.msol
ok --file rs/congregation.msol member add Ben
ok --file rs/congregation.msol restore rs-ana.msol
says "saved as rs/congregation.msol.restore."
ok --file rs/congregation.msol member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Ana']" "members after restore"
saved=$(ls rs/congregation.msol.restore.*.bak)
equals "$(sqlite3 "$saved" 'SELECT group_concat(name) FROM members')" "Ana,Ben" "the file saved before restore"
printf 'not a congregation file at all, just some words long enough to fill a header.....\n' >junk.msol
FILE=rs/congregation.msol
unchanged_by 1 --file rs/congregation.msol restore junk.msol
says "'junk.msol' cannot be restored"
# Another process writing: refused, nothing changed.
/usr/bin/python3 - rs/congregation.msol <<'PY' &
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
open(sys.argv[1] + ".locked", "w").close()
time.sleep(5)
PY
holder=$!
for _ in $(seq 50); do [ -e rs/congregation.msol.locked ] && break; sleep 0.1; done
unchanged_by 1 --file rs/congregation.msol restore rs-ana.msol
says "another program is writing"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
unset FILE
# cp of a backup over a file whose crashed writer left a WAL: refused, then restore --force.
leave_wal rs/congregation.msol "UPDATE settings SET value = 'From the old WAL' WHERE key = 'name'"
touch -d '-1 minute' rs/congregation.msol-wal  # the writer crashed a minute before the copy
cp rs-ana.msol rs/congregation.msol
expect 1 --file rs/congregation.msol member list
says "congregation.msol-wal' is older than"
says "msol restore"
expect 1 --file rs/congregation.msol restore rs-ana.msol
says "--force"
ok --file rs/congregation.msol restore --force rs-ana.msol
ok --file rs/congregation.msol export --format json
equals "$(json_query 'd["congregation"]["name"]')" "Restore" "name after restore --force (not the old WAL's)"
ok --file rs/congregation.msol check

# --- 5. A file replaced by rename while msol works ----------------------------------------------
mkdir rp
ok init --file rp/congregation.msol --name "Ours" --timezone UTC
ok init --file rp/theirs.msol --name "Theirs" --timezone UTC
ok --file rp/theirs.msol member add Tia
theirs=$(fingerprint rp/theirs.msol)
# A writer holds the lock, so the import has opened the file and waits to write when the sync
# client's rename happens; then the lock is released and the import goes on.
/usr/bin/python3 - rp/congregation.msol <<'PY' &
import os, sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
open("rp/locked", "w").close()
while not os.path.exists("rp/go"):
    time.sleep(0.05)
con.execute("COMMIT")
PY
holder=$!
for _ in $(seq 50); do [ -e rp/locked ] && break; sleep 0.1; done
"$MSOL" --file rp/congregation.msol import many.toml >/dev/null 2>"$work/import.err" &
importer=$!
for _ in $(seq 100); do ls -l /proc/$importer/fd 2>/dev/null | grep -q 'rp/congregation.msol$' && break; sleep 0.05; done
mv rp/theirs.msol rp/congregation.msol
touch rp/go
wait "$holder"
wait "$importer"
equals "$?" "1" "exit code of an import whose file was replaced"
ERR=$(cat "$work/import.err")
RC=1
says "was replaced by another file while msol worked"
equals "$(fingerprint rp/congregation.msol)" "$theirs" "the file that replaced it, after the import"
ok --file rp/congregation.msol check
ok --file rp/congregation.msol member list --json
equals "$(json_query '[m["name"] for m in d]')" "['Tia']" "members of the file that replaced it"

# --- 6. Every migration takes a fresh backup ----------------------------------------------------
mkdir mg
sqlite3 mg/congregation.msol <"$MSOL_SOURCE/tests/fixtures/schema3.sql"
chmod 600 mg/congregation.msol
cp mg/congregation.msol schema3.msol
ok --file mg/congregation.msol member list
first=$(ls mg/congregation.msol.schema3.*.bak)
says "$first"
sleep 1.1
cp schema3.msol mg/congregation.msol
ok --file mg/congregation.msol member list
equals "$(ls mg/congregation.msol.schema3.*.bak | wc -l)" "2" "backups after migrating twice"

# --- 7. export --redact leaves out avoids too ---------------------------------------------------
ok prefs set "Member 0001" --avoid "Member 0002"
ok export --redact
lacks "avoid"
ok export --redact --format json
lacks "avoid"
ok export
contains "avoid"

# --- 8. Text that is not UTF-8 never enters the file --------------------------------------------
FILE=congregation.msol
unchanged_by 2 member add "$(printf 'Jos\xe9')"
says "argument 3"
says "UTF-8"
unchanged_by 2 member add Eve --email "$(printf 'eve@caf\xe9.org')"
says "the value of --email"
printf '[[member]]\nname = "Ana"\n\n[[member]]\nname = "Jos\xe9"\n' >latin1.toml
unchanged_by 2 import latin1.toml
says "latin1.toml:5:"
printf 'name,email\nAna,ana@example.org\nJos\xe9,jose@example.org\n' >latin1.csv
unchanged_by 2 import latin1.csv
says "latin1.csv:3:"
printf '{"congregation": {"name": "X", "timezone": "UTC"},\n "member": [{"name": "Jos\xe9"}]}\n' >latin1.json
unchanged_by 2 import latin1.json
says "latin1.json:2:"
printf 'Member 0001\nJos\xe9\n' >present.txt
unchanged_by 2 crew form --present-file present.txt
says "present.txt line 2"
unset FILE
# What an older msol stored: check reports it, --json shows it instead of failing.
sqlite3 congregation.msol "UPDATE members SET email = CAST(X'6A6F7365E9406578616D706C652E6F7267' AS TEXT) WHERE name = 'Member 0003'"
ok member list --json
equals "$(json_query '[m["email"] for m in d if m["name"] == "Member 0003"][0]')" "jose�@example.org" "stored bad text in --json"
expect 1 check
contains "members row"
contains "not valid UTF-8"
