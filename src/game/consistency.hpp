#pragma once
// The invariant behind "tallies consistent" in `msol check`: every stored event and logged meeting
// is one the game can score, each meeting's roll is exactly its crew's roster on that day (a roll
// that disagrees with the roster gains or costs someone consistency points they should not get),
// and the tally's figures account for every point the events and meetings earn.
#include <string>
#include <vector>

#include "game/events.hpp"
#include "game/meetings.hpp"
#include "game/points.hpp"

namespace msol::game {

// One sentence per problem, naming the event id or the crew and date; empty when consistent.
// The rolls must match the members on the day of log.crews (msol::members_on).
std::vector<std::string> tally_problems(const std::vector<Event>& events, const MeetingLog& log,
                                        const PointValues& values);

}  // namespace msol::game
