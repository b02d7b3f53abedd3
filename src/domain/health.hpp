#pragma once
// `msol status` as a pure function (SPEC section 7): the congregation at a glance and the
// warnings a steward should act on. The caller expands rhythms and tallies the game; this file
// only judges what it is given.
#include <array>
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"

namespace msol {

// The trust band of SPEC section 7: past 100 members it is time to think about splitting, past
// 200 is beyond what trust can hold.
inline constexpr int kCongregationMin = 30;
inline constexpr int kThinkAboutSplitting = 100;
inline constexpr int kCongregationMax = 200;

// One meeting a commitment holds: its day, and when it is over for the log's purposes.
struct HeldMeeting {
  Date date{};
  // start + duration + the grace period (remind.grace_minutes): only from then on is it late to
  // log (SPEC section 2), so a meeting or retrospective still going on is never called unlogged.
  std::chrono::sys_seconds due{};
};

// One time-limited commitment of a crew, as its rhythm schedules it.
struct Commitment {
  std::string crew;
  std::vector<HeldMeeting> meetings;  // in time order; the last is the retrospective
  bool reviewed = false;              // a retrospective was recorded for it
};

// One logged meeting: its crew, day and the roll counted.
struct LoggedMeeting {
  std::string crew;
  Date date{};
  int present = 0;
  int absent = 0;
  int excused = 0;
};

struct HealthInput {
  Congregation congregation;
  std::vector<Crew> crews;              // open and closed
  std::vector<Commitment> commitments;  // of open crews
  std::vector<LoggedMeeting> meetings;
  std::map<std::string, int> levels;  // member -> highest reciprocity level reached (0..5)
  std::chrono::sys_seconds now{};
};

struct Warning {
  std::string kind;  // stable word for scripts: "size", "crew-size", "no-retrospective", ...
  std::string message;
};

struct CrewAttendance {
  std::string crew;
  int meetings = 0;
  int present = 0;
  int absent = 0;
  int excused = 0;
  double rate() const;  // present / everyone on the rolls; 0 without meetings
};

struct Health {
  int members = 0;  // active members
  int left = 0;
  std::string band;                        // "below 30", "30-100", "past 100", "past 200"
  int crews = 0;                           // open crews
  std::vector<std::string> unplaced;       // active, looking, in no open crew
  std::vector<std::string> not_looking;    // active, not looking, in no open crew: their choice
  std::vector<CrewAttendance> attendance;  // open crews, by name
  std::array<int, 6> levels{};             // active members by highest level reached, 0 (none) to 5
  std::vector<Warning> warnings;
};

Health assess(const HealthInput& input);

}  // namespace msol
