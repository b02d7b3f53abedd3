#include "calendar/expand.hpp"

#include <algorithm>

#include "util/ranges.hpp"

namespace msol::calendar {
namespace {

bool is_skipped(const Rhythm& r, Date d) { return util::contains(r.skipped, d); }

const Move* move_of(const Rhythm& r, Date d) {
  auto it =
      std::find_if(r.moved.begin(), r.moved.end(), [&](const Move& m) { return m.original == d; });
  return it == r.moved.end() ? nullptr : &*it;
}

Occurrence held_meeting(const Rhythm& r, const date::time_zone& zone, Date scheduled) {
  Occurrence o;
  o.scheduled = scheduled;
  o.date = scheduled;
  o.time = r.at;
  if (const auto* move = move_of(r, scheduled)) {
    o.moved = true;
    o.date = move->date;
    o.time = move->time.value_or(r.at);
  }
  auto start = resolve_local(zone, o.date, o.time);
  o.local_start = start.local;
  o.utc_start = start.utc;
  o.warning = std::move(start.warning);
  o.duration_minutes = r.duration_minutes;
  return o;
}

void number_and_assign(std::vector<Occurrence>& meetings, const Rhythm& r,
                       const std::vector<std::string>& facilitators) {
  for (size_t i = 0; i < meetings.size(); ++i) {
    meetings[i].index = static_cast<int>(i);
    if (r.rotate_facilitator && !facilitators.empty())
      meetings[i].facilitator = facilitators[i % facilitators.size()];
  }
  if (!meetings.empty()) meetings.back().is_retrospective = true;
}

}  // namespace

std::vector<Occurrence> expand(const Rhythm& rhythm, std::string_view tz_name,
                               const std::vector<std::string>& facilitators) {
  const auto& zone = find_zone(tz_name);
  validate(rhythm);
  std::vector<Occurrence> meetings;
  for (auto d : scheduled_dates(rhythm))
    if (!is_skipped(rhythm, d)) meetings.push_back(held_meeting(rhythm, zone, d));
  std::stable_sort(meetings.begin(), meetings.end(), [](const Occurrence& a, const Occurrence& b) {
    return a.utc_start < b.utc_start;
  });
  number_and_assign(meetings, rhythm, facilitators);
  return meetings;
}

}  // namespace msol::calendar
