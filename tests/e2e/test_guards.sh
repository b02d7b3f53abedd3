# Commands respect what a crew is in the middle of (issue 14): crew form leaves open crews alone
# unless --regroup, retro waits for the commitment's last meeting, meet log never overwrites a
# logged meeting by default, rhythm skip/move leave logged meetings alone, check finds logs left
# behind, and the time flags beat their environment variables. Results are read from the file
# with sqlite3, not from msol's own output.
ok init --name "Guards" --timezone Europe/Berlin
export MSOL_TODAY=2026-09-01
{
  for m in Ana Ben Caro Dan Eve Finn Gil Hal Ida Jo Kim Lou Max Ned Ola; do
    printf '[[member]]\nname = "%s"\n' "$m"
  done
} >people.toml
ok import people.toml

# roster CREW: the crew's current members, from the file, sorted.
roster() {
  sqlite3 congregation.msol "SELECT m.name FROM crew_members cm JOIN crews c ON c.id = cm.crew_id \
    JOIN members m ON m.id = cm.member_id WHERE c.name = '$1' AND cm.left_on IS NULL ORDER BY m.name" |
    paste -sd, -
}
crew_status() { sqlite3 congregation.msol "SELECT status FROM crews WHERE name = '$1'"; }
rhythm_active() {
  sqlite3 congregation.msol "SELECT count(*) FROM rhythms r JOIN crews c ON c.id = r.crew_id \
    WHERE c.name = '$1' AND r.active = 1"
}

# --- 1. crew form: open crews carry on unless --regroup -----------------------------------------
ok crew create Otters --members Ana,Ben,Caro,Dan
ok crew create Herons --members Eve,Finn,Gil,Hal
ok prefs set Finn --looking no
ok prefs set Gil --looking no
ok prefs set Hal --looking no
ok rhythm set Otters --every week --count 6 --from 2026-09-08 --at 19:00
ok rhythm set Herons --every week --count 6 --from 2026-09-09 --at 19:00
ok crew form --seed 1 --time-limit 0.2 --json
equals "$(json_query 'sorted(m for c in d["crews"] for m in c["members"])')" \
  "['Ida', 'Jo', 'Kim', 'Lou', 'Max', 'Ned', 'Ola']" "the pool: looking members in no open crew"
equals "$(json_query 'd["changed_crews"]')" "[]" "no running crew changes without --regroup"
says "5 looking member(s) left out: they are in open crews"
# --present naming a member of an open crew: left out with a note
ok crew form --seed 1 --time-limit 0.2 --present Ana,Lou,Max,Ned --json
says "Ana (in the open crew 'Otters'"
equals "$(json_query 'sorted(m for c in d["crews"] for m in c["members"])')" "['Lou', 'Max', 'Ned']" \
  "--present: a member of an open crew stays out"
ok crew form --seed 1 --time-limit 0.2 --save
equals "$(roster Otters)" "Ana,Ben,Caro,Dan" "--save leaves a running crew's members where they are"
equals "$(roster Herons)" "Eve,Finn,Gil,Hal" "--save leaves every running crew alone"
equals "$(rhythm_active Otters)" "1" "--save keeps a running crew's rhythm"


# --regroup: the running crews that change are named; --save moves members and closes crews
# left below --min, ending their rhythm
ok crew form --seed 1 --time-limit 0.2 --regroup
contains "Running crews this would change:"
contains "Otters: "
ok crew form --seed 1 --time-limit 0.2 --regroup --json
equals "$(json_query 'sorted(c["name"] for c in d["changed_crews"])')" \
  "$(sqlite3 congregation.msol "SELECT name FROM crews WHERE status = 'open'" | sort |
    /usr/bin/python3 -c 'import sys; print(sorted(sys.stdin.read().split(chr(10))[:-1]))')" \
  "changed_crews names every running crew that loses members"
equals "$(json_query '[(c["staying"], c["closes"]) for c in d["changed_crews"] if c["name"] == "Herons"]')" \
  "[(['Finn', 'Gil', 'Hal'], False)]" "a crew keeping --min members carries on"
