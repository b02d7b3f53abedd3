#!/usr/bin/python3
"""Independent expansion of an iCalendar file, to check msol's `ics` export against `msol agenda`.

Usage:
    /usr/bin/python3 tests/ics/expand_ics.py FILE.ics [--engine icalendar|vobject] [--summary]

Prints one line per occurrence, sorted by start instant: its local start in the zone of the
calendar's VTIMEZONE as `YYYY-MM-DD HH:MM` (with `--summary`, followed by a tab and the SUMMARY).

Engines, independent of msol's own code and of each other:
  icalendar (default)  python3-icalendar parses; RRULEs are expanded in wall time with
                       python3-dateutil's rrule, EXDATE and RECURRENCE-ID overrides applied, and
                       each wall time is then placed with zoneinfo (the system tz database).
                       python3-icalendar returns pytz times, and expanding those would be an hour
                       off after a daylight-saving change, hence the wall-time expansion.
  vobject              python3-vobject parses and expands (dateutil rrulesets), and places times
                       with the file's own VTIMEZONE, which this engine therefore checks.

A wall time that does not exist (spring forward) is read with the offset before the gap and one
that happens twice takes the first (RFC 5545 3.3.5), which is zoneinfo's fold=0.
Exit status: 0 on success, 1 when the file cannot be read or expanded.
"""
import argparse
import re
import datetime as dt
import sys
from zoneinfo import ZoneInfo

UTC = dt.timezone.utc


def wall_time(value, tzid):
    """A DTSTART/EXDATE/RECURRENCE-ID value as a naive wall-clock time in zone `tzid`."""
    if not isinstance(value, dt.datetime):  # an all-day date
        return dt.datetime.combine(value, dt.time())
    if value.tzinfo is None:
        return value
    if getattr(value.tzinfo, "zone", None) == tzid or str(value.tzinfo) == tzid:
        return value.replace(tzinfo=None)  # as written in the file
    return value.astimezone(ZoneInfo(tzid)).replace(tzinfo=None)


def tzid_of(prop):
    tzid = prop.params.get("TZID")
    if tzid:
        return str(tzid)
    return "UTC" if getattr(prop.dt, "tzinfo", None) is not None else None


def place(wall, tzid):
    """(utc instant, local wall time after resolving gaps and overlaps) for a wall time."""
    zone = ZoneInfo(tzid) if tzid else None
    if zone is None:  # floating time: no zone to resolve against
        return wall.replace(tzinfo=UTC), wall
    utc = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    return utc, utc.astimezone(zone).replace(tzinfo=None)


def listed_values(prop):
    """All date-times in an EXDATE property, which icalendar gives as one value or a list."""
    props = prop if isinstance(prop, list) else [prop]
    for p in props:
        tzid = tzid_of(p) if hasattr(p, "params") else None
        for d in p.dts:
            yield d.dt, p.params.get("TZID") or tzid


def expand_rrule(event, start_wall, tzid):
    from dateutil.rrule import rrulestr

    parts = event["RRULE"].to_ical().decode().split(";")
    until = [p for p in parts if p.startswith("UNTIL=")]
    rest = ";".join(p for p in parts if not p.startswith("UNTIL="))
    rule = rrulestr(rest, dtstart=start_wall)
    if until:
        value = until[0][len("UNTIL="):]
        if value.endswith("Z"):
            utc = dt.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            limit = utc.astimezone(ZoneInfo(tzid)).replace(tzinfo=None) if tzid else utc
        elif "T" in value:
            limit = dt.datetime.strptime(value, "%Y%m%dT%H%M%S")
        else:
            limit = dt.datetime.strptime(value, "%Y%m%d")
        rule = rule.replace(until=limit)
    return list(rule)


def icalendar_occurrences(text):
    import icalendar

    calendar = icalendar.Calendar.from_ical(text)
    masters, overrides = [], {}
    for event in calendar.walk("VEVENT"):
        if "RECURRENCE-ID" in event:
            rid = event["RECURRENCE-ID"]
            overrides[(str(event["UID"]), wall_time(rid.dt, tzid_of(rid)))] = event
        else:
            masters.append(event)

    for event in masters:
        start = event["DTSTART"]
        tzid = tzid_of(start)
        wall = wall_time(start.dt, tzid)
        walls = expand_rrule(event, wall, tzid) if "RRULE" in event else [wall]
        excluded = set()
        if "EXDATE" in event:
            for value, ex_tzid in listed_values(event["EXDATE"]):
                excluded.add(wall_time(value, str(ex_tzid) if ex_tzid else tzid))
        uid = str(event["UID"])
        for w in walls:
            if w in excluded:
                continue
            chosen = overrides.get((uid, w), event)
            if chosen is event:
                yield place(w, tzid), str(event.get("SUMMARY", ""))
            else:
                o_start = chosen["DTSTART"]
                o_tzid = tzid_of(o_start)
                yield place(wall_time(o_start.dt, o_tzid), o_tzid), str(chosen.get("SUMMARY", ""))


def vobject_occurrences(text):
    import vobject
    from dateutil import tz as dateutil_tz

    calendar = vobject.readOne(text)
    events = calendar.contents.get("vevent", [])
    overrides = {}
    for event in events:
        if hasattr(event, "recurrence_id"):
            rid = event.recurrence_id.value.astimezone(UTC)
            overrides[(event.uid.value, rid)] = event
    for event in events:
        if hasattr(event, "recurrence_id"):
            continue
        for start in event.getrruleset(addRDate=True) or [event.dtstart.value]:
            chosen = overrides.get((event.uid.value, start.astimezone(UTC)), event)
            when = chosen.dtstart.value if chosen is not event else start
            # dateutil reads a wall time in a spring-forward gap with the offset after the gap;
            # RFC 5545 moves it forward by the gap instead.
            when = dateutil_tz.resolve_imaginary(when)
            # Local time as the file's own VTIMEZONE places the instant.
            local = when.astimezone(UTC).astimezone(when.tzinfo).replace(tzinfo=None)
            yield (when.astimezone(UTC), local), chosen.summary.value


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--engine", choices=["icalendar", "vobject"], default="icalendar")
    parser.add_argument("--summary", action="store_true", help="append a tab and the SUMMARY")
    args = parser.parse_args()
    try:
        with open(args.file, "rb") as f:
            data = f.read()
        if args.engine == "icalendar":
            found = list(icalendar_occurrences(data))
        else:
            found = list(vobject_occurrences(data.decode("utf-8")))
    except Exception as error:  # any parse failure means the export is not importable
        print(f"expand_ics.py: {args.file}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    found.sort(key=lambda item: (item[0][0], item[1]))
    # Local to the calendar's own zone, also for starts written in UTC.
    zone = ZoneInfo(re.search(rb"^TZID:(.+?)\r?$", data, re.M).group(1).decode())
    for (utc, _), summary in found:
        line = utc.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(f"{line}\t{summary}" if args.summary else line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
