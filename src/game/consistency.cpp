#include "game/consistency.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "game/scoring.hpp"
#include "game/tally.hpp"

namespace msol::game {
namespace {

std::string meeting_label(const Meeting& m) {
  return fmt::format("meeting of {} on {}", m.crew, format_date(m.date));
}

const msol::Crew* find_crew(const std::vector<msol::Crew>& crews, const std::string& name) {
  auto it =
      std::find_if(crews.begin(), crews.end(), [&](const msol::Crew& c) { return c.name == name; });
  return it == crews.end() ? nullptr : &*it;
}

// Who is on the roll but not in the crew that day, and who was in the crew but is not on it, as
// `meet log` counts the crew's members (members_on).
void check_roll(const Meeting& m, const msol::Crew& crew, std::vector<std::string>& out) {
  std::set<std::string> roll(m.present.begin(), m.present.end());
  roll.insert(m.absent.begin(), m.absent.end());
  roll.insert(m.excused.begin(), m.excused.end());
  auto roster = members_on(crew, m.date);
  std::set<std::string> members(roster.begin(), roster.end());
  for (const auto& name : roll)
    if (!members.contains(name))
      out.push_back(fmt::format("{}: '{}' is on the roll but was not a member of the crew that day",
                                meeting_label(m), name));
  for (const auto& name : members)
    if (!roll.contains(name))
      out.push_back(fmt::format(
          "{}: '{}' was a member of the crew that day but is not on the roll (present, absent or "
          "excused)",
          meeting_label(m), name));
}

void check_records(const std::vector<Event>& events, const MeetingLog& log,
                   std::vector<std::string>& out) {
  for (const auto& event : events) try {
      validate(event);
    } catch (const UsageError& e) {
      out.push_back(fmt::format("game event {}: {}", event_id(event), e.what()));
    }
  for (const auto& m : log.meetings) try {
      validate(m);
      if (const auto* crew = find_crew(log.crews, m.crew))
        check_roll(m, *crew, out);
      else
        out.push_back(meeting_label(m) + ": the crew does not exist");
    } catch (const UsageError& e) {
      out.push_back(fmt::format("{}: {}", meeting_label(m), e.what()));
    }
}

// Every entry the rules give, scored directly rather than through the tally's collection.
int points_earned(const std::vector<Event>& events, const MeetingLog& log,
                  const PointValues& values) {
  int total = 0;
  for (const auto& event : events)
    for (const auto& e : score_event(event, values)) total += e.points;
  auto meetings = log.meetings;
  std::sort(meetings.begin(), meetings.end(), [](const Meeting& a, const Meeting& b) {
    return std::pair{a.date, a.id} < std::pair{b.date, b.id};
  });
  AttendanceCount attended;
  for (const auto& m : meetings)
    for (const auto& e : score_meeting(m, attended, values)) total += e.points;
  return total;
}

}  // namespace

std::vector<std::string> tally_problems(const std::vector<Event>& events, const MeetingLog& log,
                                        const PointValues& values) {
  std::vector<std::string> out;
  check_records(events, log, out);
  if (!out.empty()) return out;
  int counted = 0;
  for (const auto& m : tally(events, log, values).members) counted += m.figure.points;
  int earned = points_earned(events, log, values);
  if (counted != earned)
    out.push_back(fmt::format(
        "the member tally counts {} points but the events and meetings earn {}", counted, earned));
  return out;
}

}  // namespace msol::game
