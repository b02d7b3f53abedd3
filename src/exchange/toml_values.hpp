#pragma once
// Small helpers shared by the writers of the export: msol values as toml++ values, and one
// `key = value` line laid out by toml++ (which would otherwise sort a table's keys).
#include <toml++/toml.h>

#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "domain/dates.hpp"

namespace msol::exchange {

inline toml::date toml_date(const Date& d) {
  return toml::date{static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                    static_cast<unsigned>(d.day())};
}

inline toml::array string_array(const std::vector<std::string>& items) {
  toml::array a;
  for (const auto& i : items) a.push_back(i);
  return a;
}

inline toml::array date_array(const std::vector<Date>& days) {
  toml::array a;
  for (const auto& d : days) a.push_back(toml_date(d));
  return a;
}

template <class Value>
void key_value_line(std::ostream& out, const std::string& key, Value&& value) {
  toml::table one;
  one.insert(key, std::forward<Value>(value));
  out << one << "\n";
}

}  // namespace msol::exchange
