# msol status (SPEC section 7, status JSON of section 9, issue 5 item 4): size against the 30-200
# band, unplaced members, crew sizes, unlogged meetings, commitments ended without retrospective,
# attendance per crew and reciprocity levels reached.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-10-01
for m in Ana Ben Caro Dee Eve Fay Gus; do ok member add "$m"; done
ok prefs set Gus --looking no
ok crew create Otters --members Ana,Ben,Caro
ok crew create Pair --members Dee,Eve
# Weekly for four weeks: 10-06, 10-13, 10-20, and the retrospective on 10-27.
ok rhythm set Otters --every week --count 4 --from 2026-10-06 --at 19:00
ok meet log Otters --date 2026-10-06 --today 2026-10-06
ok meet log Otters --date 2026-10-13 --today 2026-10-13 --absent Ben
ok game money --focus Ana --offers Ben --date 2026-10-14
export MSOL_TODAY=2026-11-22

ok status --json
equals "$(json_query '{"members","crews","unplaced","warnings"} <= set(d)')" "True" "status has the SPEC keys"
equals "$(json_query 'all(isinstance(w, str) for w in d["warnings"])')" "True" "warnings are sentences"
equals "$(json_query 'd["members"], d["crews"], d["band"], d["unplaced"], d["not_looking"]')" \
  "(7, 2, 'below 30', ['Fay'], ['Gus'])" "members, crews, unplaced (looking), not looking"
equals "$(json_query 'sorted(w["kind"] for w in d["warning_details"])')" \
  "['crew-size', 'no-crew', 'no-retrospective', 'unlogged-meeting']" "warnings"
equals "$(json_query '[w["message"] for w in d["warning_details"] if w["kind"] == "unlogged-meeting"][0]')" \
  "crew 'Otters': 2 past meetings not logged (2026-10-20, 2026-10-27): log with 'msol meet log \"Otters\" --date 2026-10-20'" \
  "unlogged meetings named with the fix"
# Otters: 3 present + 2 present and 1 absent = 5 of 6 on the rolls.
equals "$(json_query '[(a["crew"], a["meetings"], a["present"], a["absent"]) for a in d["attendance"]]')" \
  "[('Otters', 2, 5, 1), ('Pair', 0, 0, 0)]" "attendance per crew, by name"
# Levels: Ana consistency 1 + 3 = 4 and money 1 -> 3; Ben consistency 1 - 5 < 0, money 6 -> 2;
# Caro consistency 4 -> 3; Dee, Eve, Fay, Gus none.
equals "$(json_query '[l["members"] for l in d["levels"]]')" "[4, 0, 1, 2, 0, 0]" "levels reached"

ok status
contains "7 members (below 30 of the 30-200 band)"
contains "Looking, in no crew: Fay"
contains "warning: crew 'Pair' has 2 member(s), outside 3-8"
contains "without a"
contains "retrospective"
contains "83%"

# Logging the meetings and holding the retrospective clears Otters' warnings; stopping closes the
# crew and returns its members to the pool. Its meetings still count in the tally.
ok meet log Otters --date 2026-10-20
ok meet log Otters --date 2026-10-27
ok retro Otters --decision stop
ok status --json
equals "$(json_query 'sorted(w["kind"] for w in d["warning_details"])')" "['crew-size', 'no-crew']" \
  "warnings cleared by logging and the retrospective"
equals "$(json_query 'd["crews"], d["unplaced"]')" "(1, ['Ana', 'Ben', 'Caro', 'Fay'])" \
  "a closed crew's members are unplaced again"
ok tally --by crew --json
equals "$(json_query '[c["crew"] for c in d]')" "['Otters']" "a closed crew is still tallied"

# --- the trust band -----------------------------------------------------------------------------
band() {
  /usr/bin/python3 -c "
import sys
print('[congregation]\nname = \"Big\"\ntimezone = \"UTC\"')
for i in range(int(sys.argv[1])): print(f'[[member]]\nname = \"M{i:03d}\"')" "$1" >"members$1.toml"
}
band 101
FILE=big.msol
ok --file big.msol init --name Big --timezone UTC
ok --file big.msol import members101.toml
ok --file big.msol status --json
equals "$(json_query 'd["band"], [w["message"] for w in d["warning_details"] if w["kind"] == "size"]')" \
  "('past 100', [\"101 members is past 100: time to think about splitting in two (see 'msol split --suggest')\"])" \
  "past 100"
band 201
FILE=huge.msol
ok --file huge.msol init --name Huge --timezone UTC
ok --file huge.msol import members201.toml
ok --file huge.msol status
contains "beyond what trust can hold"
unset FILE

# --- bad input ----------------------------------------------------------------------------------
unchanged_by 2 status --today 2026-02-31
says "2026-02-31"
unchanged_by 2 status --verbose
unchanged_by 1 --file nowhere.msol status
