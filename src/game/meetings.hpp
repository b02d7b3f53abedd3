#pragma once
// The meeting log and crew rosters that level 3 (consistency) is derived from.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/crew.hpp"
#include "domain/dates.hpp"

namespace msol::game {

// One logged meeting. The roll (present, absent, excused) is who was a member on that day, so a
// member who joined later or left earlier is simply not on it and neither gains nor loses.
struct Meeting {
  std::int64_t id = 0;
  std::string crew;
  Date date{};
  std::vector<std::string> present;
  std::vector<std::string> absent;
  std::vector<std::string> excused;
};

// Every crew that ever met, closed ones included (their meetings still count), with its roster
// over time: who was in it on a day is msol::members_on, the rule `meet log` takes the roll by.
struct MeetingLog {
  std::vector<msol::Crew> crews;
  std::vector<Meeting> meetings;
};

// UsageError when a name is empty, repeated, or on two lists of the roll.
void validate(const Meeting& meeting);

}  // namespace msol::game
