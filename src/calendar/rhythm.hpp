#pragma once
// A crew's time-limited commitment to meet ("weekly for six weeks"), as plain data.
#include <optional>
#include <vector>

#include "calendar/cadence.hpp"
#include "domain/dates.hpp"

namespace msol::calendar {

inline constexpr int kDefaultDurationMinutes = 90;
// A commitment is meant to be short and then reviewed; the cap also bounds every loop over it.
inline constexpr int kMaxMeetings = 1000;

// One meeting held on another day (and perhaps at another time) than the cadence says.
struct Move {
  Date original;                  // the scheduled date it replaces
  Date date;                      // the day it is held instead
  std::optional<TimeOfDay> time;  // absent: the rhythm's usual time
  bool operator==(const Move&) const = default;
};

struct Rhythm {
  Cadence cadence;
  Date from{};
  std::optional<int> count;   // exactly one of count and until
  std::optional<Date> until;  // inclusive
  TimeOfDay at;               // local time in the congregation's time zone
  int duration_minutes = kDefaultDurationMinutes;
  std::vector<Date> skipped;  // scheduled dates not held; the commitment keeps its end
  int postponed = 0;          // extra dates appended at the end by `skip --postpone`
  std::vector<Move> moved;
  bool rotate_facilitator = false;
  bool operator==(const Rhythm&) const = default;
};

// The dates the cadence schedules for the commitment, in order, including the postponed extras at
// the end, before skips and moves are applied. Expects a rhythm whose shape passed validate().
std::vector<Date> scheduled_dates(const Rhythm& rhythm);

// Throws UsageError for a malformed rhythm (count < 1, until before from, both or neither of count
// and until, duration out of range, too many meetings, no meeting left, a meeting after 2200) and
// Failure for skips and moves that do not match a scheduled meeting or collide with another
// meeting.
void validate(const Rhythm& rhythm);

}  // namespace msol::calendar
