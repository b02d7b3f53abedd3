#pragma once
// The attendance grid of `msol meet list --grid`: for each crew, who was at which of its logged
// meetings. Each meeting's roll already says who was a member that day, so a name missing from a
// roll is someone who had not joined yet or had already left.
#include <string>
#include <vector>

#include "domain/dates.hpp"
#include "game/meetings.hpp"

namespace msol::game {

enum class Presence { Present, Absent, Excused, NotMember };

struct AttendanceRow {
  std::string member;
  std::vector<Presence> cells;  // one per meeting of the grid, in its order
  int present = 0;
  int on_roll = 0;  // the meetings whose roll names the member
  // present / on_roll, as `msol status` counts a crew: an excused absence is still an absence.
  double rate() const;
};

struct AttendanceGrid {
  std::string crew;
  std::vector<Date> meetings;       // in date order
  std::vector<AttendanceRow> rows;  // everyone on any of the crew's rolls, sorted by name
};

// One grid per crew that has logged meetings, sorted by crew name. Validates every meeting
// (UsageError), so no name sits on two lists of one roll.
std::vector<AttendanceGrid> attendance_grids(const std::vector<Meeting>& meetings);

}  // namespace msol::game
