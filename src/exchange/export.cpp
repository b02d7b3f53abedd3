#include "exchange/export.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <toml++/toml.h>

#include "domain/errors.hpp"

namespace msol::exchange {
namespace {

toml::date toml_date(const Date& d) {
  return toml::date{static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                    static_cast<unsigned>(d.day())};
}

toml::array string_array(const std::vector<std::string>& items) {
  toml::array a;
  for (const auto& i : items) a.push_back(i);
  return a;
}

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

// One `key = value` line, formatted by toml++.
template <class Value>
void key_value_line(std::ostream& out, const char* key, Value&& value) {
  toml::table one;
  one.insert(key, std::forward<Value>(value));
  out << one << "\n";
}

// toml++ writes a table's keys in alphabetical order; a person reading the export expects the
// order of the import format (name first), so the TOML is laid out here, values by toml++.
void write_toml(std::ostream& out, const Congregation& c) {
  out << "[congregation]\n";
  key_value_line(out, "name", c.name);
  key_value_line(out, "timezone", c.timezone);
  for (const auto& m : c.members) {
    out << "\n[[member]]\n";
    member_fields(m, [&](const char* key, auto&& value) {
      key_value_line(out, key, std::forward<decltype(value)>(value));
    });
  }
}

toml::table export_tree(const Congregation& c) {
  toml::table root;
  root.insert("congregation", toml::table{{"name", c.name}, {"timezone", c.timezone}});
  toml::array members;
  for (const auto& m : c.members) members.push_back(member_table(m));
  root.insert("member", std::move(members));
  return root;
}


toml::table json_table(const nlohmann::json& v);
toml::array json_array(const nlohmann::json& v);

// Hands `put` the TOML value mirroring a JSON value; JSON null has no TOML form and is dropped.
template <class Put>
void convert_json(const nlohmann::json& v, Put put) {
  if (v.is_object())
    put(json_table(v));
  else if (v.is_array())
    put(json_array(v));
  else if (v.is_string())
    put(v.get<std::string>());
  else if (v.is_number_integer())
    put(v.get<int64_t>());
  else if (v.is_number_float())
    put(v.get<double>());
  else if (v.is_boolean())
    put(v.get<bool>());
}

toml::table json_table(const nlohmann::json& v) {
  toml::table t;
  for (const auto& [k, x] : v.items())
    convert_json(x, [&, key = k](auto&& value) { t.insert(key, std::move(value)); });
  return t;
}

toml::array json_array(const nlohmann::json& v) {
  toml::array a;
  for (const auto& x : v) convert_json(x, [&](auto&& value) { a.push_back(std::move(value)); });
  return a;
}

}  // namespace

std::string export_congregation(const Congregation& c, Format format) {
  std::ostringstream out;
  if (format == Format::Json)
    out << toml::json_formatter{export_tree(c)} << "\n";
  else
    write_toml(out, c);
  return out.str();
}

std::string json_to_toml(std::string_view json_text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(json_text);
  } catch (const nlohmann::json::parse_error& e) {
    throw UsageError(fmt::format("{}: malformed JSON: {}", source, e.what()));
  }
  if (!doc.is_object())
    throw UsageError(fmt::format("{}: expected a JSON object as written by 'msol export --format json'",
                                 source));
  std::ostringstream out;
  out << json_table(doc);
  return out.str();
}

}  // namespace msol::exchange
