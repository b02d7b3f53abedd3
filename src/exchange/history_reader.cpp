#include "exchange/history_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/errors.hpp"
#include "domain/settings.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol::exchange {
namespace {

template <class Record>
using Setter = void (*)(const Fields&, Record&, const toml::node&);

// What one kind of record may hold: its keys (in export order) and those it must have.
template <class Record>
struct Schema {
  const char* header;
  std::vector<std::pair<std::string, Setter<Record>>> keys;
  std::vector<std::string> required;
};

template <class Record>
std::string known_keys(const Schema<Record>& schema) {
  std::vector<std::string> names;
  for (const auto& [key, set] : schema.keys) names.push_back(key);
  return join(names);
}

template <class Record>
Record read_record(const Fields& f, const toml::node& node, const Schema<Record>& schema) {
  const auto& t = f.table(node, schema.header);
  Record r;
  if constexpr (requires { r.line; }) r.line = f.line(t);
  for (const auto& [k, v] : t) {
    auto it = std::find_if(schema.keys.begin(), schema.keys.end(),
                           [&, key = k.str()](const auto& entry) { return entry.first == key; });
    if (it == schema.keys.end())
      f.fail(v, fmt::format("unknown key '{}' in a [[{}]]: known keys are {}", k.str(),
                            schema.header, known_keys(schema)));
    it->second(f, r, v);
  }
  for (const auto& key : schema.required)
    if (!t.contains(key)) f.fail(t, fmt::format("a [[{}]] has no '{}'", schema.header, key));
  return r;
}

template <class Record>
std::vector<Record> read_records(const Fields& f, const toml::node& node,
                                 const Schema<Record>& schema) {
  const auto* items = node.as_array();
  if (items == nullptr)
    f.fail(node,
           fmt::format("'{}' must be written as [[{}]] tables", schema.header, schema.header));
  std::vector<Record> out;
  for (const auto& item : *items) out.push_back(read_record(f, item, schema));
  return out;
}

std::string name(const Fields& f, const toml::node& n, const std::string& key) {
  return trim(f.text(n, key));
}

// One of `allowed`, as the export writes it.
std::string word(const Fields& f, const toml::node& n, const std::string& key,
                 const std::vector<std::string>& allowed) {
  auto w = f.text(n, key);
  if (!util::contains(allowed, w))
    f.fail(n, fmt::format("'{}' = '{}': expected one of {}", key, w, join(allowed)));
  return w;
}

int position(const Fields& f, const toml::node& n, const std::string& key) {
  auto i = f.small_integer(n, key);
  if (i < 1) f.fail(n, fmt::format("'{}' must be 1 or more (a position in the file)", key));
  return i;
}

std::int64_t id(const Fields& f, const toml::node& n) {
  auto i = f.integer(n, "id");
  if (i < 1) f.fail(n, "'id' must be 1 or more");
  return i;
}

// The schemas below mirror the fields() of history_export.cpp key for key.
using F = const Fields&;
using N = const toml::node&;

const Schema<FormationRecord> kFormation{
    "formation",
    {{"formed_on", [](F f, FormationRecord& r, N n) { r.formed_on = f.date(n, "formed_on"); }},
     {"seed", [](F f, FormationRecord& r, N n) { r.seed = f.integer(n, "seed"); }},
     {"score", [](F f, FormationRecord& r, N n) { r.score = f.number(n, "score"); }},
     {"bound", [](F f, FormationRecord& r, N n) { r.bound = f.number(n, "bound"); }}},
    {"formed_on", "score", "bound"}};

const Schema<CrewMembership> kRosterEntry{
    "roster",
    {{"member", [](F f, CrewMembership& r, N n) { r.member = name(f, n, "member"); }},
     {"joined", [](F f, CrewMembership& r, N n) { r.joined = f.date(n, "joined"); }},
     {"left", [](F f, CrewMembership& r, N n) { r.left = f.date(n, "left"); }}},
    {"member", "joined"}};

// The inline tables a record holds under the key its schema is named after.
template <class Record>
std::vector<Record> nested(F f, N n, const Schema<Record>& schema) {
  std::vector<Record> out;
  for (const auto& item : f.array(n, schema.header)) out.push_back(read_record(f, item, schema));
  return out;
}

const Schema<CrewRecord> kCrew{
    "crew",
    {{"name", [](F f, CrewRecord& r, N n) { r.crew.name = name(f, n, "name"); }},
     {"status",
      [](F f, CrewRecord& r, N n) {
        r.crew.open = word(f, n, "status", {"open", "closed"}) == "open";
      }},
     {"created", [](F f, CrewRecord& r, N n) { r.crew.created = f.date(n, "created"); }},
     {"closed", [](F f, CrewRecord& r, N n) { r.crew.closed = f.date(n, "closed"); }},
     {"formation", [](F f, CrewRecord& r, N n) { r.formation = position(f, n, "formation"); }},
     {"roster", [](F f, CrewRecord& r, N n) { r.crew.roster = nested(f, n, kRosterEntry); }}},
    {"name", "created"}};

const Schema<MoveRecord> kMove{
    "moved",
    {{"original", [](F f, MoveRecord& r, N n) { r.original = f.date(n, "original"); }},
     {"date", [](F f, MoveRecord& r, N n) { r.date = f.date(n, "date"); }},
     {"at", [](F f, MoveRecord& r, N n) { r.time = f.time(n, "at"); }}},
    {"original", "date"}};

const Schema<RhythmRecord> kRhythm{
    "rhythm",
    {{"crew", [](F f, RhythmRecord& r, N n) { r.crew = name(f, n, "crew"); }},
     {"every", [](F f, RhythmRecord& r, N n) { r.cadence = f.text(n, "every"); }},
     {"anchor_day",
      [](F f, RhythmRecord& r, N n) {
        r.anchor_day = static_cast<unsigned>(f.small_integer(n, "anchor_day"));
      }},
     {"from", [](F f, RhythmRecord& r, N n) { r.from = f.date(n, "from"); }},
     {"count", [](F f, RhythmRecord& r, N n) { r.count = f.small_integer(n, "count"); }},
     {"until", [](F f, RhythmRecord& r, N n) { r.until = f.date(n, "until"); }},
     {"at", [](F f, RhythmRecord& r, N n) { r.at = f.time(n, "at"); }},
     {"duration", [](F f, RhythmRecord& r, N n) { r.duration = f.small_integer(n, "duration"); }},
     {"rotate", [](F f, RhythmRecord& r, N n) { r.rotate = f.boolean(n, "rotate"); }},
     {"postponed",
      [](F f, RhythmRecord& r, N n) { r.postponed = f.small_integer(n, "postponed"); }},
     {"first_facilitator",
      [](F f, RhythmRecord& r, N n) { r.first_facilitator = name(f, n, "first_facilitator"); }},
     {"active", [](F f, RhythmRecord& r, N n) { r.active = f.boolean(n, "active"); }},
     {"created", [](F f, RhythmRecord& r, N n) { r.created = f.date(n, "created"); }},
     {"skipped", [](F f, RhythmRecord& r, N n) { r.skipped = f.dates(n, "skipped"); }},
     {"moved", [](F f, RhythmRecord& r, N n) { r.moved = nested(f, n, kMove); }}},
    {"crew", "every", "from", "at", "duration", "created"}};

const Schema<MeetingRecord> kMeeting{
    "meeting",
    {{"id", [](F f, MeetingRecord& r, N n) { r.id = id(f, n); }},
     {"crew", [](F f, MeetingRecord& r, N n) { r.crew = name(f, n, "crew"); }},
     {"date", [](F f, MeetingRecord& r, N n) { r.date = f.date(n, "date"); }},
     {"scheduled", [](F f, MeetingRecord& r, N n) { r.scheduled = f.boolean(n, "scheduled"); }},
     {"facilitator", [](F f, MeetingRecord& r, N n) { r.facilitator = name(f, n, "facilitator"); }},
     {"note", [](F f, MeetingRecord& r, N n) { r.note = f.text(n, "note"); }},
     {"present", [](F f, MeetingRecord& r, N n) { r.present = f.list(n, "present"); }},
     {"absent", [](F f, MeetingRecord& r, N n) { r.absent = f.list(n, "absent"); }},
     {"excused", [](F f, MeetingRecord& r, N n) { r.excused = f.list(n, "excused"); }}},
    {"id", "crew", "date"}};

const Schema<RetroRecord> kRetro{
    "retro",
    {{"crew", [](F f, RetroRecord& r, N n) { r.crew = name(f, n, "crew"); }},
     {"rhythm", [](F f, RetroRecord& r, N n) { r.rhythm = position(f, n, "rhythm"); }},
     {"date", [](F f, RetroRecord& r, N n) { r.date = f.date(n, "date"); }},
     {"decision",
      [](F f, RetroRecord& r, N n) {
        r.decision = word(f, n, "decision", {"continue", "change", "stop"});
      }},
     {"celebrate", [](F f, RetroRecord& r, N n) { r.celebrate = f.text(n, "celebrate"); }},
     {"change", [](F f, RetroRecord& r, N n) { r.change = f.text(n, "change"); }},
     {"renew", [](F f, RetroRecord& r, N n) { r.renew = f.small_integer(n, "renew"); }},
     {"next_facilitator",
      [](F f, RetroRecord& r, N n) { r.next_facilitator = name(f, n, "next_facilitator"); }}},
    {"crew", "date", "decision"}};

const Schema<ReminderRecord> kReminder{
    "reminder",
    {{"key", [](F f, ReminderRecord& r, N n) { r.key = f.text(n, "key"); }},
     {"sent_at", [](F f, ReminderRecord& r, N n) { r.sent_at = f.text(n, "sent_at"); }}},
    {"key", "sent_at"}};

// An event as written, before its kind decides which of the keys it may have.
struct EventKeys {
  std::int64_t id = 0;
  Level kind = Level::Listening;
  Date date{};
  std::vector<std::string> with, offers, sides, owners;
  std::string focus, venture;
  bool asked = false, resolved = false;
  int line = 0;
};

const Schema<EventKeys> kEvent{
    "event",
    {{"id", [](F f, EventKeys& r, N n) { r.id = id(f, n); }},
     {"kind",
      [](F f, EventKeys& r, N n) {
        const auto text = f.text(n, "kind");
        const auto kind = kind_named(text);
        if (!kind) f.fail(n, fmt::format("'kind' = '{}': expected one of {}", text, kind_names()));
        r.kind = *kind;
      }},
     {"date", [](F f, EventKeys& r, N n) { r.date = f.date(n, "date"); }},
     {"with", [](F f, EventKeys& r, N n) { r.with = f.list(n, "with"); }},
     {"focus", [](F f, EventKeys& r, N n) { r.focus = name(f, n, "focus"); }},
     {"asked", [](F f, EventKeys& r, N n) { r.asked = f.boolean(n, "asked"); }},
     {"offers", [](F f, EventKeys& r, N n) { r.offers = f.list(n, "offers"); }},
     {"sides", [](F f, EventKeys& r, N n) { r.sides = f.list(n, "sides"); }},
     {"resolved", [](F f, EventKeys& r, N n) { r.resolved = f.boolean(n, "resolved"); }},
     {"venture", [](F f, EventKeys& r, N n) { r.venture = trim(f.text(n, "venture")); }},
     {"owners", [](F f, EventKeys& r, N n) { r.owners = f.list(n, "owners"); }}},
    {"id", "kind", "date"}};

// The keys each kind of event must have, and the only ones beyond id, kind and date.
std::vector<std::string> kind_keys(Level kind) {
  switch (kind) {
    case Level::Listening:
      return {"with"};
    case Level::Money:
      return {"focus", "asked", "offers"};
    case Level::Conflict:
      return {"sides", "resolved"};
    case Level::CoOwners:
    case Level::Consistency:  // never read: kind_named gives logged levels only
      break;
  }
  return {"venture", "owners"};
}

void check_kind_keys(F f, const toml::table& t, Level level) {
  const auto keys = kind_keys(level);
  const auto kind = kind_name(level);
  for (const auto& [k, v] : t) {
    const std::string key(k.str());
    if (key != "id" && key != "kind" && key != "date" && !util::contains(keys, key))
      f.fail(v,
             fmt::format("'{}' does not belong to a {} event: it has {}", key, kind, join(keys)));
  }
  for (const auto& key : keys)
    if (!t.contains(key)) f.fail(t, fmt::format("a {} [[event]] has no '{}'", kind, key));
}

game::Event make_event(F f, const toml::table& t, const EventKeys& e) {
  switch (e.kind) {
    case Level::Listening:
      return game::Listening{e.id, e.date, e.with};
    case Level::Money:
      return game::Money{e.id, e.date, e.focus, e.asked, e.offers};
    case Level::Conflict:
      if (e.sides.size() != 2) f.fail(t, "a conflict [[event]] has two 'sides'");
      return game::Conflict{e.id, e.date, e.sides[0], e.sides[1], e.resolved};
    case Level::CoOwners:
    case Level::Consistency:
      break;
  }
  return game::CoOwners{e.id, e.date, e.venture, e.owners};
}

EventRecord read_event(F f, const toml::node& node) {
  auto keys = read_record(f, node, kEvent);
  const auto& t = *node.as_table();
  check_kind_keys(f, t, keys.kind);
  EventRecord r{make_event(f, t, keys), keys.line};
  try {
    game::validate(r.event);
  } catch (const UsageError& e) {
    f.fail(t, e.what());
  }
  return r;
}

std::vector<EventRecord> read_events(F f, const toml::node& node) {
  const auto* items = node.as_array();
  if (items == nullptr) f.fail(node, "'event' must be written as [[event]] tables");
  std::vector<EventRecord> out;
  for (const auto& item : *items) out.push_back(read_event(f, item));
  return out;
}

// A setting may be written as a number or as text (older exports hold text); either way it is
// checked against the settings table here, at its line, not later by the command that reads it.
std::map<std::string, std::string> read_settings(F f, const toml::node& node) {
  Settings settings;
  for (const auto& [k, v] : f.table(node, "settings")) {
    const std::string key(k.str());
    if (key == "name" || key == "timezone")
      f.fail(v, fmt::format("'{}' belongs in [congregation], not in [settings]", key));
    const auto i = v.value_exact<std::int64_t>();
    const auto text = i ? std::to_string(*i) : f.text(v, key);
    try {
      settings.set(key, parse_setting(setting_spec(key), text));
    } catch (const UsageError& e) {
      f.fail(v, e.what());
    }
  }
  return settings.to_text();
}

// A table's key has its own line in TOML; JSON places only values, so there it is the table's.
[[noreturn]] void unknown_table(const Fields& f, const toml::key& key, const toml::node& node) {
  const auto message = fmt::format(
      "unknown table '{}': known tables are congregation, settings, member, formation, crew, "
      "rhythm, meeting, retro, event, reminder",
      key.str());
  if (f.json) f.fail(node, message);
  throw UsageError(fmt::format("{}:{}: {}", f.source, key.source().begin.line, message));
}

}  // namespace

void read_history_table(const Fields& f, const toml::key& key, const toml::node& node, History& h) {
  const auto table = std::string(key.str());
  if (table == "settings")
    h.settings = read_settings(f, node);
  else if (table == "formation")
    h.formations = read_records(f, node, kFormation);
  else if (table == "crew")
    h.crews = read_records(f, node, kCrew);
  else if (table == "rhythm")
    h.rhythms = read_records(f, node, kRhythm);
  else if (table == "meeting")
    h.meetings = read_records(f, node, kMeeting);
  else if (table == "retro")
    h.retros = read_records(f, node, kRetro);
  else if (table == "event")
    h.events = read_events(f, node);
  else if (table == "reminder")
    h.reminders = read_records(f, node, kReminder);
  else
    unknown_table(f, key, node);
}

}  // namespace msol::exchange
