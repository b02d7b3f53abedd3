#pragma once
// Reading one value of a TOML (or JSON) document as an msol value, or failing with
// "FILE:LINE: ..." at the node. JSON has no dates, so dates and times are also read from strings.
#include <toml++/toml.h>

#include <cstdint>
#include <string>
#include <vector>

#include "domain/dates.hpp"
#include "exchange/json_tree.hpp"

namespace msol::exchange {

struct Fields {
  const std::string& source;
  const JsonPlaces* json = nullptr;  // set when the tree was read from JSON (json_tree.hpp)

  // Throws UsageError "SOURCE:LINE: message", from JSON "SOURCE:LINE:COLUMN: /path: message".
  [[noreturn]] void fail(const toml::node& at, const std::string& message) const;
  // The line `at` starts on in the file, for records that report problems found later.
  int line(const toml::node& at) const;
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
