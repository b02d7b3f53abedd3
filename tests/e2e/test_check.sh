# msol check and msol backup (SPEC section 7): SQLite's integrity and the domain's invariants,
# each problem named; a consistent copy taken while others write, never over an existing file.

# count SQL: one number from the congregation file (or $DB).
count() { sqlite3 "${DB:-congregation.msol}" "$1"; }

# --- A fresh file and the example congregation pass ------------------------------------------
ok init --name "Check" --timezone UTC
ok check
contains "ok"
ok check --json
equals "$(json_query 'd["ok"]')" "True" "check --json on a fresh file"
equals "$(json_query 'd["errors"]')" "[]" "errors on a fresh file"

ok init --file example.msol --timezone Europe/Berlin
ok --file example.msol import "$MSOL_SOURCE/data/example.toml"
ok --file example.msol --today 2026-11-22 crew form --save --time-limit 0.3
ok --file example.msol check --json
equals "$(json_query 'd["ok"]')" "True" "check on the imported example with crews"
equals "$(json_query 'd["errors"]')" "[]" "errors on the imported example"

# --- A small congregation to corrupt, copied fresh for each corruption ------------------------
export MSOL_TODAY=2026-11-22
for name in Ana Ben Caro Dan Eli Fé; do ok member add "$name" --joined 2026-01-01; done
ok member add Gus --joined 2026-01-01
ok member leave Gus --date 2026-06-01
ok crew create Otters --members Ana,Ben,Caro
ok crew create Herons --members Dan,Eli,Fé
ok meet log Otters --date 2026-11-20 --absent Ben
ok game listening --with Ana,Dan --date 2026-11-21
ok check
ok backup base.msol

# corrupt NAME SQL: a copy of base.msol changed behind msol's back (foreign keys off, as a buggy
# tool or a hand edit would); sets DB to it.
corrupt() {
  DB="$1.msol"
  cp base.msol "$DB"
  sqlite3 "$DB" "PRAGMA foreign_keys = OFF; $2" || fail "sqlite3 could not corrupt $DB"
}

# Ana in two open crews at once.
corrupt twocrews "INSERT INTO crew_members(crew_id, member_id, joined)
  SELECT c.id, m.id, '2026-11-22' FROM crews c, members m WHERE c.name = 'Herons' AND m.name = 'Ana'"
expect 1 --file twocrews.msol check
contains "'Ana' is in 2 open crews at once: Otters, Herons"
says "problem"
expect 1 --file twocrews.msol check --json
equals "$(json_query 'd["ok"]')" "False" "ok with Ana in two crews"
equals "$(json_query 'len(d["errors"])')" "1" "errors with Ana in two crews"

# Gus left on 2026-06-01 and is put into Otters afterwards.
corrupt leaver "INSERT INTO crew_members(crew_id, member_id, joined)
  SELECT c.id, m.id, '2026-11-22' FROM crews c, members m WHERE c.name = 'Otters' AND m.name = 'Gus'"
expect 1 --file leaver.msol check
contains "crew 'Otters': 'Gus' joined it on 2026-11-22, after leaving the congregation on 2026-06-01"
contains "'Gus' left the congregation on 2026-06-01 but is still in this open crew"

# A roster naming a member row that does not exist: SQLite's foreign keys and the roster both say so.
corrupt dangling "INSERT INTO crew_members(crew_id, member_id, joined) VALUES (1, 999, '2026-11-22')"
expect 1 --file dangling.msol check
contains "crew_members"
contains "crew 'Otters' lists 'id 999, no such member'"

# An invitation cycle.
corrupt cycle "UPDATE members SET invited_by = (SELECT id FROM members WHERE name = 'Ben')
  WHERE name = 'Ana'; UPDATE members SET invited_by = (SELECT id FROM members WHERE name = 'Ana')
  WHERE name = 'Ben'"
expect 1 --file cycle.msol check
contains "invitation cycle: Ana invited by Ben invited by Ana"

# Tallies consistent: a roll that is not the crew's roster that day, and an event the game cannot
# score, would quietly change someone's points.
corrupt unrolled "DELETE FROM attendance WHERE member_id = (SELECT id FROM members WHERE name = 'Ben')"
expect 1 --file unrolled.msol check
contains "meeting of Otters on 2026-11-20: 'Ben' was a member of the crew that day but is not on the roll"
corrupt stranger "INSERT INTO attendance(meeting_id, member_id, status)
  SELECT 1, id, 'present' FROM members WHERE name = 'Dan'"
expect 1 --file stranger.msol check
contains "meeting of Otters on 2026-11-20: 'Dan' is on the roll but was not a member of the crew that day"
corrupt lonely "DELETE FROM game_participants WHERE member_id = (SELECT id FROM members WHERE name = 'Dan')"
expect 1 --file lonely.msol check --json
equals "$(json_query '[e for e in d["errors"] if e.startswith("game event 1: ")] != []')" "True" \
  "a listening circle of one named by its event id"

# A crew outside 3-8 is a warning only: exit 0.
corrupt small "DELETE FROM crew_members WHERE member_id = (SELECT id FROM members WHERE name = 'Fé')"
ok --file small.msol check --json
equals "$(json_query 'd["ok"]')" "True" "ok with a crew of two"
equals "$(json_query 'd["warnings"]')" "[\"crew 'Herons' has 2 member(s), outside 3-8\"]" \
  "warnings with a crew of two"

# Damaged pages: check (or opening) fails with exit 1 and a message, never a crash.
corrupt damaged "CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1
  FROM n WHERE i < 2000) INSERT INTO filler SELECT randomblob(200) FROM n"
sqlite3 damaged.msol "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
printf 'garbage%.0s' $(seq 1 600) | dd of=damaged.msol bs=4096 seek=3 conv=notrunc status=none
expect 1 --file damaged.msol check
contains "SQLite integrity check"
says "msol: "
unset DB

# --- backup: a private, consistent copy that passes check, never overwriting -----------------
ok backup copy.msol
equals "$(stat -c %a copy.msol)" "600" "mode of a backup"
ok --file copy.msol check
equals "$(DB=copy.msol count 'SELECT COUNT(*) FROM members')" "$(count 'SELECT COUNT(*) FROM members')" \
  "members in the backup"
before=$(fingerprint copy.msol)
expect 1 backup copy.msol
says "already exists"
says "copy.msol"
equals "$(fingerprint copy.msol)" "$before" "an existing file after a refused backup"
expect 2 backup

# Backups while 4 writers add members: each copy passes check and holds a whole number of adds.
members_before=$(count 'SELECT COUNT(*) FROM members')
writers=4 adds=15
for w in $(seq 1 $writers); do
  (
    for i in $(seq 1 $adds); do
      "$MSOL" -q member add "Writer$w-$i" 2>>"writer$w.err" || echo "member add Writer$w-$i exited $?" >>"writer$w.err"
    done
  ) &
done
sleep 0.3
for b in 1 2 3; do
  ok backup "during$b.msol"
  ok --file "during$b.msol" check
  n=$(DB="during$b.msol" count 'SELECT COUNT(*) FROM members')
  checks=$((checks + 1))
  [ "$n" -ge "$members_before" ] && [ "$n" -le $((members_before + writers * adds)) ] ||
    fail "backup during writes holds $n members, outside $members_before..$((members_before + writers * adds))"
done
wait
equals "$(cat writer*.err)" "" "errors of the writers during backups"
equals "$(count 'SELECT COUNT(*) FROM members')" "$((members_before + writers * adds))" \
  "members after 4 writers and 3 backups"
ok check
