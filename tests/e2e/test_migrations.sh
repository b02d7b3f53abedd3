# Schema migration (issue 6): a fixture of every earlier schema version (tests/fixtures/schemaN.sql)
# upgrades in place, keeps every row of every table it had, leaves a private backup of itself
# beside the file, and then passes msol check and works. A new migration without a fixture of the
# version before it fails here.

ok init --timezone UTC
latest=$(sqlite3 congregation.msol 'PRAGMA user_version')
export MSOL_TODAY=2026-03-01

# rows FILE [OLD]: the people's data, table by table, in a stable order; journal_* tables are
# msol's own bookkeeping (calendar revisions, the undo journal), which a migration may advance.
# With OLD, only the columns OLD's table had (a migration may add columns, which start empty).
# Rows are sorted: migration 9 keys tables by their primary key instead of insertion order.
rows() {
  local t cols
  for t in $(sqlite3 "$1" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'journal\_%' ESCAPE '\' ORDER BY name"); do
    echo "== $t"
    cols=$(sqlite3 "${2:-$1}" "SELECT group_concat('\"' || name || '\"', ',') FROM pragma_table_info('$t')")
    sqlite3 "$1" "SELECT ${cols:-*} FROM \"$t\"" | LC_ALL=C sort
  done
}

for v in $(seq 1 $((latest - 1))); do
  fixture="$MSOL_SOURCE/tests/fixtures/schema$v.sql"
  checks=$((checks + 1))
  [ -f "$fixture" ] || { fail "no fixture of schema version $v: add tests/fixtures/schema$v.sql"; continue; }
  mkdir "v$v"
  FILE="v$v/congregation.msol"
  sqlite3 "$FILE" <"$fixture"
  chmod 600 "$FILE"
  equals "$(sqlite3 "$FILE" 'PRAGMA user_version')" "$v" "version of the fixture schema$v.sql"
  before=$(rows "$FILE")
  ok --file "$FILE" member list
  equals "$(sqlite3 "$FILE" 'PRAGMA user_version')" "$latest" "version after migrating from $v"
  # The old tables keep every row; the new ones start empty.
  after=$(rows "$FILE" "$(ls "$FILE".schema"$v".*.bak)")
  equals "$(diff <(echo "$before") <(echo "$after") | grep '^<' | head -3)" "" \
    "rows lost or changed migrating from $v"
  equals "$(diff <(echo "$before") <(echo "$after") | grep '^>' | grep -v '^> == ' | head -3)" "" \
    "rows added migrating from $v"
  backup=$(ls "$FILE".schema"$v".*.bak)
  [[ "$backup" =~ \.schema$v\.[0-9]{8}T[0-9]{6}\.bak$ ]] || fail "backup name '$backup' is not FILE.schema$v.YYYYMMDDTHHMMSS.bak"
  says "$backup"
  equals "$(sqlite3 "$backup" 'PRAGMA user_version')" "$v" "version of the backup of $v"
  equals "$(rows "$backup")" "$before" "rows of the backup of $v"
  equals "$(stat -c %a "$backup")" "600" "mode of the backup of $v"
  ok --file "$FILE" check
  ok --file "$FILE" crew list --json
  ok --file "$FILE" tally
  ok --file "$FILE" export --format json
  ok --file "$FILE" member add "New in $v"
done
unset FILE

# What the fixtures hold reads back after migration as msol shows it.
ok --file v2/congregation.msol crew list --json
equals "$(json_query '[c["members"] for c in d]')" \
  "[['Ngozi', 'Søren', 'Łukasz'], ['Zoë', 'Ana', 'Ben']]" "crews of the version-2 fixture"
ok --file v3/congregation.msol meet list --json
equals "$(json_query '[(m["crew"], m["date"], m["note"]) for m in d]')" \
  "[('Crew 1', '2026-01-20', 'first')]" "meetings of the version-3 fixture"
ok --file v3/congregation.msol prefs show Ana --json
equals "$(json_query 'd["want"], d["avoid"]')" "(['Ben', 'Zoë'], ['Łukasz'])" "preferences of the version-3 fixture"
# A formation saved before explanations were kept (version 4) has none to print again.
expect 1 --file v4/congregation.msol crew form --last
says "no saved formation with an explanation"
# Version 8 replaced the setting formation.history_rounds by formation.history_months: a stored
# one goes, so that the settings table (which refuses unknown keys) still reads the file.
mkdir rounds
sqlite3 rounds/congregation.msol <"$MSOL_SOURCE/tests/fixtures/schema7.sql"
sqlite3 rounds/congregation.msol "INSERT INTO settings VALUES('formation.history_rounds', '3')"
chmod 600 rounds/congregation.msol
ok --file rounds/congregation.msol settings show --json
equals "$(sqlite3 rounds/congregation.msol "SELECT count(*) FROM settings WHERE key LIKE 'formation.%'")" \
  "0" "formation.history_rounds removed by migration 8"
