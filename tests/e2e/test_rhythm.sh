# msol rhythm set|show|skip|move and msol agenda (SPEC section 5, agenda JSON of section 9):
# cadences, skips and moves, facilitator rotation, daylight-saving times, and bad input that must
# exit 1 or 2 and leave the file exactly as it was.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-01
for m in Ana Ben Caro Dan Eve Zoe Fay Gil Hal; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
ok crew create Badgers --members Dan,Eve,Zoe
export MSOL_TODAY=2026-11-22

# agenda "DATE TIME KIND FACILITATOR" lines of the last --json output.
agenda_lines() { json_query '"|".join(" ".join([e["date"], e["time"], e["kind"], str(e["facilitator"])]) for e in d)'; }

# --- rhythm set and the agenda ---------------------------------------------------------------
ok rhythm set Otters --every week --count 6 --from 2026-11-24 --at 19:00 --rotate-facilitator
says "retrospective on 2026-12-29"
ok agenda --days 60 --json
equals "$(json_query 'all({"crew","date","time","kind","facilitator"} <= set(e) for e in d)')" "True" \
  "agenda --json entries have crew, date, time, kind, facilitator"
equals "$(agenda_lines)" "2026-11-24 19:00 meeting Ana|2026-12-01 19:00 meeting Ben|2026-12-08 19:00 meeting Caro|2026-12-15 19:00 meeting Ana|2026-12-22 19:00 meeting Ben|2026-12-29 19:00 retrospective Caro" \
  "weekly for six weeks, rotating, the last one the retrospective"
ok agenda --days 7
contains "2026-11-24"
contains "Otters"
lacks "2026-12-01"
ok agenda --today 2026-12-29 --days 1 --crew otters
contains "retrospective"
ok agenda --days 0
equals "$OUT" "" "agenda --days 0 prints nothing"

ok rhythm show Otters
contains "every week from 2026-11-24 at 19:00"
contains "facilitation rotates"
ok rhythm show otters --json
equals "$(json_query 'len(d["meetings"])')" "6" "rhythm show lists every meeting"
equals "$(json_query 'd["cadence"], d["count"], d["at"], d["duration"]')" "('week', 6, '19:00', 90)" "rhythm show --json"

# --- skip keeps the end date; --postpone adds one at the end ----------------------------------
ok rhythm skip Otters 2026-12-08
ok agenda --days 60 --json --crew Otters
equals "$(json_query 'len(d)')" "5" "a skipped meeting makes the commitment one meeting shorter"
equals "$(json_query 'd[-1]["date"], d[-1]["kind"]')" "('2026-12-29', 'retrospective')" "skip keeps the end"
equals "$(json_query '[e["facilitator"] for e in d]')" "['Ana', 'Ben', 'Caro', 'Ana', 'Ben']" \
  "a skipped meeting takes nobody's turn"
ok rhythm skip Otters 2026-12-15 --postpone
ok agenda --days 60 --json --crew Otters
equals "$(json_query '[e["date"] for e in d]')" "['2026-11-24', '2026-12-01', '2026-12-22', '2026-12-29', '2027-01-05']" \
  "--postpone adds a meeting at the end"

# --- move ------------------------------------------------------------------------------------
ok rhythm move Otters 2026-12-01 2026-12-02 --at 18:30
ok agenda --days 60 --json --crew Otters
equals "$(json_query 'd[1]["date"], d[1]["time"]')" "('2026-12-02', '18:30')" "a moved meeting"
ok rhythm show Otters --json
equals "$(json_query 'd["moved"][0]["original"]')" "2026-12-01" "the move keeps its scheduled date"
ok rhythm move Otters 2026-12-02 2026-12-01
ok agenda --days 60 --json --crew Otters
equals "$(json_query 'd[1]["date"], d[1]["time"]')" "('2026-12-01', '19:00')" "moving a meeting back home"

# --- other cadences --------------------------------------------------------------------------
ok rhythm set Badgers --every month --count 5 --from 2027-01-31 --at 18:00
ok agenda --days 200 --json --crew Badgers
equals "$(json_query '[e["date"] for e in d]')" "['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31']" \
  "a monthly rhythm on the 31st falls on short months' last day"
