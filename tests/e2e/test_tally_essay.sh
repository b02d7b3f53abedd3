# The essay scenario end to end (issue 5, item 6): crew Oak of five meets six times with two
# absences; a money round with two offers and an ask; one resolved and one unresolved conflict; a
# co-owned venture. Every expected figure is worked out here with the essay's default points.

ok init --name "Essay" --timezone Europe/Berlin
export MSOL_TODAY=2026-01-01
for m in Ana Ben Cai Dee Eve Fay; do ok member add "$m"; done
ok crew create Oak --members Ana,Ben,Cai,Dee,Eve

# Monthly meetings; Ben misses the 3rd, Dee the 5th.
ok meet log Oak --date 2026-01-10 --today 2026-01-10
ok meet log Oak --date 2026-02-14 --today 2026-02-14
ok meet log Oak --date 2026-03-14 --today 2026-03-14 --absent Ben
ok meet log Oak --date 2026-04-11 --today 2026-04-11
ok meet log Oak --date 2026-05-09 --today 2026-05-09 --absent Dee
ok meet log Oak --date 2026-06-13 --today 2026-06-13
export MSOL_TODAY=2026-11-22

ok game money --focus ana --asked --offers Ben,cai --date 2026-03-20
ok game conflict Ben Cai --resolved --date 2026-04-20
ok game conflict Dee Eve --unresolved --date 2026-05-20
# Fay is not in Oak, so the venture is no crew event.
ok game coowners --venture Bakery --owners Ana,Eve,Fay --date 2026-06-20

# Consistency in Oak: 1st meeting +1, 2nd +3, each after +5, each miss -5.
#   Ana, Cai, Eve attend all six: 1 + 3 + 5 + 5 + 5 + 5 = 24
#   Ben misses the 3rd, Dee the 5th: 1 + 3 + 5 + 5 + 5 - 5 = 14
# Money: Ana asked +5, respect bonus +1 = 6; Ben and Cai offer +5, bonus +1 = 6 each.
# Conflicts: Ben, Cai +10 each; Dee, Eve -20 each. Venture: Ana, Eve, Fay +100 each.
#   Ana 24 + 6 + 100 = 130 (level 5)   Ben 14 + 6 + 10 = 30 (level 4)   Cai 24 + 6 + 10 = 40 (4)
#   Dee 14 - 20 = -6 (level 3: conflict is negative)   Eve 24 - 20 + 100 = 104 (5)   Fay 100 (5)
ok tally --json
equals "$(json_query '[(m["member"], m["points"], m["level"]) for m in d]')" \
  "[('Ana', 130, 5), ('Ben', 30, 4), ('Cai', 40, 4), ('Dee', -6, 3), ('Eve', 104, 5), ('Fay', 100, 5)]" \
  "member tally of the essay scenario, sorted by name"
ok tally
contains "Ana     130     5 co-owners"
contains "Dee     -6      3 consistency"

# Crew Oak: meetings 24*3 + 14*2 = 100; money round 6*3 = 18; conflicts +20 and -40; the venture
# is left out (Fay): 100 + 18 + 20 - 40 = 98. Conflicts sum to -20, so the level is 3.
ok tally --by crew --json
equals "$(json_query '[(c["crew"], c["points"], c["level"]) for c in d]')" "[('Oak', 98, 3)]" "crew tally"

# Pairs: Ana-Ben and Ana-Cai share the money round (6 + 6 = 12, level 2); Ben-Cai resolved
# (10 + 10 = 20, level 4); Dee-Eve unresolved (-40, level 0); each pair of owners 100 + 100 = 200.
ok tally --by pair --json
equals "$(json_query '[(p["members"], p["points"], p["level"]) for p in d]')" \
  "[(['Ana', 'Ben'], 12, 2), (['Ana', 'Cai'], 12, 2), (['Ana', 'Eve'], 200, 5), (['Ana', 'Fay'], 200, 5), (['Ben', 'Cai'], 20, 4), (['Dee', 'Eve'], -40, 0), (['Eve', 'Fay'], 200, 5)]" \
  "pair tally"

# --explain: the figure is the sum of the entries shown.
ok tally --explain --json
equals "$(json_query 'all(m["points"] == sum(e["points"] for e in m["entries"]) for m in d)')" "True" \
  "every figure is the sum of its entries"
equals "$(json_query '[e["points"] for e in d[1]["entries"] if e["source"] == "meeting"]')" \
  "[1, 3, -5, 5, 5, 5]" "Ben's meetings: 1st, 2nd, missed, 3rd, 4th, 5th"
ok tally --explain
contains "Ben: 30 points, level 4 conflict"
contains "missed Oak meeting"
contains "offered help to Ana"

# --since: the money round (March) and earlier meetings drop out; ordinals still count from the
# first meeting, so Ben's 2026-04-11 meeting is his 3rd (+5).
#   Ben since 2026-04-01: meetings 04-11 +5, 05-09 +5, 06-13 +5, conflict +10 = 25
ok tally --since 2026-04-01 --json
equals "$(json_query '[m["points"] for m in d if m["member"] == "Ben"]')" "[25]" "--since keeps ordinals"

# Changed point values apply to the whole history: an offer worth 3 instead of 5.
#   Ben 30 - 2 = 28
ok settings set money.offer 3
ok tally --json
equals "$(json_query '[m["points"] for m in d if m["member"] == "Ben"]')" "[28]" "settings change the figures"

# A member who left is still tallied.
ok member leave Fay --date 2026-10-01
ok tally --json
equals "$(json_query '[m["points"] for m in d if m["member"] == "Fay"]')" "[100]" "a member who left is still tallied"

# Bad input writes nothing and names the offending value.
unchanged_by 2 tally --since 2026-13-01
says "2026-13-01"
unchanged_by 2 tally --by rank
