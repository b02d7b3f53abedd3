#include "game/attendance.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "game/names.hpp"
#include "util/ranges.hpp"

namespace msol::game {
namespace {

Presence presence_of(const Meeting& m, const std::string& member) {
  auto on = [&](const std::vector<std::string>& list) { return util::contains(list, member); };
  if (on(m.present)) return Presence::Present;
  if (on(m.absent)) return Presence::Absent;
  if (on(m.excused)) return Presence::Excused;
  return Presence::NotMember;
}

AttendanceRow row_of(const std::string& member, const std::vector<const Meeting*>& meetings) {
  AttendanceRow row{member, {}, 0, 0};
  for (const auto* m : meetings) {
    const auto cell = presence_of(*m, member);
    row.cells.push_back(cell);
    row.present += cell == Presence::Present ? 1 : 0;
    row.on_roll += cell == Presence::NotMember ? 0 : 1;
  }
  return row;
}

AttendanceGrid grid_of(const std::string& crew, std::vector<const Meeting*> meetings) {
  std::sort(meetings.begin(), meetings.end(), [](const Meeting* x, const Meeting* y) {
    return std::pair{x->date, x->id} < std::pair{y->date, y->id};
  });
  std::set<std::string, NameLess> members;
  AttendanceGrid grid{crew, {}, {}};
  for (const auto* m : meetings) {
    grid.meetings.push_back(m->date);
    for (const auto* list : {&m->present, &m->absent, &m->excused})
      members.insert(list->begin(), list->end());
  }
  for (const auto& member : members) grid.rows.push_back(row_of(member, meetings));
  return grid;
}

}  // namespace

double AttendanceRow::rate() const {
  return on_roll == 0 ? 0.0 : static_cast<double>(present) / on_roll;
}

std::vector<AttendanceGrid> attendance_grids(const std::vector<Meeting>& meetings) {
  std::map<std::string, std::vector<const Meeting*>, NameLess> by_crew;
  for (const auto& m : meetings) {
    validate(m);
    by_crew[m.crew].push_back(&m);
  }
  std::vector<AttendanceGrid> out;
  for (const auto& [crew, held] : by_crew) out.push_back(grid_of(crew, held));
  return out;
}

}  // namespace msol::game
