#include "game/filter.hpp"

#include <algorithm>

namespace msol::game {

bool involves(const Event& event, std::string_view member) {
  const auto people = participants(event);
  return std::find(people.begin(), people.end(), member) != people.end();
}

bool held_within(const Event& event, const Crew& crew) {
  const auto roster = roster_on(crew, event_date(event));
  const auto people = participants(event);
  return std::all_of(people.begin(), people.end(), [&](const std::string& p) {
    return std::find(roster.begin(), roster.end(), p) != roster.end();
  });
}

}  // namespace msol::game
