#!/usr/bin/python3
"""Every rhythm scenario through every consumer, against instants computed here.

    /usr/bin/python3 tests/ics/scenarios.py MSOL WORKDIR

For each zone below, one congregation holds crews whose rhythms cross that zone's daylight-saving
changes (both of a year, or the last ones before 2027 for a zone that stopped changing): a weekly
rhythm at 19:00 with a skip, a move and a postponed skip around each change; a weekly rhythm at a
local time the change skips or repeats, with the weeks after it; a monthly rhythm on the 31st
renewed twice; an ordinal-weekday rhythm changed by its retrospective to another cadence and time.
The instants are computed here from the scenario alone (Python's zoneinfo, RFC 5545's reading of
skipped and repeated times), never from msol's own expansion, and each consumer of consumers.py
must find exactly them in `msol ics` and `msol ics --expand`: calcurse only where it can (see
consumers.py). msol's own agenda must agree too. Prints what differs; exit 1 if anything does.
"""
import datetime as dt
import json
import os
import subprocess
import sys
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import consumers  # noqa: E402

UTC = dt.timezone.utc
DAY = dt.timedelta(days=1)
ZONES = ["Europe/Berlin", "Europe/London", "Europe/Lisbon", "Europe/Dublin", "America/New_York",
         "America/Santiago", "Australia/Sydney", "Australia/Lord_Howe", "Asia/Kolkata",
         "Pacific/Auckland", "America/Sao_Paulo"]
STAMP = "2026-11-22 10:00"


def place(day, hhmm, zone):
    """RFC 5545 3.3.5: a skipped time reads with the offset before the gap, a repeated one is the
    first; zoneinfo's fold=0 does exactly that."""
    hour, minute = map(int, hhmm.split(":"))
    wall = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
    return wall.replace(fold=0).astimezone(UTC)


def transitions(zone, year):
    """(local day, a local HH:MM skipped or repeated that day) for each change in `year`."""
    found = []
    t = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    step = dt.timedelta(minutes=15)
    while t < end:
        before, after = t.astimezone(zone).utcoffset(), (t + step).astimezone(zone).utcoffset()
        if before != after:
            # The instant of the change, to the minute.
            lo, hi = t, t + step
            while hi - lo > dt.timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                lo, hi = (mid, hi) if mid.astimezone(zone).utcoffset() == before else (lo, mid)
            change = hi
            wall_before = (change + before).replace(tzinfo=None)  # the wall clock at the change
            middle = wall_before + (after - before) / 2 if after > before else \
                wall_before - (before - after) / 2
            middle = middle.replace(second=0, microsecond=0)
            found.append((middle.date(), middle.strftime("%H:%M")))
        t += step
    return found


def scenario_year(zone):
    """2027, or the last year before it with both changes (then one) for a zone that stopped."""
    for wanted in (2, 1):
        for year in range(2027, 1969, -1):
            if len(transitions(zone, year)) >= wanted:
                return year
    return 2027


