#pragma once
// The whole congregation file as plain data: what `msol export` writes and `msol import` reads
// back. Storage loads and saves it (storage/snapshot_store.hpp); this folder turns it into TOML
// and JSON. Header-only plain structs, so that storage can use them without linking exchange.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"
#include "domain/dates.hpp"
#include "game/events.hpp"

namespace msol::exchange {

// Each record keeps the line it was read from (0 when loaded from a file), for error messages.

// A `crew form --save` run; its crews weigh against the same mixes in later formations.
struct FormationRecord {
  Date formed_on{};
  std::optional<std::int64_t> seed;
  double score = 0;
  double bound = 0;
  int line = 0;
};

struct CrewRecord {
  Crew crew;
  std::optional<int> formation;  // 1-based position in Snapshot::formations
  int line = 0;
};

struct MoveRecord {
  Date original{};
  Date date{};
  std::optional<TimeOfDay> time;
};

// A rhythm with its cadence as `--every` spells it: the calendar library parses and checks it,
// and exchange does not depend on the calendar.
struct RhythmRecord {
  std::string crew;
  std::string cadence;
  Date from{};
  std::optional<int> count;
  std::optional<Date> until;
  TimeOfDay at;
  int duration = 0;
  bool rotate = false;
  int postponed = 0;
  std::string first_facilitator;
  bool active = true;
  Date created{};
  std::vector<Date> skipped;
  std::vector<MoveRecord> moved;
  int line = 0;
  unsigned anchor_day = 0;  // a monthly rhythm's inherited day of month; 0: from's own day
};

// `id` is kept because `msol tally --explain` shows it for level-3 points.
struct MeetingRecord {
  std::int64_t id = 0;
  std::string crew;
  Date date{};
  bool scheduled = true;
  std::string facilitator;
  std::string note;
  std::vector<std::string> present, absent, excused;
  int line = 0;
};

struct RetroRecord {
  std::string crew;
  std::optional<int> rhythm;  // 1-based position in Snapshot::rhythms: the commitment reviewed
  Date date{};
  std::string decision;
  std::string celebrate, change;
  std::optional<int> renew;
  std::string next_facilitator;
  int line = 0;
};

// The events keep their ids: `msol game list`, `game undo` and `tally --explain` show them.
struct EventRecord {
  game::Event event;
  int line = 0;
};

struct ReminderRecord {
  std::string key;
  std::string sent_at;
  int line = 0;
};

// Everything but the members and the congregation's name and time zone.
struct History {
  std::vector<FormationRecord> formations;
  std::vector<CrewRecord> crews;
  std::vector<RhythmRecord> rhythms;
  std::vector<MeetingRecord> meetings;
  std::vector<RetroRecord> retros;
  std::vector<EventRecord> events;
  std::vector<ReminderRecord> reminders;
  std::map<std::string, std::string> settings;  // every settings row but name and timezone

  // Whether it holds any record beyond settings: such an import needs a file without them.
  bool has_records() const {
    return !formations.empty() || !crews.empty() || !rhythms.empty() || !meetings.empty() ||
           !retros.empty() || !events.empty() || !reminders.empty();
  }
};

struct Snapshot {
  Congregation congregation;
  History history;
};

}  // namespace msol::exchange
