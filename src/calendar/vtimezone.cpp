#include "calendar/vtimezone.hpp"

namespace msol::calendar {
namespace {

void append_observance(ContentLines& out, const date::sys_info& period,
                       std::chrono::seconds offset_before, date::sys_seconds starts) {
  // The OS tz database only says whether a period is daylight time, not by how much.
  auto kind = period.save != std::chrono::minutes{0} ? "DAYLIGHT" : "STANDARD";
  out.add("BEGIN", kind);
  // An observance's DTSTART is the wall-clock time of the change, read with the offset before it.
  out.add("DTSTART", ics_local(date::local_seconds{(starts + offset_before).time_since_epoch()}));
  out.add("TZOFFSETFROM", ics_utc_offset(offset_before));
  out.add("TZOFFSETTO", ics_utc_offset(period.offset));
  out.add("TZNAME", escape_text(period.abbrev));
  out.add("END", kind);
}

bool same_rules(const date::sys_info& a, const date::sys_info& b) {
  return a.offset == b.offset && a.save == b.save && a.abbrev == b.abbrev;
}

}  // namespace

void append_vtimezone(ContentLines& out, const date::time_zone& zone, std::string_view tzid,
                      date::year first, date::year last) {
  // A day either side, so that no UTC offset can put an event's local time outside the span.
  auto span_start = date::sys_seconds{date::sys_days{first / date::January / 1} - date::days{1}};
  auto span_end = date::sys_seconds{date::sys_days{(last + date::years{1}) / date::January / 1} +
                                    date::days{1}};
  out.add("BEGIN", "VTIMEZONE");
  out.add("TZID", tzid);
  auto period = zone.get_info(span_start);
  // Clients need an observance in force before the first event, so the span's opening rules are
  // written as if they began with the span.
  append_observance(out, period, period.offset, span_start);
  while (period.end < span_end) {
    auto next = zone.get_info(period.end);
    if (!same_rules(period, next)) append_observance(out, next, period.offset, period.end);
    period = next;
  }
  out.add("END", "VTIMEZONE");
}

}  // namespace msol::calendar
