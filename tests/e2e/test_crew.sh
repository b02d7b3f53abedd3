# crew form on a small congregation: explanation, determinism, hard constraints, bad input;
# and the hand-managed crew commands.
ok init --timezone Europe/Berlin
cat > small.toml <<'TOML'
[[member]]
name = "Ana"
want = ["Ben", "Caro"]
interests = ["food"]
slots = ["tue-eve", "sat-am"]
size = "3-4"
[[member]]
name = "Ben"
want = ["Ana"]
interests = ["food", "art"]
slots = ["tue-eve"]
[[member]]
name = "Caro"
want = ["Dan"]
slots = ["tue-eve", "sat-am"]
[[member]]
name = "Dan"
want = ["Caro", "Zoë"]
avoid = ["Eve"]
slots = ["sat-am"]
[[member]]
name = "Eve"
want = ["Dan"]
slots = ["sat-am", "tue-eve"]
[[member]]
name = "Finn"
slots = ["sat-am"]
[[member]]
name = "Zoë"
looking = false
slots = ["sat-am"]
TOML
ok import small.toml

# Worked out by hand: Ben meets only tue-eve and Dan and Finn only sat-am, so they cannot share
# a crew; Eve avoids Dan, so she joins Ben. The third of each crew is Ana or Caro, and only
# {Ana, Ben, Eve} + {Caro, Dan, Finn} meets any wants (Ana<->Ben and Caro<->Dan, both mutual).
ok crew form --seed 11 --time-limit 30 --json
equals "$(json_query 'sorted(sorted(c["members"]) for c in d["crews"])')" \
  "[['Ana', 'Ben', 'Eve'], ['Caro', 'Dan', 'Finn']]" "the one partition that meets wants"
equals "$(json_query '[c["shared_slots"] for c in sorted(d["crews"], key=lambda c: sorted(c["members"]))]')" \
  "[['tue-eve'], ['sat-am']]" "each crew's common slot"
ok crew form --seed 11 --time-limit 30
contains "Ana: with Ben"
contains "Caro: with Dan"
contains "Eve: not with Dan: an avoid keeps them apart"
contains "Finn: wanted no one in particular"
contains "not with Zoë: not in the pool"
contains "Dan: "

# Same input and seed give the same crews; JSON has the guaranteed keys.
# The work done may differ (the LP bound, on its own thread, can prove the crews optimal sooner
# or later, which ends the search early without changing them); the crews may not.
without_time='{k: v for k, v in d.items() if k not in ("seconds", "moves")}'
ok crew form --seed 11 --time-limit 30 --json
first=$(json_query "$without_time")
ok crew form --seed 11 --time-limit 30 --json
equals "$(json_query "$without_time")" "$first" "the same seed twice"
equals "$(json_query '{"crews","unplaced","score","worst_off","bound","seed","seconds"} <= set(d)')" True "crew form keys"
equals "$(json_query '{"name","members","shared_slots","shared_interests"} <= set(d["crews"][0])')" True "crew keys"
equals "$(json_query 'sum(len(c["members"]) for c in d["crews"])')" 6 "members placed (Zoë is not looking)"
equals "$(json_query 'any("Dan" in c["members"] and "Eve" in c["members"] for c in d["crews"])')" False "avoid respected"
equals "$(json_query 'all(c["shared_slots"] for c in d["crews"])')" True "every crew shares a slot"
equals "$(json_query 'd["score"] <= d["bound"]')" True "score within bound"

# Pins are hard constraints.
ok crew form --seed 3 --time-limit 30 --together Ana,Finn --json
equals "$(json_query 'any("Ana" in c["members"] and "Finn" in c["members"] for c in d["crews"])')" True "pinned pair together"

# A preview writes nothing; --save records the crews.
unchanged_by 0 crew form --seed 11 --time-limit 30
ok crew form --seed 11 --time-limit 30 --save
ok crew list --json
equals "$(json_query 'len(d)')" 2 "saved crews"
equals "$(json_query '{"members","name","status"} <= set(d[0])')" True "crew list keys"

# The next formation, regrouping the saved crews, reports pairs placed together again.
ok crew form --seed 11 --time-limit 30 --regroup
contains "together again"

# Infeasible: say why and exit 1.
expect 1 crew form --present Ana,Ben --time-limit 0.2 --regroup
says "pool of 2"
says "below --min 3"
expect 1 crew form --together Dan,Eve --time-limit 0.2 --regroup
says "Dan"
says "Eve"

# Bad input leaves the file as it was.
unchanged_by 1 crew form --present Ana,Nobody --save
says "Nobody"
unchanged_by 2 crew form --min 5 --max 4 --save
says "--min 5"
unchanged_by 2 crew form --min 1 --save
unchanged_by 2 crew form --max 9 --save
says "--force-size"
unchanged_by 2 crew form --seed notanumber --save
unchanged_by 1 crew form --present-file missing.txt --save
says "missing.txt"

# Crews by hand.
ok crew close "Crew 1"
ok crew close "crew 2"
ok crew create Hearth --members Ana,Ben,Caro
ok crew show hearth
contains "Ana, Ben, Caro"
unchanged_by 1 crew create Hearth --members Dan,Eve,Finn
says "exists already"
unchanged_by 1 crew create Other --members Ana,Dan,Eve
says "already in the open crew 'Hearth'"
unchanged_by 1 crew add Hearth Nobody
says "Nobody"
ok crew add Hearth Dan
unchanged_by 1 crew remove Hearth Finn
says "not in crew"
ok crew remove Hearth Dan
ok crew show Hearth --json
equals "$(json_query 'd["members"]')" "['Ana', 'Ben', 'Caro']" "members after add and remove"
equals "$(json_query 'len(d["roster"])')" 4 "history keeps Dan"
ok crew close Hearth
unchanged_by 1 crew add Hearth Dan
says "closed"
ok crew list
contains "Hearth"
contains "closed"

# A member who leaves the congregation leaves their open crew too; history keeps them.
ok crew create Kiln --members Dan,Eve,Finn
ok member leave Finn --date 2026-11-22
ok crew show Kiln --json
equals "$(json_query 'd["members"]')" "['Dan', 'Eve']" "members after Finn left"
equals "$(json_query '[r["member"] for r in d["roster"]]')" "['Dan', 'Eve', 'Finn']" "history keeps Finn"
