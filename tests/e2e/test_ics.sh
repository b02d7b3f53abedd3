# msol ics (SPEC section 5): the export checked by independent consumers, not by msol's own code:
# python3-icalendar + dateutil and python3-vobject (tests/ics/expand_ics.py) must expand it to the
# very meetings `msol agenda --json` lists, across daylight-saving changes in Europe/Berlin and
# America/New_York and for a monthly rhythm on the 31st; khal must import and list it.

expand_ics() { /usr/bin/python3 "$MSOL_SOURCE/tests/ics/expand_ics.py" "$@"; }
NOW="2026-11-22 10:00"

# agree CREW FROM FILE...: every engine's expansion of the crew's export equals the agenda.
agree() {
  local crew=$1 from=$2
  shift 2
  run --today "$from" agenda --crew "$crew" --days 400 --json "$@"
  local expected
  expected=$(json_query '"\n".join(e["date"] + " " + e["time"] for e in d)')
  checks=$((checks + 1))
  [ "$(printf '%s\n' "$expected" | grep -c .)" -ge 4 ] || fail "agenda of $crew too short: $expected"
  for mode in "" --expand; do
    run --now "$NOW" ics "$crew" -o "$work/$crew.ics" $mode "$@"
    for engine in icalendar vobject; do
      checks=$((checks + 1))
      local got
      got=$(expand_ics "$work/$crew.ics" --engine "$engine" 2>&1)
      [ "$got" = "$expected" ] || fail "ics $mode of $crew expanded by $engine differs from agenda:
$(diff <(echo "$expected") <(echo "$got"))"
    done
  done
}

ok init --name "Test" --timezone Europe/Berlin
export MSOL_TODAY=2026-11-01
for m in Ana Ben Caro Dan Eve Fay Gil Hal Ivy; do ok member add "$m"; done
ok crew create Otters --members Ana,Ben,Caro
ok crew create Ravens --members Dan,Eve,Fay
ok crew create Monthly --members Gil,Hal,Ivy

# weekly across the spring-forward change (2027-03-28), one skipped and one moved meeting
ok rhythm set Otters --every week --count 8 --from 2027-03-09 --at 19:00 --rotate-facilitator
ok rhythm skip Otters 2027-03-16
ok rhythm move Otters 2027-03-30 2027-03-31 --at 18:30
ok rhythm skip Otters 2027-04-20 --postpone
agree Otters 2027-03-01
# across the fall-back change (2027-10-31) at a time that happens twice
ok rhythm set Ravens --every week --until 2027-11-14 --from 2027-10-17 --at 02:30
says "happens twice"
agree Ravens 2027-10-01
ok rhythm set Monthly --every month --count 7 --from 2027-01-31 --at 18:00
agree Monthly 2027-01-01

# the export itself: RFC 5545 shape, CRLF, folded lines, stable bytes
ok --now "$NOW" ics -o all.ics
ok --now "$NOW" ics
equals "$OUT" "$(cat all.ics)" "ics to stdout equals ics -o"
checks=$((checks + 1))
[ "$(grep -c $'\r$' all.ics)" -eq "$(wc -l <all.ics)" ] || fail "ics lines do not all end in CRLF"
checks=$((checks + 1))
[ "$(awk '{ if (length($0) > 76) n++ } END { print n + 0 }' all.ics)" -eq 0 ] || fail "unfolded long line"
for text in "BEGIN:VCALENDAR" "BEGIN:VTIMEZONE" "TZID:Europe/Berlin" "DTSTART;TZID=Europe/Berlin:20270309T190000" \
  "RRULE:FREQ=WEEKLY" "EXDATE;TZID=Europe/Berlin:20270316T190000" "RECURRENCE-ID;TZID=Europe/Berlin:20270330T190000" \
  "DTSTAMP:20261122T090000Z" "RETROSPECTIVE" "UID:"; do
  checks=$((checks + 1))
  grep -q "$text" all.ics || fail "all.ics lacks $text"
done
ok --now "$NOW" ics -o again.ics
checks=$((checks + 1))
cmp -s all.ics again.ics || fail "the same data does not export the same bytes"
ok --now "2026-11-23 10:00" ics -o later.ics
equals "$(grep UID: later.ics | sort)" "$(grep UID: all.ics | sort)" "UIDs are stable across exports"

# New York: its own congregation file, weekly across 2027-03-14 with a 02:30 meeting
export FILE=ny.msol
ok init --file ny.msol --name "NY" --timezone America/New_York
export MSOL_FILE=ny.msol
ok member add Gus --today 2026-11-01
ok member add Hal --today 2026-11-01
ok member add Ivy --today 2026-11-01
for m in Jan Kai Lea Max Ned Ola; do ok member add "$m" --today 2026-11-01; done
ok crew create Hudson --members Gus,Hal,Ivy --today 2026-11-01
ok crew create Bronx --members Jan,Kai,Lea --today 2026-11-01
ok crew create Queens --members Max,Ned,Ola --today 2026-11-01
ok rhythm set Hudson --every week --count 5 --from 2027-03-02 --at 19:00
agree Hudson 2027-03-01
ok rhythm set Bronx --every week --count 4 --from 2027-03-07 --at 02:30
says "does not exist"
agree Bronx 2027-03-01
ok rhythm set Queens --every 2weeks --count 4 --from 2027-10-24 --at 01:30
agree Queens 2027-10-01
# rhythm set replaces the crew's rhythm: the meetings already held stay in the export, the
# replaced rhythm's unheld ones leave it
ok rhythm set Hudson --every week --count 2 --from 2027-03-10 --at 18:00
ok --now "$NOW" ics Hudson -o "$work/Hudson.ics"
equals "$(expand_ics "$work/Hudson.ics" --summary)" "2027-03-02 19:00	Hudson meeting
2027-03-09 19:00	Hudson meeting
2027-03-10 18:00	Hudson meeting
2027-03-17 18:00	Hudson retrospective" "the export after rhythm set replaced Hudson's rhythm"
unset MSOL_FILE FILE

