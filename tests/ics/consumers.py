#!/usr/bin/python3
"""Five independent consumers of an iCalendar file, each asked when its events start.

    /usr/bin/python3 tests/ics/consumers.py FILE.ics --engine ENGINE

prints one line per occurrence, sorted: its start instant in UTC as `YYYY-MM-DDTHH:MMZ`, a tab and
its SUMMARY. ENGINE is one of:

  icalendar  python3-icalendar parses, python3-dateutil expands the RRULE in wall time, zoneinfo
             places it (expand_ics.py).
  vobject    python3-vobject parses and expands, placing times with the file's VTIMEZONE.
  libical    libical 3 through GObject introspection (gir1.2-ical-3.0): the component's own
             foreach_recurrence, times placed with the file's VTIMEZONE. libical leaves
             RECURRENCE-ID overrides to the application (as Evolution does), so they are applied
             here, matched by instant.
  khal       imports the file into a scratch khal calendar and lists it with UTC offsets.
  calcurse   imports the file into a scratch calcurse folder (TZ set to the calendar's zone, since
             calcurse reads local times in the process's zone) and queries it, start times as
             seconds since the epoch. calcurse ignores RECURRENCE-ID and counts COUNT past
             EXDATEs, so it is only given files without moved meetings or the --expand form.

Exit status: 0 on success, 1 when the consumer fails to read the file.
"""
import argparse
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expand_ics  # noqa: E402

UTC = dt.timezone.utc


def calendar_zone(text):
    found = re.search(r"^TZID:(.+?)\r?$", text, re.M)
    return found.group(1) if found else "UTC"


def icalendar_engine(text, _zone):
    for (utc, _), summary in expand_ics.icalendar_occurrences(text.encode()):
        yield utc, summary


def vobject_engine(text, _zone):
    for (utc, _), summary in expand_ics.vobject_occurrences(text):
        yield utc, summary


def libical_engine(text, _zone):
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib as ical

    calendar = ical.Component.new_from_string(text)
    if calendar is None:
        raise ValueError("libical cannot parse the file")
    kind = ical.ComponentKind.VEVENT_COMPONENT
    events, overrides = [], {}
    event = calendar.get_first_component(kind)
    while event is not None:
        rid = event.get_recurrenceid()
        if rid is not None and not rid.is_null_time():
            # get_recurrenceid() does not attach the TZID's zone, unlike get_dtstart().
            prop = event.get_first_property(ical.PropertyKind.RECURRENCEID_PROPERTY)
            tzid = prop.get_parameter_as_string("TZID")
            zone = calendar.get_timezone(tzid) if tzid else rid.get_timezone()
            overrides[(event.get_uid(), rid.as_timet_with_zone(zone))] = event
        else:
            events.append(event)
        event = calendar.get_next_component(kind)

    def start_of(component):
        start = component.get_dtstart()
        return dt.datetime.fromtimestamp(start.as_timet_with_zone(start.get_timezone()), UTC)

    begin = ical.Time.new_from_string("19700101T000000Z")
    end = ical.Time.new_from_string("22020101T000000Z")
    for event in events:
        instants = []
        event.foreach_recurrence(begin, end, lambda _c, span, _d: instants.append(span.get_start()),
                                 None)
        for t in instants:
            chosen = overrides.get((event.get_uid(), t), event)
            when = start_of(chosen) if chosen is not event else dt.datetime.fromtimestamp(t, UTC)
            yield when, chosen.get_summary()


def khal_engine(text, zone):
    with tempfile.TemporaryDirectory() as home:
        data = os.path.join(home, "data", "crews")
        os.makedirs(data)
        os.makedirs(os.path.join(home, "config", "khal"))
        with open(os.path.join(home, "config", "khal", "config"), "w") as f:
            f.write(f"""[calendars]
[[crews]]
path = {data}
type = calendar
[locale]
local_timezone = {zone}
default_timezone = {zone}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%dT%H:%M%z
longdatetimeformat = %Y-%m-%dT%H:%M%z
[default]
default_calendar = crews
""")
        path = os.path.join(home, "in.ics")
        with open(path, "w", newline="") as f:
            f.write(text)
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "share"))
        subprocess.run(["khal", "import", "--batch", "-a", "crews", path], env=env, check=True,
                       capture_output=True)
        listing = subprocess.run(
            ["khal", "list", "--day-format", "", "--format", "{start-long-full}\t{title}",
             "1970-01-01", "2201-01-01"],
            env=env, check=True, capture_output=True, text=True).stdout
    for line in listing.splitlines():
        if "\t" not in line:
            continue
        start, title = line.split("\t", 1)
        yield dt.datetime.strptime(start.strip(), "%Y-%m-%dT%H:%M%z").astimezone(UTC), title


def calcurse_engine(text, zone):
    with tempfile.TemporaryDirectory() as home:
        path = os.path.join(home, "in.ics")
        with open(path, "w", newline="") as f:
            f.write(text)
        env = dict(os.environ, TZ=zone, HOME=home)
        folder = ["-D", os.path.join(home, "cc")]
        os.makedirs(os.path.join(home, "cc"))
        subprocess.run(["calcurse", *folder, "-i", path, "-q"], env=env, check=True,
                       capture_output=True)
        listing = subprocess.run(
            ["calcurse", *folder, "-Q", "--from", "01/02/1970", "--to", "12/31/2200",
             "--format-apt", "%(start:epoch)\t%m\n", "--format-recur-apt",
             "%(start:epoch)\t%m\n"],
            env=env, check=True, capture_output=True, text=True).stdout
    for line in listing.splitlines():
        if "\t" in line and line.split("\t", 1)[0].isdigit():
            epoch, title = line.split("\t", 1)
            yield dt.datetime.fromtimestamp(int(epoch), UTC), title


ENGINES = {"icalendar": icalendar_engine, "vobject": vobject_engine, "libical": libical_engine,
           "khal": khal_engine, "calcurse": calcurse_engine}


def occurrences(path, engine):
    """Sorted (utc, summary) pairs of the file as `engine` reads it."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    # khal and calcurse list a meeting that runs past midnight under both days: one occurrence.
    return sorted(set(ENGINES[engine](text, calendar_zone(text))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file")
    parser.add_argument("--engine", choices=sorted(ENGINES), default="icalendar")
    args = parser.parse_args()
    try:
        found = occurrences(args.file, args.engine)
    except Exception as error:  # any failure means the consumer could not read the export
        print(f"consumers.py: {args.file}: {args.engine}: {type(error).__name__}: {error}",
              file=sys.stderr)
        return 1
    for utc, summary in found:
        print(f"{utc:%Y-%m-%dT%H:%MZ}\t{summary}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
