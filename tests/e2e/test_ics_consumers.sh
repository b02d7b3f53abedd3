# msol ics read by five consumers (issue 20): icalendar with dateutil, vobject, libical, khal and
# calcurse must each find, in the plain and the --expand export, the very instants that
# tests/ics/scenarios.py computes on its own with Python's zoneinfo, for rhythms that skip, move,
# postpone, renew and change across both daylight-saving changes of eleven zones, at 19:00 and at
# the hour a change skips or repeats. See tests/ics/consumers.py for what each consumer cannot do.

checks=$((checks + 1))
if ! /usr/bin/python3 "$MSOL_SOURCE/tests/ics/scenarios.py" "$MSOL" "$work/zones" >"$work/zones.log" 2>&1; then
  OUT=$(cat "$work/zones.log")
  fail "consumers disagree with the instants computed independently: $(head -40 "$work/zones.log")"
fi
