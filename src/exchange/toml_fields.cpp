#include "exchange/toml_fields.hpp"

#include <fmt/format.h>

#include <utility>

#include "domain/date_range.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::exchange {

void Fields::fail(const toml::node& at, const std::string& message) const {
  if (json != nullptr) {
    const auto it = json->find(&at);
    if (it != json->end())
      throw UsageError(fmt::format("{}:{}:{}: {}: {}", source, it->second.line, it->second.column,
                                   it->second.path, message));
    throw UsageError(fmt::format("{}: {}", source, message));  // the document itself
  }
  throw UsageError(fmt::format("{}:{}: {}", source, at.source().begin.line, message));
}

int Fields::line(const toml::node& at) const {
  if (json == nullptr) return static_cast<int>(at.source().begin.line);
  const auto it = json->find(&at);
  return it == json->end() ? 0 : it->second.line;
}

std::string Fields::text(const toml::node& n, const std::string& key) const {
  if (auto s = n.value_exact<std::string>()) return *s;
  fail(n, fmt::format("'{}' must be a string, e.g. {} = \"...\"", key, key));
}

std::vector<std::string> Fields::list(const toml::node& n, const std::string& key) const {
  if (auto s = n.value_exact<std::string>()) return split_list(*s);
  const auto* arr = n.as_array();
  if (arr == nullptr)
    fail(n, fmt::format("'{}' must be a list of strings, e.g. [\"a\", \"b\"]", key));
  std::vector<std::string> out;
  for (const auto& item : *arr) out.push_back(text(item, key));
  return out;
}

Date Fields::date(const toml::node& n, const std::string& key) const {
  try {
    if (auto d = n.value_exact<toml::date>())
      return in_range(Date{date::year{d->year}, date::month{d->month}, date::day{d->day}}, key);
    return parse_date(text(n, key), key);
  } catch (const UsageError& e) {
    fail(n, e.what());
  }
}

std::vector<Date> Fields::dates(const toml::node& n, const std::string& key) const {
  std::vector<Date> out;
  for (const auto& item : array(n, key)) out.push_back(date(item, key));
  return out;
}

TimeOfDay Fields::time(const toml::node& n, const std::string& key) const {
  auto s = text(n, key);
  try {
    return parse_time(s, key);
  } catch (const UsageError& e) {
    fail(n, e.what());
  }
}

bool Fields::boolean(const toml::node& n, const std::string& key) const {
  if (auto b = n.value_exact<bool>()) return *b;
  auto s = text(n, key);
  try {
    return parse_yes_no(s, key);
  } catch (const UsageError& e) {
    fail(n, e.what());
  }
}

std::int64_t Fields::integer(const toml::node& n, const std::string& key) const {
  if (auto i = n.value_exact<std::int64_t>()) return *i;
  fail(n, fmt::format("'{}' must be a whole number", key));
}

int Fields::small_integer(const toml::node& n, const std::string& key) const {
  auto i = integer(n, key);
  if (!std::in_range<int>(i)) fail(n, fmt::format("'{}' is out of range: {}", key, i));
  return static_cast<int>(i);
}

// A JSON export writes 3.0 as 3.0, but a person may write 3.
double Fields::number(const toml::node& n, const std::string& key) const {
  if (auto d = n.value_exact<double>()) return *d;
  return static_cast<double>(integer(n, key));
}

const toml::table& Fields::table(const toml::node& n, const std::string& what) const {
  if (const auto* t = n.as_table()) return *t;
  fail(n, fmt::format("'{}' must be a table, e.g. [{}] or [[{}]]", what, what, what));
}

const toml::array& Fields::array(const toml::node& n, const std::string& key) const {
  if (const auto* a = n.as_array()) return *a;
  fail(n, fmt::format("'{}' must be a list, e.g. {} = [...]", key, key));
}

}  // namespace msol::exchange