placed=$(json_query 'sorted(m for c in d["crews"] for m in c["members"])')
ok crew form --seed 1 --time-limit 0.2 --regroup --save
says "closed crew 'Otters' and ended its rhythm"
equals "$(crew_status Otters)" "closed" "a crew left empty closes"
equals "$(rhythm_active Otters)" "0" "a closed crew's rhythm ends"
equals "$(roster Herons)" "Finn,Gil,Hal" "Eve moved out of Herons, the others stay"
equals "$(crew_status Herons)" "open" "Herons carries on"
equals "$(rhythm_active Herons)" "1" "Herons keeps its rhythm"
equals "$(sqlite3 congregation.msol "SELECT group_concat(name, ',') FROM (SELECT m.name FROM crew_members cm \
  JOIN crews c ON c.id = cm.crew_id JOIN members m ON m.id = cm.member_id \
  WHERE c.formation_id IS NOT NULL AND c.status = 'open' AND cm.left_on IS NULL ORDER BY m.name)" |
  /usr/bin/python3 -c 'import sys; print(sorted(sys.stdin.read().strip().split(",")))')" "$placed" \
  "the members placed are in the new crews"

# --- 2. retro: from the day of the commitment's retrospective, once ------------------------------
# The rest runs on a second congregation whose crews meet on Tuesdays at 19:00.
export MSOL_FILE=$PWD/rhythms.msol FILE=$PWD/rhythms.msol
ok init --name "Rhythms" --timezone Europe/Berlin
ok import people.toml
ok crew create Larks --members Ana,Ben,Caro
ok rhythm set Larks --every week --count 3 --from 2026-09-08 --at 19:00
unchanged_by 1 retro Larks --decision continue --today 2026-09-08
says "retrospective on 2026-09-22"
says "--early"
unchanged_by 1 retro Larks --decision stop --today 2026-09-21
ok retro Larks --decision continue --today 2026-09-22
unchanged_by 1 retro Larks --decision continue --today 2026-09-22
says "already held its retrospective on 2026-09-22"
unchanged_by 1 retro Larks --decision stop --early --today 2026-09-22
equals "$(sqlite3 "$FILE" "SELECT count(*) FROM retros")" "1" "one retrospective per commitment"
ok retro Larks --decision stop --early --today 2026-10-01 --celebrate "ended on purpose"
equals "$(sqlite3 "$FILE" "SELECT status FROM crews WHERE name = 'Larks'")" "closed" "--early ends it"

# --- 3. meet log: the latest started meeting not yet logged; --replace; meet edit ---------------
ok crew create Owls --members Dan,Eve,Finn,Gil
ok rhythm set Owls --every week --count 8 --from 2026-10-06 --at 19:00
# attendance CREW DAY: "member:status" of one logged meeting, from the file, sorted by member.
attendance() {
  sqlite3 "$FILE" "SELECT m.name || ':' || a.status FROM attendance a JOIN meetings g ON g.id = a.meeting_id \
    JOIN crews c ON c.id = g.crew_id JOIN members m ON m.id = a.member_id \
    WHERE c.name = '$1' AND g.day = '$2' ORDER BY m.name" | paste -sd' ' -
}
logged_days() {
  sqlite3 "$FILE" "SELECT g.day FROM meetings g JOIN crews c ON c.id = g.crew_id WHERE c.name = '$1' \
    ORDER BY g.day" | paste -sd' ' -
}
# at 10:00 on a meeting day, that evening's meeting has not started: the one before it is logged
ok meet log Owls --now "2026-10-13 10:00" --absent Dan
equals "$(logged_days Owls)" "2026-10-06" "in the morning, the previous meeting"
ok meet log Owls --now "2026-10-13 19:00"
equals "$(logged_days Owls)" "2026-10-06 2026-10-13" "from its start time, the meeting itself"
unchanged_by 1 meet log Owls --now "2026-10-14 09:00" --absent Eve
says "the last on 2026-10-13"
equals "$(attendance Owls 2026-10-06)" "Dan:absent Eve:present Finn:present Gil:present" \
  "the earlier log is untouched"