class Congregation:
    def __init__(self, msol, folder, zone):
        self.msol, self.folder, self.zone = msol, folder, zone
        os.makedirs(folder, exist_ok=True)
        self.file = os.path.join(folder, "congregation.msol")
        self.expected = []  # (utc, summary)
        self.current = []  # what the agenda lists: the meetings of each crew's last commitment
        self.run("init", "--name", "Zones", "--timezone", zone)

    def run(self, *args, today="2000-01-01"):
        result = subprocess.run([self.msol, "--file", self.file, "--today", today, *args],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"msol {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def members(self, crews):
        """Three members for each crew, in one import (keeps the suite fast)."""
        path = os.path.join(self.folder, "members.toml")
        with open(path, "w") as f:
            for crew in crews:
                for i in range(3):
                    f.write(f'[[member]]\nname = "{crew}{i}"\njoined = 1990-01-01\n')
        self.run("import", path)

    def crew(self, name):
        self.run("crew", "create", name, "--members", ",".join(f"{name}{i}" for i in range(3)))

    def expect(self, crew, meetings):
        """One commitment's meetings, (day, HH:MM) in time order; the last is its retrospective."""
        self.current = [m for m in self.current if not m[1].startswith(crew + " ")]
        for i, (day, hhmm) in enumerate(meetings):
            kind = "retrospective" if i == len(meetings) - 1 else "meeting"
            meeting = (place(day, hhmm, ZoneInfo(self.zone)), f"{crew} {kind}")
            self.expected.append(meeting)
            self.current.append(meeting)


def weekly_around(c, name, day, hhmm, edits):
    """A weekly rhythm of 6 meetings, the change's day third; `edits` skips, moves, postpones."""
    c.crew(name)
    first = day - 14 * DAY
    c.run("rhythm", "set", name, "--every", "week", "--count", "6", "--from", first.isoformat(),
          "--at", hhmm)
    days = [(first + 7 * i * DAY, hhmm) for i in range(6)]
    if edits:
        c.run("rhythm", "skip", name, days[1][0].isoformat())
        c.run("rhythm", "move", name, days[3][0].isoformat(), (days[3][0] + DAY).isoformat(),
              "--at", "18:30")
        c.run("rhythm", "skip", name, days[4][0].isoformat(), "--postpone")
        days = [days[0], days[2], (days[3][0] + DAY, "18:30"), days[5],
                (first + 42 * DAY, hhmm)]
    c.expect(name, days)
    return bool(edits)


def last_day(year, month):
    return (dt.date(year + month // 12, month % 12 + 1, 1) - DAY)


def monthly_31st(c, year):
    c.crew("Moon")
    c.run("rhythm", "set", "Moon", "--every", "month", "--count", "3", "--from",
          f"{year}-01-31", "--at", "18:00")
    month_end = [dt.date(year, m, min(31, last_day(year, m).day)) for m in range(1, 9)]
    c.expect("Moon", [(d, "18:00") for d in month_end[0:3]])
    c.run("retro", "Moon", "--decision", "continue", today=month_end[2].isoformat())
    c.expect("Moon", [(d, "18:00") for d in month_end[3:6]])
    c.run("retro", "Moon", "--decision", "continue", "--renew", "2",
          today=month_end[5].isoformat())
    c.expect("Moon", [(d, "18:00") for d in month_end[6:8]])


def first_tuesday(year, month):
    d = dt.date(year, month, 1)
    return d + ((1 - d.weekday()) % 7) * DAY


def changed_cadence(c, year):
    c.crew("Tide")
    c.run("rhythm", "set", "Tide", "--every", "first-tuesday", "--count", "3", "--from",
          f"{year}-01-01", "--at", "07:15")
    firsts = [first_tuesday(year, m) for m in (1, 2, 3, 4)]
    c.expect("Tide", [(d, "07:15") for d in firsts[:3]])
    c.run("retro", "Tide", "--decision", "change", "--every", "2weeks", "--at", "20:00",
          "--renew", "3", today=firsts[2].isoformat())
    c.expect("Tide", [(firsts[3] + 14 * i * DAY, "20:00") for i in range(3)])


def build(msol, folder, zone):
    """A congregation in `zone` with every scenario; returns it and whether any meeting moved."""
    c = Congregation(msol, folder, zone)
    year = scenario_year(ZoneInfo(zone))
    changes = transitions(ZoneInfo(zone), year)
    c.members([f"{kind}{k}" for k in range(len(changes)) for kind in ("Walk", "Edge")] +
              ([] if changes else ["Walk"]) + ["Moon", "Tide"])
    for k, (day, hhmm) in enumerate(changes):
        weekly_around(c, f"Walk{k}", day, "19:00", edits=True)
        weekly_around(c, f"Edge{k}", day, hhmm, edits=False)
    if not changes:
        weekly_around(c, "Walk", dt.date(year, 3, 28), "19:00", edits=True)
    monthly_31st(c, year)
    changed_cadence(c, year)
    return c, year


def fmt(pairs):
    return [f"{utc:%Y-%m-%dT%H:%MZ}\t{summary}" for utc, summary in sorted(pairs)]


def compare(what, got, expected, problems):
    if got != expected:
        missing = sorted(set(expected) - set(got))
        extra = sorted(set(got) - set(expected))
        problems.append(f"{what}: missing {missing[:6]}, unexpected {extra[:6]}")


def check_zone(msol, work, zone):
    problems = []
    c, year = build(msol, os.path.join(work, zone.replace("/", "_")), zone)
    expected = fmt(c.expected)
    agenda = json.loads(c.run("--json", "agenda", "--days", "800", today=f"{year}-01-01"))
    local = sorted(f"{e['date']} {e['time']}" for e in agenda)
    want_local = sorted(f"{u.astimezone(ZoneInfo(zone)):%Y-%m-%d %H:%M}" for u, _ in c.current)
    if local != want_local:
        problems.append(f"msol agenda: {sorted(set(local) ^ set(want_local))[:6]}")
    for form in ("plain", "expand"):
        path = os.path.join(c.folder, f"{form}.ics")
        c.run("--now", STAMP, "ics", "-o", path, *(["--expand"] if form == "expand" else []))
        for engine in consumers.ENGINES:
            # calcurse ignores RECURRENCE-ID: the Walk crews' plain form has moved meetings.
            if engine != "calcurse" or form == "expand":
                consume(engine, path, f"{engine} on {form}", expected, problems)
    # calcurse on the plain form of each crew without a moved meeting.
    for crew in sorted({s.split(" ")[0] for _, s in c.expected if not s.startswith("Walk")}):
        path = os.path.join(c.folder, f"{crew}.ics")
        c.run("--now", STAMP, "ics", crew, "-o", path)
        mine = [line for line in expected if line.split("\t")[1].startswith(crew + " ")]
        consume("calcurse", path, f"calcurse on plain {crew}", mine, problems)
    return [f"{zone}: {p}" for p in problems]


def consume(engine, path, what, expected, problems):
    try:
        got = fmt(consumers.occurrences(path, engine))
    except Exception as error:
        problems.append(f"{what}: {type(error).__name__}: {error}")
        return
    compare(what, got, expected, problems)


def main():
    msol, work = sys.argv[1], sys.argv[2]
    zones = sys.argv[3:] or ZONES
    problems = []
    for zone in zones:
        problems += check_zone(msol, work, zone)
    for p in problems:
        print(p)
    print(f"{len(zones)} zones, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
