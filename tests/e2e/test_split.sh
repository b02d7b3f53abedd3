# msol split --suggest (SPEC section 7, issue 5 item 5): two halves of similar size, crews whole,
# ties (wants, shared crews, game events) kept inside a half; nothing is written.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-22
unchanged_by 1 split --suggest
says "at least 2 members"
for m in Ana Ben Caro Dan Eli Fay Gil Hana Ivo; do ok member add "$m"; done
# Two friendly groups: Ana Ben Caro Dan want each other; Eli Fay Gil Hana share a crew and events.
ok prefs set Ana --want Ben,Caro,Dan
ok prefs set Ben --want Ana,Caro
ok prefs set Caro --want Dan,Ana
ok prefs set Dan --want Ana,Eli
ok crew create Pines --members Eli,Fay,Gil
ok game listening --with Gil,Hana,Fay
ok game coowners --venture Farm --owners Hana,Eli
# Ivo left: in neither half.
ok member leave Ivo

unchanged_by 0 split --suggest --json
equals "$(json_query 'd["halves"]')" \
  "[['Ana', 'Ben', 'Caro', 'Dan'], ['Eli', 'Fay', 'Gil', 'Hana']]" "the split follows the seam"
# The one tie across the seam: Dan's one-way want of Eli (weight 1).
equals "$(json_query 'd["cut_ties"], d["cut_weight"], d["cut"]')" \
  "(1, 1, [{'members': ['Dan', 'Eli'], 'weight': 1}])" "ties cut"
equals "$(json_query 'd["sizes"], d["balanced"]')" "([4, 4], True)" "balanced halves"
equals "$(json_query 'd["kept_ties"] > 0')" "True" "ties kept"

ok split --suggest
contains "Half 1 (4 members): Ana, Ben, Caro, Dan"
contains "Half 2 (4 members): Eli, Fay, Gil, Hana"
contains "Dan - Eli (weight 1)"

# A crew is never split, even against its ties: glue Ana into Pines.
ok crew add Pines Ana
ok split --suggest --json
equals "$(json_query 'any({"Ana", "Eli", "Fay", "Gil"} <= set(h) for h in d["halves"])')" "True" \
  "crews stay whole"

# Same file and seed, same halves.
ok split --suggest --seed 7 --json
first=$OUT
ok split --suggest --seed 7 --json
equals "$OUT" "$first" "deterministic for a seed"

# --- bad input --------------------------------------------------------------------------------
unchanged_by 2 split
says "--suggest"
unchanged_by 2 split --suggest --seed minus-one
