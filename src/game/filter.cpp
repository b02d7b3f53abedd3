#include "game/filter.hpp"

#include <algorithm>

#include "util/ranges.hpp"

namespace msol::game {

bool involves(const Event& event, std::string_view member) {
  const auto people = participants(event);
  return util::contains(people, member);
}

bool held_within(const Event& event, const Crew& crew) {
  const auto roster = members_on(crew, event_date(event));
  const auto people = participants(event);
  return std::all_of(people.begin(), people.end(),
                     [&](const std::string& p) { return util::contains(roster, p); });
}

}  // namespace msol::game
