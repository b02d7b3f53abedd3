# msol meet log|list and msol retro (SPEC section 5, meet list JSON of section 9): defaults,
# attendance, unscheduled meetings, renewals and endings, and bad input that leaves the file as it was.

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-01
for m in Ana Ben Caro Zoe; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
ok rhythm set Otters --every week --count 6 --from 2026-11-03 --at 19:00 --rotate-facilitator
export MSOL_TODAY=2026-11-22

# --- meet log: the most recent scheduled meeting, everyone present ----------------------------
ok meet log Otters
says "logged the meeting of Otters on 2026-11-17"
ok meet list --json
equals "$(json_query 'all({"crew","date","present","absent","excused","facilitator","note"} <= set(m) for m in d)')" \
  "True" "meet list --json entries have the SPEC keys"
equals "$(json_query 'd[0]["date"], d[0]["present"], d[0]["absent"], d[0]["facilitator"]')" \
  "('2026-11-17', ['Ana', 'Ben', 'Caro'], [], 'Caro')" "default: latest meeting, all present, the rotation's facilitator"

ok meet log otters --date 2026-11-10 --absent ben --excused Caro --facilitator ana --note "Ana's kitchen"
ok meet list Otters --json
equals "$(json_query 'd[0]["date"], d[0]["present"], d[0]["absent"], d[0]["excused"], d[0]["facilitator"], d[0]["note"]')" \
  "('2026-11-10', ['Ana'], ['Ben'], ['Caro'], 'Ana', \"Ana's kitchen\")" "--absent, --excused, --facilitator, --note"
ok meet log Otters --date 2026-11-03 --present Ana,Caro
ok meet list --json
equals "$(json_query 'd[0]["present"], d[0]["absent"], d[0]["facilitator"]')" "(['Ana', 'Caro'], ['Ben'], 'Ana')" "--present"

# a meeting on a day the rhythm did not give is allowed, with a note
ok meet log Otters --date 2026-11-12
says "unscheduled"
ok meet list --json
equals "$(json_query '[m["scheduled"] for m in d if m["date"] == "2026-11-12"]')" "[False]" "unscheduled meeting"
# logging a day again needs --replace, which writes the record anew
unchanged_by 1 meet log Otters --date 2026-11-12 --absent Ana
says "already logged"
ok meet log Otters --date 2026-11-12 --absent Ana --replace
says "replaced"
ok meet list
contains "Ana's kitchen"
contains "2026-11-12"

# --- bad input --------------------------------------------------------------------------------
unchanged_by 1 meet log Otters --date 2026-11-17 --replace --present Ana,Zoe
says "'Zoe' is not a member of crew 'Otters'"
unchanged_by 1 meet log Otters --date 2026-11-17 --replace --present Ana,Nobody
unchanged_by 2 meet log Otters --present Ana --absent Ben
unchanged_by 2 meet log Otters --date 2026-11-17 --replace --absent Ben --excused Ben
unchanged_by 2 meet log Otters --date 2026-13-01
says "2026-13-01"
unchanged_by 1 meet log Otters --date 2026-11-30
says "after today"
unchanged_by 2 meet log Otters --date 2026-11-17 --replace --absent Caro --facilitator Caro
unchanged_by 1 meet log Otters --date 2026-11-17 --replace --facilitator Zoe
unchanged_by 1 meet log Nobody
says "Nobody"
unchanged_by 1 meet log Otters --today 2026-11-01
says "--date"
unchanged_by 1 meet list Nobody

# --- retro: continue renews for N more meetings, rotation carries on ----------------------------
export MSOL_TODAY=2026-12-08
unchanged_by 2 retro Otters --decision maybe
unchanged_by 2 retro Otters
unchanged_by 2 retro Otters --decision continue --every month
says "--decision change"
unchanged_by 2 retro Otters --decision stop --renew 3
unchanged_by 2 retro Otters --decision continue --renew 0
unchanged_by 1 retro Otters --decision continue --next-facilitator Zoe
says "Zoe"
unchanged_by 1 retro Nobody --decision stop
ok retro Otters --decision continue --renew 4 --celebrate "we showed up"
says "4 more meetings"
ok agenda --today 2026-12-09 --days 60 --json --crew Otters
equals "$(json_query '[(e["date"], e["kind"], e["facilitator"]) for e in d]')" \
  "[('2026-12-15', 'meeting', 'Ana'), ('2026-12-22', 'meeting', 'Ben'), ('2026-12-29', 'meeting', 'Caro'), ('2027-01-05', 'retrospective', 'Ana')]" \
  "continue: the cadence goes on, rotation after the retrospective's facilitator (Caro)"

# --- change: new rhythm flags and the next facilitator ------------------------------------------
ok retro Otters --decision change --every 2weeks --at 18:00 --renew 2 --next-facilitator ben --change "less often" --today 2027-01-05
ok agenda --today 2027-01-06 --days 60 --json --crew Otters
equals "$(json_query '[(e["date"], e["time"], e["kind"], e["facilitator"]) for e in d]')" \
  "[('2027-01-12', '18:00', 'meeting', 'Ben'), ('2027-01-26', '18:00', 'retrospective', 'Caro')]" "change"
ok rhythm show Otters --json
equals "$(json_query 'd["cadence"], d["count"]')" "('2weeks', 2)" "the changed rhythm"
# older meetings still count as scheduled for the log
ok meet log Otters --date 2026-12-29 --today 2027-01-06
lacks "unscheduled"

# --- stop: the crew closes, its members return to the pool ---------------------------------------
ok retro Otters --decision stop --celebrate "a good run" --today 2027-01-26
says "closed"
ok crew list --json
equals "$(json_query '[c["status"] for c in d if c["name"] == "Otters"]')" "['closed']" "stop closes the crew"
ok agenda --today 2027-01-26 --days 60 --json
equals "$(json_query 'len(d)')" "0" "a closed crew has no agenda"
ok crew create Again --members Ana,Ben,Caro --today 2027-01-27
unchanged_by 1 retro Otters --decision continue --today 2027-01-27
unchanged_by 1 retro Again --decision continue --today 2027-01-27
says "no rhythm"
