#include "calendar/ics.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

#include "calendar/expand.hpp"
#include "calendar/ics_text.hpp"
#include "calendar/rrule.hpp"
#include "calendar/schedule.hpp"
#include "calendar/uid.hpp"
#include "calendar/vtimezone.hpp"
#include "calendar/zone.hpp"

namespace msol::calendar {
namespace {

struct Exported {
  const CrewRhythm* crew;
  std::vector<Occurrence> meetings;
};

// Everything one writer needs that is the same for all events of the calendar.
struct Context {
  const date::time_zone& zone;
  std::string tzid_param;  // ";TZID=..." for DTSTART, EXDATE and RECURRENCE-ID
  std::string dtstamp;
};

date::local_seconds nominal_start(Date day, TimeOfDay t) {
  return date::local_days{day} + std::chrono::hours{t.hour} + std::chrono::minutes{t.minute};
}

std::string summary(const std::string& crew, bool retrospective) {
  return escape_text(fmt::format("{} {}", crew, retrospective ? "retrospective" : "meeting"));
}

// UID and DTSTAMP open every event; SEQUENCE and LAST-MODIFIED tell clients it changed.
void add_identity(ContentLines& out, const Context& ctx, const CrewRhythm& c,
                  const std::string& uid) {
  out.add("UID", uid);
  out.add("DTSTAMP", ctx.dtstamp);
  out.add("SEQUENCE", std::to_string(c.sequence));
  if (c.last_modified) out.add("LAST-MODIFIED", ics_utc(*c.last_modified));
}

// The common body of every meeting event: start, length, title, facilitator. A start that a
// daylight-saving change skips or repeats is written in UTC: a local time there is read
// differently by different clients.
void add_meeting_body(ContentLines& out, const Context& ctx, const CrewRhythm& c,
                      const Occurrence& o) {
  if (o.warning.empty())
    out.add("DTSTART" + ctx.tzid_param, ics_local(o.local_start));
  else
    out.add("DTSTART", ics_utc(o.utc_start));
  out.add("DURATION", fmt::format("PT{}M", o.duration_minutes));
  out.add("SUMMARY", summary(c.crew, o.is_retrospective));
  if (o.is_retrospective) out.add("CATEGORIES", "RETROSPECTIVE");
  if (!o.facilitator.empty())
    out.add("DESCRIPTION", escape_text(fmt::format("Facilitator: {}", o.facilitator)));
}

// The rhythm the RRULE writes: the commitment's own, cut short when the next commitment replaced
// its last scheduled dates, so that the series ends with the last meeting it held.
Rhythm rule_of(const Exported& e) {
  auto rule = e.crew->rhythm;
  auto dates = scheduled_dates(rule);
  auto held_upto = std::max_element(
      e.meetings.begin(), e.meetings.end(),
      [](const Occurrence& a, const Occurrence& b) { return a.scheduled < b.scheduled; });
  auto kept = std::find(dates.begin(), dates.end(), held_upto->scheduled) - dates.begin() + 1;
  if (kept < static_cast<long>(dates.size())) {
    rule.count = static_cast<int>(kept);
    rule.until.reset();
    rule.postponed = 0;
  }
  return rule;
}

// Scheduled dates the RRULE yields but no meeting is held for: skipped, or replaced.
std::vector<Date> excluded(const Rhythm& rule, const std::vector<Occurrence>& meetings) {
  std::set<Date> held;
  for (const auto& o : meetings) held.insert(o.scheduled);
  std::vector<Date> out;
  for (auto d : scheduled_dates(rule))
    if (!held.count(d)) out.push_back(d);
  return out;
}

// The retrospective, when it is the last date of `rule`, unmoved and with no facilitator to name:
// it is then written as an event of its own and the RRULE ends before it, so that no
// RECURRENCE-ID is needed for it (calcurse ignores RECURRENCE-ID and would show it twice).
const Occurrence* standalone_retrospective(const Exported& e, const Rhythm& rule) {
  const auto& last = e.meetings.back();  // in time order: the retrospective
  bool plain = last.is_retrospective && !last.moved && last.facilitator.empty();
  return plain && last.scheduled == scheduled_dates(rule).back() ? &last : nullptr;
}

// `rule` without its last date, keeping its COUNT or UNTIL form.
Rhythm without_last(Rhythm rule) {
  auto dates = scheduled_dates(rule);
  if (rule.count) rule.count = static_cast<int>(dates.size()) - 1;
  if (rule.until && dates.size() >= 2) rule.until = dates[dates.size() - 2];
  rule.postponed = 0;
  return rule;
}

void add_master(ContentLines& out, const Context& ctx, const Exported& e, const Rhythm& rule) {
  const auto& c = *e.crew;
  out.add("BEGIN", "VEVENT");
  add_identity(out, ctx, c, rhythm_uid(c.crew, c.rhythm));
  // The nominal time, not a daylight-saving-adjusted one: RRULE repeats DTSTART's wall-clock time.
  out.add("DTSTART" + ctx.tzid_param,
          ics_local(nominal_start(scheduled_dates(rule).front(), rule.at)));
  out.add("DURATION", fmt::format("PT{}M", rule.duration_minutes));
  out.add("RRULE", rrule_value(rule, ctx.zone));
  if (auto gone = excluded(rule, e.meetings); !gone.empty()) {
    std::vector<std::string> values;
    for (auto d : gone) values.push_back(ics_local(nominal_start(d, rule.at)));
    out.add("EXDATE" + ctx.tzid_param, fmt::format("{}", fmt::join(values, ",")));
  }
  out.add("SUMMARY", summary(c.crew, false));
  out.add("END", "VEVENT");
}

void add_override(ContentLines& out, const Context& ctx, const Exported& e, const Occurrence& o) {
  const auto& c = *e.crew;
  out.add("BEGIN", "VEVENT");
  add_identity(out, ctx, c, rhythm_uid(c.crew, c.rhythm));
  out.add("RECURRENCE-ID" + ctx.tzid_param, ics_local(nominal_start(o.scheduled, c.rhythm.at)));
  add_meeting_body(out, ctx, c, o);
  out.add("END", "VEVENT");
}

void add_single(ContentLines& out, const Context& ctx, const Exported& e, const Occurrence& o) {
  out.add("BEGIN", "VEVENT");
  add_identity(out, ctx, *e.crew, meeting_uid(e.crew->crew, e.crew->rhythm, o.scheduled));
  add_meeting_body(out, ctx, *e.crew, o);
  out.add("END", "VEVENT");
}

void add_recurring(ContentLines& out, const Context& ctx, const Exported& e) {
  auto rule = rule_of(e);
  const auto* retrospective = standalone_retrospective(e, rule);
  if (retrospective) rule = without_last(rule);
  if (!retrospective || e.meetings.size() > 1) add_master(out, ctx, e, rule);
  // A meeting differing from what the RRULE yields gets its own override.
  for (const auto& o : e.meetings)
    if (&o != retrospective && (o.moved || o.is_retrospective || !o.facilitator.empty()))
      add_override(out, ctx, e, o);
  if (retrospective) add_single(out, ctx, e, *retrospective);
}

void add_expanded(ContentLines& out, const Context& ctx, const Exported& e) {
  for (const auto& o : e.meetings) add_single(out, ctx, e, o);
}

bool touches_shift(const Exported& e) {
  return std::any_of(e.meetings.begin(), e.meetings.end(),
                     [](const Occurrence& o) { return !o.warning.empty(); });
}

// python3-vobject takes a VTIMEZONE for UTC when their offsets agree on every change from 2000 to
// 2019 (its tzinfo_eq), so a zone at +0000 in winter (London, Lisbon, Dublin) whose VTIMEZONE
// starts later loses its summer time there. Starting by 2019 gives it changes to compare.
constexpr date::year kVobjectLastCompared{2019};

// The years the VTIMEZONE must cover: every held meeting and every scheduled date an EXDATE or
// RECURRENCE-ID refers to, from 2019 at the latest (see above). With no crews, the DTSTAMP's year
// keeps the calendar non-empty.
std::pair<date::year, date::year> span_years(const std::vector<Exported>& all,
                                             date::sys_seconds dtstamp) {
  auto stamp_year = date::year_month_day{date::floor<date::days>(dtstamp)}.year();
  if (all.empty()) return {stamp_year, stamp_year};
  auto lo = date::year::max(), hi = date::year::min();
  auto widen = [&](Date d) {
    lo = std::min(lo, d.year());
    hi = std::max(hi, d.year());
  };
  for (const auto& e : all) {
    for (auto d : scheduled_dates(e.crew->rhythm)) widen(d);
    for (const auto& o : e.meetings) widen(Date{date::floor<date::days>(o.local_start)});
  }
  return {std::min(lo, kVobjectLastCompared), hi};
}

}  // namespace

std::string to_ics(const std::vector<CrewRhythm>& crews, const IcsOptions& options) {
  const auto& zone = find_zone(options.time_zone);
  std::vector<Exported> all;
  for (const auto& c : crews) {
    auto held = expand(c.rhythm, options.time_zone, c.members);
    if (c.ends_before) end_before(held, *c.ends_before);
    if (!held.empty()) all.push_back({&c, std::move(held)});
  }
  Context ctx{zone, ";TZID=" + options.time_zone, ics_utc(options.dtstamp)};

  ContentLines out;
  out.add("BEGIN", "VCALENDAR");
  out.add("VERSION", "2.0");
  out.add("PRODID", "-//msol//msol " MSOL_VERSION "//EN");
  out.add("CALSCALE", "GREGORIAN");
  auto [first_year, last_year] = span_years(all, options.dtstamp);
  append_vtimezone(out, zone, options.time_zone, first_year, last_year);
  for (const auto& e : all)
    options.expand || touches_shift(e) ? add_expanded(out, ctx, e) : add_recurring(out, ctx, e);
  out.add("END", "VCALENDAR");
  return out.str();
}

}  // namespace msol::calendar
