#include "domain/health.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/text.hpp"

namespace msol {
namespace {

std::string band_of(int members) {
  if (members > kCongregationMax) return "past 200";
  if (members > kThinkAboutSplitting) return "past 100";
  if (members < kCongregationMin) return "below 30";
  return "30-100";
}

void size_warning(Health& h) {
  if (h.members > kCongregationMax)
    h.warnings.push_back({"size", fmt::format("{} members is past 200, beyond what trust can hold: "
                                              "split in two (see 'msol split --suggest')",
                                              h.members)});
  else if (h.members > kThinkAboutSplitting)
    h.warnings.push_back({"size", fmt::format("{} members is past 100: time to think about "
                                              "splitting in two (see 'msol split --suggest')",
                                              h.members)});
}

void place_members(const HealthInput& in, Health& h) {
  for (const auto& m : in.congregation.members) {
    if (!m.active()) {
      ++h.left;
      continue;
    }
    ++h.members;
    ++h.levels[std::clamp(in.levels.count(m.name) ? in.levels.at(m.name) : 0, 0, 5)];
    if (crew_of(in.crews, m.name)) continue;
    (m.prefs.looking ? h.unplaced : h.not_looking).push_back(m.name);
  }
}

void unplaced_warning(Health& h) {
  if (!h.unplaced.empty())
    h.warnings.push_back(
        {"no-crew",
         fmt::format("{} looking for a crew but in none: {}; form "
                     "crews for them with 'msol crew form' (open crews carry on as they are)",
                     h.unplaced.size() == 1 ? "1 member is"
                                            : fmt::format("{} members are", h.unplaced.size()),
                     join(h.unplaced))});
}

void crew_sizes(const HealthInput& in, Health& h) {
  for (const auto& crew : in.crews) {
    if (!crew.open) continue;
    ++h.crews;
    for (const auto& w : crew_warnings(crew)) h.warnings.push_back({"crew-size", w});
  }
}

bool logged(const HealthInput& in, const std::string& crew, Date day) {
  return std::any_of(in.meetings.begin(), in.meetings.end(), [&](const LoggedMeeting& m) {
    return m.date == day && same_name(m.crew, crew);
  });
}

void check_commitment(const HealthInput& in, const Commitment& c, Health& h) {
  std::vector<std::string> missing;
  for (const auto& m : c.meetings)
    if (m.due <= in.now && !logged(in, c.crew, m.date)) missing.push_back(format_date(m.date));
  if (!missing.empty())
    h.warnings.push_back(
        {"unlogged-meeting",
         fmt::format("crew '{}': {} past meeting{} not logged ({}): log with 'msol meet log \"{}\" "
                     "--date {}'",
                     c.crew, missing.size(), missing.size() == 1 ? "" : "s", join(missing), c.crew,
                     missing.front())});
  if (!c.meetings.empty() && c.meetings.back().due <= in.now && !c.reviewed)
    h.warnings.push_back(
        {"no-retrospective",
         fmt::format("crew '{}': the commitment ended on {} without a retrospective: hold one "
                     "with 'msol retro \"{}\" --decision continue|change|stop'",
                     c.crew, format_date(c.meetings.back().date), c.crew)});
}

void attendance(const HealthInput& in, Health& h) {
  for (const auto& crew : in.crews) {
    if (!crew.open) continue;
    CrewAttendance a{crew.name};
    for (const auto& m : in.meetings) {
      if (!same_name(m.crew, crew.name)) continue;
      ++a.meetings;
      a.present += m.present;
      a.absent += m.absent;
      a.excused += m.excused;
    }
    h.attendance.push_back(a);
  }
  std::sort(h.attendance.begin(), h.attendance.end(),
            [](const CrewAttendance& x, const CrewAttendance& y) {
              return name_key(x.crew) < name_key(y.crew);
            });
}

}  // namespace

double CrewAttendance::rate() const {
  const int roll = present + absent + excused;
  return roll == 0 ? 0.0 : static_cast<double>(present) / roll;
}

Health assess(const HealthInput& in) {
  Health h;
  place_members(in, h);
  h.band = band_of(h.members);
  size_warning(h);
  unplaced_warning(h);
  crew_sizes(in, h);
  for (const auto& c : in.commitments) check_commitment(in, c, h);
  attendance(in, h);
  return h;
}

}  // namespace msol
