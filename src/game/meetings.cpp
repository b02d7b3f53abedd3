#include "game/meetings.hpp"

#include <fmt/format.h>

#include "game/names.hpp"

namespace msol::game {

void validate(const Meeting& m) {
  // One combined list: a member both present and absent is a duplicate of the roll.
  std::vector<std::string> roll = m.present;
  roll.insert(roll.end(), m.absent.begin(), m.absent.end());
  roll.insert(roll.end(), m.excused.begin(), m.excused.end());
  check_names(roll, fmt::format("the roll of meeting {} of crew '{}'", m.id, m.crew));
}

}  // namespace msol::game
