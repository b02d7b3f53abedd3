#include "exchange/export.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "domain/confidential.hpp"
#include "domain/errors.hpp"
#include "exchange/history_export.hpp"
#include "exchange/toml_values.hpp"

namespace msol::exchange {
namespace {

// Hands `emit` each key of a member that has a value, in the order of member_keys().
template <class Emit>
void member_fields(const Member& m, Emit emit) {
  emit("name", m.name);
  if (!m.email.empty()) emit("email", m.email);
  if (!m.invited_by.empty()) emit("invited_by", m.invited_by);
  if (m.joined) emit("joined", toml_date(*m.joined));
  if (m.left) emit("left", toml_date(*m.left));
  if (!m.prefs.want.empty()) emit("want", string_array(m.prefs.want));
  if (!m.prefs.avoid.empty()) emit("avoid", string_array(m.prefs.avoid));
  if (!m.prefs.partner.empty()) emit("partner", string_array(m.prefs.partner));
  if (!m.prefs.interests.empty()) emit("interests", string_array(m.prefs.interests));
  if (!m.prefs.slots.empty()) emit("slots", string_array(m.prefs.slots));
  if (m.prefs.size) emit("size", format_size_range(*m.prefs.size));
  emit("looking", m.prefs.looking);
}

toml::table member_table(const Member& m) {
  toml::table t;
  member_fields(m, [&](const char* key, auto&& value) { t.insert(key, std::move(value)); });
  return t;
}

// toml++ writes a table's keys in alphabetical order; a person reading the export expects the
// order of the import format (name first), so the TOML is laid out here, values by toml++.
void write_toml(std::ostream& out, const Snapshot& s) {
  const auto& c = s.congregation;
  out << "[congregation]\n";
  key_value_line(out, "name", c.name);
  key_value_line(out, "timezone", c.timezone);
  write_settings_toml(out, s.history);
  for (const auto& m : c.members) {
    out << "\n[[member]]\n";
    member_fields(m, [&](const char* key, auto&& value) {
      key_value_line(out, key, std::forward<decltype(value)>(value));
    });
  }
  write_records_toml(out, s.history);
}

toml::table export_tree(const Snapshot& s) {
  const auto& c = s.congregation;
  toml::table root;
  root.insert("congregation", toml::table{{"name", c.name}, {"timezone", c.timezone}});
  toml::array members;
  for (const auto& m : c.members) members.push_back(member_table(m));
  root.insert("member", std::move(members));
  add_history(root, s.history);
  return root;
}

template <class Kind>
void drop_events(History& h) {
  std::erase_if(h.events,
                [](const EventRecord& r) { return std::holds_alternative<Kind>(r.event); });
}

// Leaves `field` out of `s` (the list and the reasons: domain/confidential.hpp).
void leave_out(Snapshot& s, Confidential field) {
  auto& h = s.history;
  switch (field) {
    case Confidential::meeting_note:
      for (auto& m : h.meetings) m.note.clear();
      return;
    case Confidential::member_avoid:
      for (auto& m : s.congregation.members) m.prefs.avoid.clear();
      return;
    case Confidential::money_event:
      return drop_events<game::Money>(h);
    case Confidential::conflict_event:
      return drop_events<game::Conflict>(h);
    case Confidential::retro_celebrate:
      for (auto& r : h.retros) r.celebrate.clear();
      return;
    case Confidential::retro_change:
      for (auto& r : h.retros) r.change.clear();
      return;
  }
}

}  // namespace

std::string export_snapshot(const Snapshot& s, Format format) {
  std::ostringstream out;
  if (format == Format::Json)
    out << toml::json_formatter{export_tree(s)} << "\n";
  else
    write_toml(out, s);
  return out.str();
}

std::string export_congregation(const Congregation& c, Format format) {
  return export_snapshot({c, {}}, format);
}

Snapshot redacted(Snapshot s) {
  for (const auto& f : kConfidentialFields) leave_out(s, f.field);
  return s;
}

}  // namespace msol::exchange
