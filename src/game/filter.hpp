#pragma once
// Which events concern a member or a crew: `msol game list --member/--crew` and the crew figures
// of the tally use the same rules.
#include <string_view>

#include "game/events.hpp"
#include "game/meetings.hpp"

namespace msol::game {

bool involves(const Event& event, std::string_view member);

// Every participant was a member of the crew on the event's date: a circle, money round, conflict
// or venture held within the crew.
bool held_within(const Event& event, const Crew& crew);

}  // namespace msol::game
