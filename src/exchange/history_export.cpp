#include "exchange/history_export.hpp"

#include <string>
#include <utility>

#include "domain/text.hpp"
#include "exchange/toml_values.hpp"

namespace msol::exchange {
namespace {

// Each fields() overload hands `emit` the keys of one record that have a value, in the order the
// TOML export lays them out; the same function builds the JSON, so the two cannot drift apart.

template <class Emit>
void fields(const FormationRecord& f, Emit emit) {
  emit("formed_on", toml_date(f.formed_on));
  if (f.seed) emit("seed", *f.seed);
  emit("score", f.score);
  emit("bound", f.bound);
}

// One inline table per item, so that the list stays inside its [[crew]] or [[rhythm]] in the
// TOML layout.
template <class Item, class Make>
toml::array inline_tables(const std::vector<Item>& items, Make make) {
  toml::array a;
  for (const auto& item : items) {
    toml::table t = make(item);
    t.is_inline(true);
    a.push_back(std::move(t));
  }
  return a;
}

toml::array roster_array(const Crew& crew) {
  return inline_tables(crew.roster, [](const CrewMembership& r) {
    toml::table t{{"member", r.member}, {"joined", toml_date(r.joined)}};
    if (r.left) t.insert("left", toml_date(*r.left));
    return t;
  });
}

template <class Emit>
void fields(const CrewRecord& r, Emit emit) {
  emit("name", r.crew.name);
  emit("status", std::string(r.crew.open ? "open" : "closed"));
  emit("created", toml_date(r.crew.created));
  if (r.crew.closed) emit("closed", toml_date(*r.crew.closed));
  if (r.formation) emit("formation", *r.formation);
  emit("roster", roster_array(r.crew));
}

toml::array move_array(const std::vector<MoveRecord>& moves) {
  return inline_tables(moves, [](const MoveRecord& m) {
    toml::table t{{"original", toml_date(m.original)}, {"date", toml_date(m.date)}};
    if (m.time) t.insert("at", format_time(*m.time));
    return t;
  });
}

template <class Emit>
void fields(const RhythmRecord& r, Emit emit) {
  emit("crew", r.crew);
  emit("every", r.cadence);
  if (r.anchor_day != 0) emit("anchor_day", static_cast<int>(r.anchor_day));
  emit("from", toml_date(r.from));
  if (r.count) emit("count", *r.count);
  if (r.until) emit("until", toml_date(*r.until));
  emit("at", format_time(r.at));
  emit("duration", r.duration);
  emit("rotate", r.rotate);
  emit("postponed", r.postponed);
  if (!r.first_facilitator.empty()) emit("first_facilitator", r.first_facilitator);
  emit("active", r.active);
  emit("created", toml_date(r.created));
  if (!r.skipped.empty()) emit("skipped", date_array(r.skipped));
  if (!r.moved.empty()) emit("moved", move_array(r.moved));
}

template <class Emit>
void fields(const MeetingRecord& m, Emit emit) {
  emit("id", m.id);
  emit("crew", m.crew);
  emit("date", toml_date(m.date));
  emit("scheduled", m.scheduled);
  if (!m.facilitator.empty()) emit("facilitator", m.facilitator);
  if (!m.note.empty()) emit("note", m.note);
  if (!m.present.empty()) emit("present", string_array(m.present));
  if (!m.absent.empty()) emit("absent", string_array(m.absent));
  if (!m.excused.empty()) emit("excused", string_array(m.excused));
}

template <class Emit>
void fields(const RetroRecord& r, Emit emit) {
  emit("crew", r.crew);
  if (r.rhythm) emit("rhythm", *r.rhythm);
  emit("date", toml_date(r.date));
  emit("decision", r.decision);
  if (!r.celebrate.empty()) emit("celebrate", r.celebrate);
  if (!r.change.empty()) emit("change", r.change);
  if (r.renew) emit("renew", *r.renew);
  if (!r.next_facilitator.empty()) emit("next_facilitator", r.next_facilitator);
}

// The kind-specific keys of an event, named like the flags of `msol game`.
template <class Emit>
struct EventFields {
  Emit& emit;
  void operator()(const game::Listening& e) const { emit("with", string_array(e.participants)); }
  void operator()(const game::Money& e) const {
    emit("focus", e.focus);
    emit("asked", e.asked);
    emit("offers", string_array(e.offerers));
  }
  void operator()(const game::Conflict& e) const {
    emit("sides", string_array({e.a, e.b}));
    emit("resolved", e.resolved);
  }
  void operator()(const game::CoOwners& e) const {
    emit("venture", e.venture);
    emit("owners", string_array(e.owners));
  }
};

template <class Emit>
void fields(const EventRecord& r, Emit emit) {
  emit("id", game::event_id(r.event));
  emit("kind", std::string(kind_name(game::event_level(r.event))));
  emit("date", toml_date(game::event_date(r.event)));
  std::visit(EventFields<Emit>{emit}, r.event);
}

template <class Emit>
void fields(const ReminderRecord& r, Emit emit) {
  emit("key", r.key);
  emit("sent_at", r.sent_at);
}

template <class Record>
void write_section(std::ostream& out, const char* header, const std::vector<Record>& records) {
  for (const auto& r : records) {
    out << "\n[[" << header << "]]\n";
    fields(r, [&](const char* key, auto&& value) {
      key_value_line(out, key, std::forward<decltype(value)>(value));
    });
  }
}

template <class Record>
void add_section(toml::table& root, const char* header, const std::vector<Record>& records) {
  if (records.empty()) return;
  toml::array a;
  for (const auto& r : records) {
    toml::table t;
    fields(r, [&](const char* key, auto&& value) { t.insert(key, std::move(value)); });
    a.push_back(std::move(t));
  }
  root.insert(header, std::move(a));
}

}  // namespace

void write_settings_toml(std::ostream& out, const History& h) {
  if (h.settings.empty()) return;
  out << "\n[settings]\n";
  for (const auto& [key, value] : h.settings) key_value_line(out, key, value);
}

void write_records_toml(std::ostream& out, const History& h) {
  write_section(out, "formation", h.formations);
  write_section(out, "crew", h.crews);
  write_section(out, "rhythm", h.rhythms);
  write_section(out, "meeting", h.meetings);
  write_section(out, "retro", h.retros);
  write_section(out, "event", h.events);
  write_section(out, "reminder", h.reminders);
}

void add_history(toml::table& root, const History& h) {
  if (!h.settings.empty()) {
    toml::table s;
    for (const auto& [key, value] : h.settings) s.insert(key, value);
    root.insert("settings", std::move(s));
  }
  add_section(root, "formation", h.formations);
  add_section(root, "crew", h.crews);
  add_section(root, "rhythm", h.rhythms);
  add_section(root, "meeting", h.meetings);
  add_section(root, "retro", h.retros);
  add_section(root, "event", h.events);
  add_section(root, "reminder", h.reminders);
}

}  // namespace msol::exchange