unchanged_by 1 meet log Owls --date 2026-10-13 --absent Eve --today 2026-10-14
says "already logged"
says "--replace"
unchanged_by 1 meet log Owls --date 2026-10-13 --absent Gil --today 2026-10-14
ok meet log Owls --date 2026-10-13 --absent Eve --excused Finn --note "at Gil's" --facilitator Gil --replace --today 2026-10-14
says "replaced"
equals "$(attendance Owls 2026-10-13)" "Dan:present Eve:absent Finn:excused Gil:present" "--replace writes the record anew"
# meet edit changes only what it is given
ok meet edit Owls 2026-10-13 --absent Dan
equals "$(attendance Owls 2026-10-13)" "Dan:absent Eve:absent Finn:excused Gil:present" "edit moves only Dan"
equals "$(sqlite3 "$FILE" "SELECT note FROM meetings WHERE day = '2026-10-13'")" "at Gil's" "edit keeps the note"
ok meet edit Owls 2026-10-13 --present eve --note "in the park"
equals "$(attendance Owls 2026-10-13)" "Dan:absent Eve:present Finn:excused Gil:present" "edit moves only Eve"
equals "$(sqlite3 "$FILE" "SELECT note FROM meetings WHERE day = '2026-10-13'")" "in the park" "--note replaces"
ok meet edit Owls 2026-10-13 --facilitator Eve
equals "$(sqlite3 "$FILE" "SELECT m.name FROM meetings g JOIN members m ON m.id = g.facilitator \
  WHERE g.day = '2026-10-13'")" "Eve" "--facilitator replaces"
unchanged_by 1 meet edit Owls 2026-10-20 --absent Dan
says "no meeting of Owls is logged on 2026-10-20"
unchanged_by 1 meet edit Owls 2026-10-13 --absent Zed
unchanged_by 2 meet edit Owls 2026-10-13 --absent Eve --facilitator Dan
unchanged_by 2 meet edit Owls 2026-10-13 --absent Eve

# --- 4. rhythm skip and move leave logged meetings alone; check finds logs left behind ---------
unchanged_by 1 rhythm skip Owls 2026-10-13 --today 2026-10-14
says "2026-10-13 is already logged"
unchanged_by 1 rhythm move Owls 2026-10-06 2026-10-07 --today 2026-10-14
says "2026-10-06 is already logged"
ok rhythm skip Owls 2026-10-20 --today 2026-10-14
ok rhythm move Owls 2026-10-27 2026-10-28 --today 2026-10-14
# after a skip, the next default is never the logged week before it
unchanged_by 1 meet log Owls --now "2026-10-21 09:00" --absent Dan
says "the last on 2026-10-13"
ok meet log Owls --now "2026-10-28 20:00"
equals "$(logged_days Owls)" "2026-10-06 2026-10-13 2026-10-28" "the moved meeting is logged on its new day"
ok check
lacks "no longer a meeting"
# a log left behind (as an older msol could leave it): a warning, exit 0
sqlite3 "$FILE" "UPDATE meetings SET day = '2026-10-14' WHERE day = '2026-10-13'"
ok check
contains "warning: the meeting of Owls logged on 2026-10-14 is no longer a meeting of its rhythm"
sqlite3 "$FILE" "UPDATE meetings SET day = '2026-10-13' WHERE day = '2026-10-14'"
# a crew without a rhythm logs unscheduled meetings: nothing to warn about
ok crew create Moths --members Hal,Ida,Jo
ok meet log Moths --date 2026-10-10 --today 2026-10-14
ok check
lacks "warning: the meeting of"

# --- 5. time flags: a flag beats its variable; --now sets today; --today alone is 00:00 --------
ok agenda --now "2026-11-03 08:00" --days 1 --json --crew Owls
equals "$(json_query '[e["date"] for e in d]')" "['2026-11-03']" "--now beats \$MSOL_TODAY"
MSOL_NOW="2026-11-03 20:00" run meet log Owls --today 2026-11-03
equals "$RC" "1" "--today alone means 00:00, before \$MSOL_NOW's evening"
says "the last on 2026-10-28"
MSOL_TODAY='' MSOL_NOW="2026-11-03 20:00" ok meet log Owls
equals "$(logged_days Owls)" "2026-10-06 2026-10-13 2026-10-28 2026-11-03" "\$MSOL_NOW alone counts"
unchanged_by 2 meet log Owls --today 2026-11-04 --now "2026-11-03 20:00"
says "different days"