ok rhythm set Badgers --every first-tuesday --until 2027-03-02 --from 2026-12-01 --at 19:00
ok agenda --days 200 --json --crew Badgers
equals "$(json_query '[e["date"] for e in d]')" "['2026-12-01', '2027-01-05', '2027-02-02', '2027-03-02']" \
  "first-tuesday, --until inclusive (rhythm set replaces the crew's rhythm)"
ok rhythm set Badgers --every 2weeks --until 2027-01-12 --from 2026-12-01 --at 07:15 --duration 30
ok agenda --days 200 --json --crew Badgers
equals "$(json_query '[e["date"] + " " + e["time"] for e in d]')" "['2026-12-01 07:15', '2026-12-15 07:15', '2026-12-29 07:15', '2027-01-12 07:15']" \
  "2weeks"

# --- daylight saving: 02:30 on the spring-forward day moves to 03:30; fall-back takes the first --
ok rhythm set Badgers --every week --count 3 --from 2027-03-21 --at 02:30
says "does not exist"
ok agenda --today 2027-03-20 --days 30 --json --crew Badgers
equals "$(json_query '[e["date"] + " " + e["time"] for e in d]')" "['2027-03-21 02:30', '2027-03-28 03:30', '2027-04-04 02:30']" \
  "a nonexistent local time moves forward by the gap"
ok rhythm set Badgers --every week --count 2 --from 2027-10-24 --at 02:30
says "happens twice"
ok agenda --today 2027-10-20 --days 30 --json --crew Badgers
equals "$(json_query '[e["time"] for e in d]')" "['02:30', '02:30']" "an ambiguous local time keeps its wall time"
ok rhythm set Badgers --every week --count 4 --from 2027-03-16 --at 19:00
ok agenda --today 2027-03-16 --days 30 --json --crew Badgers
equals "$(json_query '[e["time"] for e in d]')" "['19:00', '19:00', '19:00', '19:00']" \
  "19:00 stays 19:00 local across the daylight-saving change"

# --- bad input: exit 2 (malformed) or 1 (not found, conflict), the file unchanged -----------------
unchanged_by 2 rhythm set Otters --every fortnight --count 6 --from 2026-11-24 --at 19:00
says "fortnight"
unchanged_by 2 rhythm set Otters --every week --count 0 --from 2026-11-24 --at 19:00
says "--count 0"
unchanged_by 2 rhythm set Otters --every week --count x --from 2026-11-24 --at 19:00
unchanged_by 2 rhythm set Otters --every week --until 2026-11-01 --from 2026-11-24 --at 19:00
says "--until 2026-11-01 is before --from 2026-11-24"
unchanged_by 2 rhythm set Otters --every week --count 6 --until 2026-12-24 --from 2026-11-24 --at 19:00
unchanged_by 2 rhythm set Otters --every week --from 2026-11-24 --at 19:00
says "--count"
unchanged_by 2 rhythm set Otters --every week --count 6 --from 2026-11-24 --at 25:00
says "25:00"
unchanged_by 2 rhythm set Otters --every week --count 6 --from 2026-02-30 --at 19:00
says "2026-02-30"
unchanged_by 2 rhythm set Otters --every week --count 6 --from 2026-11-24 --at 19:00 --duration 0
unchanged_by 1 rhythm set Nobody --every week --count 6 --from 2026-11-24 --at 19:00
says "Nobody"
unchanged_by 1 rhythm skip Otters 2026-11-25
says "2026-11-25"
unchanged_by 2 rhythm skip Otters tomorrow
unchanged_by 1 rhythm move Otters 2026-11-24 2026-12-22
says "2026-12-22"
unchanged_by 2 rhythm move Otters 2026-11-24 2026-11-25 --at 7pm
unchanged_by 1 rhythm show Nobody
unchanged_by 1 agenda --crew Nobody
unchanged_by 2 agenda --days -1
unchanged_by 2 agenda --days many
ok crew create Lone --members Fay,Gil,Hal --today 2026-11-01
unchanged_by 1 rhythm show Lone
says "rhythm set"
