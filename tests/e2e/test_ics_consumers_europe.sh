# msol ics read by five consumers (issue 20), zones Europe/Berlin Europe/London Europe/Lisbon Europe/Dublin: icalendar with dateutil, vobject,
# libical, khal and calcurse must each find, in the plain and the --expand export, the very
# instants that tests/ics/scenarios.py computes on its own with Python's zoneinfo, for rhythms that
# skip, move, postpone, renew and change across both daylight-saving changes of each zone, at 19:00
# and at the hour a change skips or repeats. tests/ics/consumers.py says what each consumer cannot
# do. The zones are split over three tests so that each stays within ctest's time limit.

checks=$((checks + 1))
if ! /usr/bin/python3 "$MSOL_SOURCE/tests/ics/scenarios.py" "$MSOL" "$work/zones" Europe/Berlin Europe/London Europe/Lisbon Europe/Dublin >"$work/zones.log" 2>&1; then
  fail "consumers disagree with the instants computed independently: $(head -40 "$work/zones.log")"
fi
