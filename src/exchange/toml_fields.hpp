#pragma once
// Reading one value of a TOML (or JSON-turned-TOML) document as an msol value, or failing with
// "FILE:LINE: ..." at the node. JSON has no dates, so dates and times are also read from strings.
#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <vector>

#include "domain/dates.hpp"

namespace msol::exchange {

struct Fields {
  const std::string& source;

  [[noreturn]] void fail(const toml::node& at, const std::string& message) const;
  std::string text(const toml::node& n, const std::string& key) const;
  // A list of strings, or one string of comma-separated items (hosts write either).
  std::vector<std::string> list(const toml::node& n, const std::string& key) const;
  Date date(const toml::node& n, const std::string& key) const;
  std::vector<Date> dates(const toml::node& n, const std::string& key) const;
  TimeOfDay time(const toml::node& n, const std::string& key) const;
  bool boolean(const toml::node& n, const std::string& key) const;
  std::int64_t integer(const toml::node& n, const std::string& key) const;
  int small_integer(const toml::node& n, const std::string& key) const;
  double number(const toml::node& n, const std::string& key) const;
  const toml::table& table(const toml::node& n, const std::string& what) const;
  const toml::array& array(const toml::node& n, const std::string& key) const;
};

}  // namespace msol::exchange
