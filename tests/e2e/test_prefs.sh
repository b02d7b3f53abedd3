# msol prefs set|show (SPEC section 3): wants in priority order, avoids, interests, slots, size,
# looking; only the flags given change; bad input exits 1 or 2 and leaves the file unchanged.

ok init --timezone Europe/Berlin
for who in Ana Ben Caro Dan Søren Ayşe; do ok member add "$who"; done

# Defaults before anything is set.
ok prefs show Ana --json
equals "$(json_query 'sorted(d)')" "['avoid', 'interests', 'looking', 'name', 'partner', 'size', 'slots', 'want']" "keys (SPEC 9) of prefs show --json"
equals "$(json_query 'd["want"]')" "[]" "default wants"
equals "$(json_query 'd["size"]')" "None" "default size (any)"
equals "$(json_query 'd["looking"]')" "True" "default looking"
ok prefs show Ana
contains "any (3-8)"
contains "looking:   yes"

# --- prefs set -------------------------------------------------------------------------------
ok prefs set Ana --want "caro, ben ,SØREN" --avoid dan --interests "food,housing,Food" \
  --slots tue-eve,sat-am --size 4-6 --looking no
says "Ana"
ok prefs show ana --json
equals "$(json_query 'd["name"]')" "Ana" "name in prefs show"
equals "$(json_query 'd["want"]')" "['Caro', 'Ben', 'Søren']" "wants in priority order, spelled as stored"
equals "$(json_query 'd["avoid"]')" "['Dan']" "avoids"
equals "$(json_query 'd["interests"]')" "['food', 'housing']" "interests (a repeated tag kept once)"
equals "$(json_query 'd["slots"]')" "['tue-eve', 'sat-am']" "slots"
equals "$(json_query 'd["size"]')" "4-6" "size"
equals "$(json_query 'd["looking"]')" "False" "looking"
ok prefs show Ana
contains "want:      Caro, Ben, Søren"
contains "avoid:     Dan"
contains "size:      4-6"
contains "looking:   no"

# Only the flags given change.
ok prefs set Ana --size 5 --looking true
ok prefs show Ana --json
equals "$(json_query 'd["size"]')" "5-5" "a single size"
equals "$(json_query 'd["looking"]')" "True" "looking after --looking true"
equals "$(json_query 'd["want"]')" "['Caro', 'Ben', 'Søren']" "wants kept when not given"
equals "$(json_query 'd["slots"]')" "['tue-eve', 'sat-am']" "slots kept when not given"

# Empty values clear.
ok prefs set Ana --avoid "" --size ""
ok prefs show Ana --json
equals "$(json_query 'd["avoid"]')" "[]" "avoids cleared"
equals "$(json_query 'd["size"]')" "None" "size cleared"
ok prefs set Ayşe --want ana --looking YES
ok prefs show AYŞE --json
equals "$(json_query 'd["want"]')" "['Ana']" "a want of Ayşe (case-insensitive Unicode lookup)"

# A preference names a member by identity: it survives the other's rename and leaving.
ok member edit Caro --rename Carolina
ok prefs show Ana --json
equals "$(json_query 'd["want"][0]')" "Carolina" "a want after the wanted member was renamed"

# --- prefs set: bad input --------------------------------------------------------------------
unchanged_by 1 prefs set Zed --want Ana
says "'Zed'"
unchanged_by 1 prefs set Ana --want Ben,Nobody
says "'Nobody'"
says "not a member"
unchanged_by 1 prefs set Ana --avoid Ghost
says "'Ghost'"
unchanged_by 2 prefs set Ana --want Ana
says "themselves"
unchanged_by 2 prefs set Ana --want Ben,BEN
says "twice"
unchanged_by 2 prefs set Ana --want Ben --avoid ben
says "both wants and avoids"
unchanged_by 2 prefs set Ana --size 2-5
says "'2-5'"
unchanged_by 2 prefs set Ana --size 4-9
says "'4-9'"
unchanged_by 2 prefs set Ana --size 6-4
says "'6-4'"
unchanged_by 2 prefs set Ana --size big
says "'big'"
unchanged_by 2 prefs set Ana --looking maybe
says "'maybe'"
unchanged_by 2 prefs set Ana --color blue
says "--color"
unchanged_by 2 prefs set
says "NAME"

# --- prefs show: bad input -------------------------------------------------------------------
expect 1 prefs show Zed
says "no member named 'Zed'"
expect 2 prefs show
expect 2 prefs
says "msol: "
