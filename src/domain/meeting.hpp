#pragma once
// The rules of the meeting log and of reminders, over plain data: who was present at a meeting,
// and what a steward's cron job should be told. Pure: each function checks or selects, or throws.
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/crew.hpp"
#include "domain/dates.hpp"
#include "domain/settings.hpp"

namespace msol {

struct Roll {
  std::vector<std::string> present, absent, excused;
};

// What `msol meet log` was told; empty lists mean "not given".
struct RollCall {
  std::vector<std::string> present, absent, excused;
};

// Everyone in `members` lands on exactly one list: named present (the others absent), or named
// absent (the others present), excused always excused; by default everyone not excused is present.
// Names are matched case-insensitively and given back as `members` spells them. Throws UsageError
// when both present and absent are given or a name is on two lists, Failure naming a non-member.
Roll take_roll(const std::vector<std::string>& members, const RollCall& call,
               std::string_view crew);

// The meeting's facilitator spelled as the crew spells it; throws Failure for a non-member and
// UsageError when they were not present.
std::string check_facilitator(const Roll& roll, const std::vector<std::string>& members,
                              std::string_view facilitator, std::string_view crew);

// SPEC 5 (`msol meet edit`): moves each member named in `moves` to that list and leaves everyone
// else where `roll` has them. Names match case-insensitively and come back spelled as in `roll`.
// Throws Failure for a name not on the roll, UsageError for a name given twice or on two lists.
Roll edit_roll(Roll roll, const RollCall& moves, std::string_view crew);

// Everyone on the roll, present, absent and excused: the crew's members that day.
std::vector<std::string> on_roll(const Roll& roll);

// The facilitator a meeting gets when none is named: the rotation's (`rotation`, possibly
// empty), unless they were not present.
std::string default_facilitator(std::string_view rotation, const Roll& roll);

// "30m", "12h", "2d", "1w"; throws UsageError naming `what` otherwise.
std::chrono::minutes parse_duration(std::string_view text, std::string_view what);

// One meeting of a crew's schedule, placed in time.
struct Slot {
  std::string crew;
  Date date{};
  TimeOfDay time;  // local start
  std::chrono::sys_seconds start{}, end{};
  bool retrospective = false;  // the last meeting of the crew's current commitment
  std::string facilitator;
};

struct Reminder {
  enum class Kind { meeting, retrospective, unlogged, no_retrospective };
  Kind kind = Kind::meeting;
  std::string crew;
  Date date{};
  TimeOfDay time;
  std::string facilitator;
  // What --mark records so that the reminder is printed once: kind, crew and date.
  std::string key() const;
};

std::string kind_name(Reminder::Kind kind);

inline constexpr auto kDefaultGraceMinutes = setting_default("remind.grace_minutes");

struct RemindInput {
  std::vector<Slot> slots;
  std::set<std::pair<std::string, Date>> logged;  // (name_key(crew), date) of logged meetings
  std::chrono::sys_seconds now{};
  std::chrono::minutes within{};
  // Time to log a meeting or hold the retrospective after it ends (setting remind.grace_minutes).
  std::chrono::minutes grace{kDefaultGraceMinutes};
};

// Meetings and retrospectives starting within the window from now (both ends included), meetings
// that ended (start + duration + grace, SPEC section 2) without being logged, and current
// commitments whose retrospective so ended without a review (the caller passes only open crews'
// slots, whose current commitments have no review yet), in time order.
std::vector<Reminder> due_reminders(const RemindInput& input);

// The reminders whose keys are not in `sent`.
std::vector<Reminder> not_sent(const std::vector<Reminder>& due, const std::set<std::string>& sent);

// One line for a person, with the command that settles it. Never includes meeting notes.
std::string describe(const Reminder& reminder);

}  // namespace msol
