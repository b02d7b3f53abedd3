#pragma once
// `msol tally` as a pure function: game events and the meeting log in, points and levels per
// member, crew and partnership out, each with the entries behind it.
//
// Who a figure counts:
// - member: every entry the member earned, including members who have since left.
// - crew: the consistency entries of the crew's own meetings, plus every entry of an event whose
//   participants were all members of the crew on the event's date (a circle, money round,
//   conflict or venture held within the crew). One event may count for several crews.
// - pair (partnership): the entries both members earned in an event that joined the two of them
//   directly, as the issue lists them: a money round where one offered to the other (the focus's
//   and that offerer's entries), a conflict between them, a venture they co-own, and a meeting
//   of a two-member crew (on that date) that both attended. Listening circles are left out: a
//   circle is shared by everyone in it, not a favour between two people, and counting it would
//   list every pair of every circle.
#include <optional>
#include <string>
#include <vector>

#include "domain/dates.hpp"
#include "game/events.hpp"
#include "game/meetings.hpp"
#include "game/points.hpp"
#include "game/scoring.hpp"

namespace msol::game {

struct Figure {
  int points = 0;
  // The highest level whose entries in this figure add up to more than zero; 0 if none. A lone
  // unresolved conflict is played, but not with a positive result.
  int level = 0;
  std::vector<Entry> entries;  // by date, then id, then member
};

struct MemberFigure {
  std::string member;
  Figure figure;
};

struct CrewFigure {
  std::string crew;
  Figure figure;
};

struct PairFigure {
  std::string a;  // a sorts before b by name
  std::string b;
  Figure figure;
};

// Each list is sorted by name, never by points: the game is a mirror, not a competition.
// Only members, crews and pairs with at least one entry appear.
struct Tally {
  std::vector<MemberFigure> members;
  std::vector<CrewFigure> crews;
  std::vector<PairFigure> pairs;
};

// Validates every event and meeting (UsageError), including that each meeting's crew is in
// log.crews. With `since`, entries dated before it are left out; the consistency ordinals still
// count every earlier meeting, so a member's 7th meeting is worth the same whatever the window.
Tally tally(const std::vector<Event>& events, const MeetingLog& log, const PointValues& values,
            std::optional<Date> since = std::nullopt);

}  // namespace msol::game
