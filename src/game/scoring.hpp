#pragma once
// The rules of the game turned into entries: one entry per member per rule applied, so that
// `msol tally --explain` can show every figure as a sum anyone can redo by hand.
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "domain/dates.hpp"
#include "game/events.hpp"
#include "game/meetings.hpp"
#include "game/points.hpp"

namespace msol::game {

struct Entry {
  Date date{};
  std::int64_t id = 0;  // the event's id, or the meeting's id when level is Consistency
  Level level = Level::Listening;
  std::string member;  // who earned the points
  int points = 0;
  std::string description;  // e.g. "offered help to ana", "attended oak meeting (3rd)"
};

// The entries one event earns its participants.
std::vector<Entry> score_event(const Event& event, const PointValues& values);

// How many meetings each (crew, member) has attended so far; the consistency points of a meeting
// depend on it, so meetings must be scored in date order with one counter.
using AttendanceCount = std::map<std::pair<std::string, std::string>, int>;

// The entries one meeting earns its roll, advancing `attended`.
std::vector<Entry> score_meeting(const Meeting& meeting, AttendanceCount& attended,
                                 const PointValues& values);

}  // namespace msol::game
