# One rule for who is in a crew on a date (issue 11): `meet log`, `game list --crew`, the tally
# and `msol check` all count a crew's founders as members before the day the crew was entered,
# so a back-filled meeting is accepted once and counted the same way everywhere.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-01-05
for m in Gil Hal Ivy; do ok member add "$m"; done
MSOL_TODAY=2026-03-01 ok crew create Duo --members Gil,Hal
export MSOL_TODAY=2026-03-05

# The pair met twice before the crew was entered in msol; Ivy was never in it.
ok meet log Duo --date 2026-02-13
ok meet log Duo --date 2026-02-20 --absent Hal
ok game listening --with Gil,Hal --date 2026-02-20
ok game listening --with Gil,Ivy --date 2026-02-20
ok meet list Duo --json
equals "$(json_query '[(m["date"], m["present"], m["absent"]) for m in d]')" \
  "[('2026-02-13', ['Gil', 'Hal'], []), ('2026-02-20', ['Gil'], ['Hal'])]" "meet log took the founders' roll"

# Held within Duo: every participant a member that day, founders counted before the creation.
ok game list --crew Duo --json
equals "$(json_query '[e["participants"] for e in d]')" "[['Gil', 'Hal']]" "the circle of the two is Duo's"

# By hand (SPEC section 6): 1st meeting +1 each; 2nd Gil +3, Hal missed -5.
# Pair: the meetings both attended: 1 + 1 = 2. Crew: 2 + 3 - 5 + the circle's 2 = 2.
ok tally --by pair --json
equals "$(json_query '[(p["members"], p["points"]) for p in d]')" "[(['Gil', 'Hal'], 2)]" \
  "the pair tally counts the back-filled meeting"
ok tally --by crew --json
equals "$(json_query '[(c["crew"], c["points"]) for c in d]')" "[('Duo', 2)]" "the crew tally"
ok check
