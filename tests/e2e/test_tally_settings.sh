# msol settings show|set|import: the game's point values (SPEC section 6), stored as points.<key>.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-22
for m in Ana Ben; do ok member add "$m"; done
ok game money --focus Ana --offers Ben

ok settings show --json
equals "$(json_query 'd["points"]["money.offer"], d["points"]["consistency.missed"], len(d["points"])')" \
  "(5, -5, 12)" "defaults are the essay's values"
ok settings show
contains "coowners.each"

ok settings set points.money.offer 7
ok settings set consistency.excused -2
equals "$(sqlite3 congregation.msol "SELECT value FROM settings WHERE key = 'points.money.offer'")" "7" \
  "stored under points.<key>"
ok settings show --json
equals "$(json_query 'd["points"]["money.offer"], d["points"]["consistency.excused"]')" "(7, -2)" "set"
# Ben: offer 7 + respect bonus 1
ok tally --json
equals "$(json_query '[m["points"] for m in d if m["member"] == "Ben"]')" "[8]" "tally uses the settings"

cat > points.toml <<'TOML'
[points]
listening.each = 2
[points.money]
offer = 4
respect_bonus = 0
TOML
ok settings import points.toml
says "set 3 point values"
ok settings show --json
equals "$(json_query 'd["points"]["money.offer"], d["points"]["money.respect_bonus"], d["points"]["listening.each"]')" \
  "(4, 0, 2)" "import reads nested and dotted keys"

# --- bad input: nothing written ----------------------------------------------------------------
unchanged_by 2 settings set money.offerz 3
says "unknown game points setting 'money.offerz'"
unchanged_by 2 settings set money.offer lots
says "'lots' is not a whole number"
unchanged_by 2 settings set money.offer 2.5
printf '[points]\nmoney.offer = 1\nmoney.typo = 2\n' > typo.toml
unchanged_by 2 settings import typo.toml
says "money.typo"
printf '[points]\nmoney.offer = "five"\n' > text.toml
unchanged_by 2 settings import text.toml
says "whole number"
printf '[points\n' > broken.toml
unchanged_by 2 settings import broken.toml
says "not valid TOML"
printf '[other]\nx = 1\n' > empty.toml
unchanged_by 2 settings import empty.toml
says "no [points] table"
unchanged_by 1 settings import missing.toml
says "missing.toml"
