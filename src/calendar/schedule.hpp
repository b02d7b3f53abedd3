#pragma once
// A crew's meetings across the rhythms it committed to over time, and the renewal of a commitment
// after its retrospective. Pure: plain data in, plain data out.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/expand.hpp"
#include "calendar/rhythm.hpp"

namespace msol::calendar {

// One commitment as the file keeps it; a crew has one active rhythm at most.
struct Commitment {
  Rhythm rhythm;
  std::string first_facilitator;  // whom rotation starts with; empty: the first member
  bool active = true;
};

struct CrewMeeting {
  Occurrence occurrence;
  bool current = false;  // belongs to the active commitment (not an ended or replaced one)
};

// `members` rotated so that `first` leads (unchanged when `first` is empty or not a member):
// facilitation rotates through the crew in a stable order, starting where the crew chose.
std::vector<std::string> rotation(const std::vector<std::string>& members, std::string_view first);

// The member after `current` in `members` (cyclic); the first member when `current` is not one.
std::string next_in_rotation(const std::vector<std::string>& members, std::string_view current);

// Drops from `held` (a commitment's meetings in time order) the first meeting held on or after
// `next_from`, where the next commitment starts, and every meeting after it.
void end_before(std::vector<Occurrence>& held, Date next_from);

// Who leads the first meeting of a renewed commitment: `named` when given, else whoever follows
// the retrospective's facilitator (the last of `held`) when facilitation rotates, so rotation
// carries on across commitments, else the old commitment's `first`.
std::string first_of_renewal(const std::vector<std::string>& members, bool rotates,
                             const std::string& first, const std::vector<Occurrence>& held,
                             const std::string& named);

// Every meeting of a crew, commitments given in the order they were made. A commitment's meetings
// end where the next commitment starts, so a replaced rhythm's unheld future does not linger.
std::vector<CrewMeeting> crew_schedule(const std::vector<Commitment>& commitments,
                                       std::string_view tz_name,
                                       const std::vector<std::string>& members);

// The days in `logged` (a crew's meetings logged as scheduled) on which none of `schedule` is
// held any more: a skip or a move left their log behind. `msol check` warns about them.
std::vector<Date> orphaned_logs(const std::vector<CrewMeeting>& schedule,
                                const std::vector<Date>& logged);

// What a retrospective may change when it renews a commitment.
struct Renewal {
  std::optional<int> count;  // default: as many meetings as the commitment being renewed
  std::optional<Cadence> cadence;
  std::optional<TimeOfDay> at;
  std::optional<int> duration_minutes;
  std::optional<Date> from;  // default: where the old cadence would have gone on
};

// The next commitment: it starts on the cadence's first date after the old commitment's last
// (or on `from`), without the old skips and moves, keeping the old anchor (weekday, ordinal
// weekday, day of month, time) unless `renewal` changes it: a new `from` re-anchors a monthly
// rhythm on that day. Throws UsageError for a bad count or a meeting after 2200.
Rhythm renewed(const Rhythm& old, const Renewal& renewal);

}  // namespace msol::calendar
