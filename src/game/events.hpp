#pragma once
// The game events members log by hand (levels 1, 2, 4 and 5 of SPEC section 6). Level 3 is
// never logged: it is derived from the meeting log (see meetings.hpp).
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/dates.hpp"
#include "domain/game_levels.hpp"

namespace msol::game {

// The levels and their names are the domain's (domain/game_levels.hpp).
using msol::Level;
using msol::level_name;

struct Listening {
  std::int64_t id = 0;  // from storage; shown by --explain and used by `game undo`
  Date date{};
  std::vector<std::string> participants;
};

struct Money {
  std::int64_t id = 0;
  Date date{};
  std::string focus;   // the member who talked about paid and meaningful work
  bool asked = false;  // the focus asked for something they need
  std::vector<std::string> offerers;
};

struct Conflict {
  std::int64_t id = 0;
  Date date{};
  std::string a;
  std::string b;
  bool resolved = false;
};

struct CoOwners {
  std::int64_t id = 0;
  Date date{};
  std::string venture;
  std::vector<std::string> owners;
};

using Event = std::variant<Listening, Money, Conflict, CoOwners>;

// Each throws UsageError with a message a member can act on; the CLI calls them before storing,
// tally() calls them again because the store may have been edited by hand or imported.
void validate(const Listening& event);
void validate(const Money& event);
void validate(const Conflict& event);
void validate(const CoOwners& event);
void validate(const Event& event);

std::int64_t event_id(const Event& event);
Date event_date(const Event& event);
Level event_level(const Event& event);
std::vector<std::string> participants(const Event& event);  // everyone who took part

}  // namespace msol::game
