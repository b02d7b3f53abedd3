# crew form proves its crews optimal (issue 19): the LP bound meets the score, the output says
# "optimal", JSON has bound == score and "optimal": true, and the search stops there instead of
# using the whole time limit.
ok init --timezone Europe/Berlin
for m in Ana Ben Caro Dan Eli Fay; do ok member add "$m"; done
# Two triangles of mutual wants. By hand: each member has a first want (12) and a second (10),
# both returned (+4 each), so a triangle scores 3 * 30 = 90 and the two triangles 180. Crews of
# exactly three leave no other way to meet every want, so 180 is the optimum.
ok prefs set Ana --want Ben,Caro
ok prefs set Ben --want Caro,Ana
ok prefs set Caro --want Ana,Ben
ok prefs set Dan --want Eli,Fay
ok prefs set Eli --want Fay,Dan
ok prefs set Fay --want Dan,Eli

ok crew form --min 3 --max 3 --time-limit 30 --json
equals "$(json_query 'int(d["score"])')" 180 "the hand-computed optimum"
equals "$(json_query 'd["bound"] == d["score"]')" True "bound meets score"
equals "$(json_query 'd["optimal"]')" True "optimal key"
equals "$(json_query 'sorted(sorted(c["members"]) for c in d["crews"])')" \
  "[['Ana', 'Ben', 'Caro'], ['Dan', 'Eli', 'Fay']]" "the two triangles"
# Proven at once, the search ends far inside its 30 s.
equals "$(json_query 'd["seconds"] < 10')" True "stops when the bound is met"

ok crew form --min 3 --max 3 --seed 4
contains "Score 180"
contains "optimal: no partition"
