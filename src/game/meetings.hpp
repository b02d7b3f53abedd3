#pragma once
// The meeting log and crew rosters that level 3 (consistency) is derived from.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

// A member's time in a crew: [from, until), either end open when unset.
struct CrewMember {
  std::string name;
  std::optional<Date> from;
  std::optional<Date> until;  // the first day they were no longer a member
};

// Every crew that ever met, closed ones included: their meetings still count.
struct Crew {
  std::string name;
  std::vector<CrewMember> members;
};

struct MeetingLog {
  std::vector<Crew> crews;
  std::vector<Meeting> meetings;
};

// UsageError when a name is empty, repeated, or on two lists of the roll.
void validate(const Meeting& meeting);

// The crew's members on `day`; a partnership is a crew with exactly two.
std::vector<std::string> roster_on(const Crew& crew, Date day);

}  // namespace msol::game