# khal, a real calendar client, imports the export and lists its events
mkdir -p "$work/xdg/config/khal" "$work/xdg/data/khal/crews"
cat >"$work/xdg/config/khal/config" <<KHAL
[calendars]
[[crews]]
path = $work/xdg/data/khal/crews
type = calendar
[locale]
local_timezone = Europe/Berlin
default_timezone = Europe/Berlin
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[default]
default_calendar = crews
KHAL
khal_() { XDG_CONFIG_HOME="$work/xdg/config" XDG_DATA_HOME="$work/xdg/data" khal "$@"; }
checks=$((checks + 1))
khal_ import --batch -a crews all.ics >"$work/khal.log" 2>&1 || fail "khal import failed: $(cat "$work/khal.log")"
listing=$(khal_ list 2027-03-01 180d 2>&1)
for text in "19:00-20:30 Otters" "18:30-20:00 Otters" "Monthly retrospective" "2027-03-31"; do
  checks=$((checks + 1))
  [[ "$listing" == *"$text"* ]] || fail "khal list lacks '$text': $listing"
done
checks=$((checks + 1))
[[ "$listing" != *"2027-03-16"* ]] || fail "khal lists the skipped meeting: $listing"

# bad input
unchanged_by 1 ics Nobody
says "Nobody"
ok member add Jo
ok member add Kim
ok member add Lu
ok crew create Quiet --members Jo,Kim,Lu
unchanged_by 1 ics Quiet
says "no rhythm"
unchanged_by 1 ics -o "$work/no/such/dir/x.ics"

# --json: ics prints a format of its own and refuses --json like graph (SPEC section 9)
unchanged_by 2 --json ics
says "--json"

# dates outside 1970..2200 are refused at input, and no meeting lands after 2200 (issue 20)
for day in 9999-12-25 0001-01-01 1969-12-31 2201-01-01; do
  unchanged_by 2 rhythm set Quiet --every week --count 3 --from "$day" --at 19:00
  says "out of range"
  unchanged_by 2 agenda --today "$day"
done
unchanged_by 2 rhythm set Quiet --every month --count 3 --from 2200-11-30 --at 19:00
says "after 2200-12-31"
ok rhythm set Quiet --every month --count 2 --from 2200-11-30 --at 19:00

# SEQUENCE and LAST-MODIFIED grow with every change, taking one back included; UIDs stay
# sequence_of FILE: the SEQUENCE values of the file's Otters events, one a line.
field_of() { awk -v RS='\r\n' -v f="$2" '/^UID:/ { uid = $0 } index($0, f ":") == 1 && uid ~ /./ { print substr($0, length(f) + 2) }' "$1" | sort -u; }
ok --now "$NOW" ics Otters -o before.ics
ok rhythm move Otters 2027-04-06 2027-04-07
ok --now "$NOW" ics Otters -o moved.ics
# what `msol undo` does to the rows: the move taken back by plain SQL, outside any msol command
sqlite3 congregation.msol "DELETE FROM rhythm_moves WHERE original = '2027-04-06'"
ok --now "$NOW" ics Otters -o undone.ics
s0=$(field_of before.ics SEQUENCE) s1=$(field_of moved.ics SEQUENCE) s2=$(field_of undone.ics SEQUENCE)
checks=$((checks + 1))
[ "$s0" -lt "$s1" ] && [ "$s1" -lt "$s2" ] || fail "SEQUENCE does not grow with each change: $s0, $s1, $s2"
m0=$(field_of before.ics LAST-MODIFIED) m1=$(field_of moved.ics LAST-MODIFIED) m2=$(field_of undone.ics LAST-MODIFIED)
checks=$((checks + 1))
[[ "$m0" < "$m1" && "$m1" < "$m2" ]] || fail "LAST-MODIFIED does not grow with each change: $m0, $m1, $m2"
equals "$(grep UID: undone.ics | sort -u)" "$(grep UID: before.ics | sort -u)" "UIDs stay across changes"
checks=$((checks + 1))
cmp -s <(grep -v -e SEQUENCE -e LAST-MODIFIED before.ics) <(grep -v -e SEQUENCE -e LAST-MODIFIED undone.ics) ||
  fail "taking the move back does not give back the events"

# a renewal keeps the past commitment in the export, its retrospective marked
ok retro Monthly --decision continue --today 2027-07-31
ok --now "$NOW" ics Monthly -o renewed.ics
got=$(expand_ics renewed.ics --summary)
expected="2027-01-31 18:00	Monthly meeting
2027-02-28 18:00	Monthly meeting
2027-03-31 18:00	Monthly meeting
2027-04-30 18:00	Monthly meeting
2027-05-31 18:00	Monthly meeting
2027-06-30 18:00	Monthly meeting
2027-07-31 18:00	Monthly retrospective
2027-08-31 18:00	Monthly meeting
2027-09-30 18:00	Monthly meeting
2027-10-31 18:00	Monthly meeting
2027-11-30 18:00	Monthly meeting
2027-12-31 18:00	Monthly meeting
2028-01-31 18:00	Monthly meeting
2028-02-29 18:00	Monthly retrospective"
equals "$got" "$expected" "past and renewed commitments of Monthly, the 31st kept"
equals "$(grep -c '^UID:' renewed.ics | tr -d ' ')" "4" "two series, each with its retrospective override"
