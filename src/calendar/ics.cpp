#include "calendar/ics.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "calendar/expand.hpp"
#include "calendar/ics_text.hpp"
#include "calendar/rrule.hpp"
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

// The common body of every meeting event: start, length, title, facilitator.
void add_meeting_body(ContentLines& out, const Context& ctx, const CrewRhythm& c,
                      const Occurrence& o) {
  out.add("DTSTART" + ctx.tzid_param, ics_local(o.local_start));
  out.add("DURATION", fmt::format("PT{}M", o.duration_minutes));
  out.add("SUMMARY", summary(c.crew, o.is_retrospective));
  if (o.is_retrospective) out.add("CATEGORIES", "RETROSPECTIVE");
  if (!o.facilitator.empty())
    out.add("DESCRIPTION", escape_text(fmt::format("Facilitator: {}", o.facilitator)));
}

void add_master(ContentLines& out, const Context& ctx, const CrewRhythm& c) {
  const auto& r = c.rhythm;
  auto first = scheduled_dates(r).front();
  out.add("BEGIN", "VEVENT");
  out.add("UID", rhythm_uid(c.crew, r));
  out.add("DTSTAMP", ctx.dtstamp);
  // The nominal time, not a daylight-saving-adjusted one: RRULE repeats DTSTART's wall-clock time.
  out.add("DTSTART" + ctx.tzid_param, ics_local(nominal_start(first, r.at)));
  out.add("DURATION", fmt::format("PT{}M", r.duration_minutes));
  out.add("RRULE", rrule_value(r, ctx.zone));
  if (!r.skipped.empty()) {
    std::vector<std::string> skipped;
    for (auto d : r.skipped) skipped.push_back(ics_local(nominal_start(d, r.at)));
    out.add("EXDATE" + ctx.tzid_param, fmt::format("{}", fmt::join(skipped, ",")));
  }
  out.add("SUMMARY", summary(c.crew, false));
  out.add("END", "VEVENT");
}

void add_override(ContentLines& out, const Context& ctx, const CrewRhythm& c, const Occurrence& o) {
  out.add("BEGIN", "VEVENT");
  out.add("UID", rhythm_uid(c.crew, c.rhythm));
  out.add("DTSTAMP", ctx.dtstamp);
  out.add("RECURRENCE-ID" + ctx.tzid_param, ics_local(nominal_start(o.scheduled, c.rhythm.at)));
  add_meeting_body(out, ctx, c, o);
  out.add("END", "VEVENT");
}

void add_recurring(ContentLines& out, const Context& ctx, const Exported& e) {
  add_master(out, ctx, *e.crew);
  // A meeting differing from what the RRULE yields gets its own override. So does one whose time
  // falls in a daylight-saving gap: clients disagree there (dateutil reads it with the offset after
  // the gap), and an explicit start makes them all agree with RFC 5545 and with `msol agenda`.
  for (const auto& o : e.meetings) {
    bool shifted = o.local_start != nominal_start(o.date, o.time);
    if (o.moved || o.is_retrospective || !o.facilitator.empty() || shifted)
      add_override(out, ctx, *e.crew, o);
  }
}

void add_expanded(ContentLines& out, const Context& ctx, const Exported& e) {
  for (const auto& o : e.meetings) {
    out.add("BEGIN", "VEVENT");
    out.add("UID", meeting_uid(e.crew->crew, e.crew->rhythm, o.scheduled));
    out.add("DTSTAMP", ctx.dtstamp);
    add_meeting_body(out, ctx, *e.crew, o);
    out.add("END", "VEVENT");
  }
}

// The years the VTIMEZONE must cover: every held meeting and every scheduled date an EXDATE or
// RECURRENCE-ID refers to. With no crews, the DTSTAMP's year keeps the calendar non-empty.
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
  return {lo, hi};
}

}  // namespace

std::string to_ics(const std::vector<CrewRhythm>& crews, const IcsOptions& options) {
  const auto& zone = find_zone(options.time_zone);
  std::vector<Exported> all;
  for (const auto& c : crews) all.push_back({&c, expand(c.rhythm, options.time_zone, c.members)});
  Context ctx{zone, ";TZID=" + options.time_zone, ics_utc(options.dtstamp)};

  ContentLines out;
  out.add("BEGIN", "VCALENDAR");
  out.add("VERSION", "2.0");
  out.add("PRODID", "-//msol//msol " MSOL_VERSION "//EN");
  out.add("CALSCALE", "GREGORIAN");
  auto [first_year, last_year] = span_years(all, options.dtstamp);
  append_vtimezone(out, zone, options.time_zone, first_year, last_year);
  for (const auto& e : all) options.expand ? add_expanded(out, ctx, e) : add_recurring(out, ctx, e);
  out.add("END", "VCALENDAR");
  return out.str();
}

}  // namespace msol::calendar
