# msol settings show|set|import: the congregation's settings (SPEC section 7): the game's point
# values (SPEC section 6, stored as points.<key>) and the other keys, each with a range.

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
says "set 3 values"
ok settings show --json
equals "$(json_query 'd["points"]["money.offer"], d["points"]["money.respect_bonus"], d["points"]["listening.each"]')" \
  "(4, 0, 2)" "import reads nested and dotted keys"

# --- bad input: nothing written ----------------------------------------------------------------
unchanged_by 2 settings set money.offerz 3
says "unknown setting 'money.offerz'"
unchanged_by 2 settings set money.offer lots
says "'lots' is not a valid value for points.money.offer: it must be a whole number of points from -10000 to 10000"
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
says "no [points] or [settings] table"
unchanged_by 1 settings import missing.toml
says "missing.toml"

# --- every key SPEC section 7 names, with its default and range ---------------------------------
ok settings show --json
equals "$(json_query '{s["key"]: (s["value"], s["min"], s["max"]) for s in d["settings"] if not s["key"].startswith("points.")}')" \
  "{'formation.history_months': (12, 1, 120), 'remind.grace_minutes': (30, 0, 1440), 'journal.keep_changes': (200, 1, 100000), 'journal.keep_days': (365, 1, 36500)}" \
  "the table's keys, defaults and ranges"
ok settings set remind.grace_minutes 60
ok settings show --json
equals "$(json_query '[s["value"] for s in d["settings"] if s["key"] == "remind.grace_minutes"]')" "[60]" "set"
unchanged_by 2 settings set remind.grace_minutes 1441
says "remind.grace_minutes cannot be 1441: it must be a whole number of minutes from 0 to 1440"
unchanged_by 2 settings set journal.keep_days many
says "journal.keep_days: it must be a whole number of days from 1 to 36500"
unchanged_by 2 settings set formation.history 3
says "unknown setting 'formation.history'"

# The shipped file holds the defaults: importing it gives SPEC's values back.
ok settings import "$MSOL_SOURCE/data/settings.toml"
ok settings show --json
equals "$(json_query '[(s["key"], s["value"]) for s in d["settings"] if s["value"] != s["default"]]')" "[]" \
  "data/settings.toml holds the defaults"
equals "$(json_query 'd["points"]["money.offer"], d["points"]["conflict.unresolved"]')" "(5, -20)" \
  "the essay's values"

# A bad value arriving by import is refused at its line, not by the command that later reads it.
printf '[settings]\n"formation.history_months" = "many"\n' > many.toml
unchanged_by 2 import many.toml
says "many.toml:2"
says "formation.history_months: it must be a whole number of months from 1 to 120"
printf '{"settings": {"formation.history_months": "many"}}\n' > many.json
unchanged_by 2 import many.json
says "formation.history_months"
printf '[settings]\n"remind.grace_minutes" = 99999\n' > grace.toml
unchanged_by 2 import grace.toml
says "from 0 to 1440"
printf '[settings]\n"no.such" = 1\n' > unknown.toml
unchanged_by 2 import unknown.toml
says "unknown setting 'no.such'"
printf '[settings]\n"formation.history_months" = 5\n' > five.toml
ok import five.toml
ok settings show --json
equals "$(json_query '[s["value"] for s in d["settings"] if s["key"] == "formation.history_months"]')" "[5]" \
  "import sets a setting"

# A damaged row names its key instead of dying in a parser ("msol: stoi" before).
sqlite3 congregation.msol "UPDATE settings SET value = 'many' WHERE key = 'formation.history_months'"
expect 2 crew form
says "formation.history_months"
[[ "$ERR" != *stoi* ]] || fail "a parser's message instead of the key's"
expect 2 settings show
says "formation.history_months"
