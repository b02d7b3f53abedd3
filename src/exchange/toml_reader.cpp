#include "exchange/toml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <toml++/toml.h>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::exchange {
namespace {

struct Reader {
  const std::string& source;

  [[noreturn]] void fail(const toml::node& at, const std::string& message) const {
    throw UsageError(fmt::format("{}:{}: {}", source, at.source().begin.line, message));
  }

  std::string text(const toml::node& n, const std::string& key) const {
    if (auto s = n.value<std::string>()) return *s;
    fail(n, fmt::format("'{}' must be a string, e.g. {} = \"...\"", key, key));
  }

  std::vector<std::string> list(const toml::node& n, const std::string& key) const {
    if (auto s = n.value<std::string>()) return split_list(*s);
    const auto* arr = n.as_array();
    if (arr == nullptr) fail(n, fmt::format("'{}' must be a list of strings, e.g. [\"a\", \"b\"]", key));
    std::vector<std::string> out;
    for (const auto& item : *arr) out.push_back(text(item, key));
    return out;
  }

  Date date(const toml::node& n, const std::string& key) const {
    if (auto d = n.value<toml::date>())
      return Date{date::year{d->year}, date::month{d->month}, date::day{d->day}};
    auto s = text(n, key);
    try {
      return parse_date(s, key);
    } catch (const UsageError& e) {
      fail(n, e.what());
    }
  }

  SizeRange size(const toml::node& n) const {
    auto i = n.value_exact<int64_t>();
    auto s = i ? std::to_string(*i) : text(n, "size");
    try {
      return parse_size_range(s, "size");
    } catch (const UsageError& e) {
      fail(n, e.what());
    }
  }

  bool boolean(const toml::node& n, const std::string& key) const {
    if (auto b = n.value_exact<bool>()) return *b;
    auto s = text(n, key);
    try {
      return parse_yes_no(s, key);
    } catch (const UsageError& e) {
      fail(n, e.what());
    }
  }

  void field(Member& m, const std::string& key, const toml::node& n) const {
    if (key == "name") m.name = trim(text(n, key));
    else if (key == "email") m.email = trim(text(n, key));
    else if (key == "invited_by") m.invited_by = trim(text(n, key));
    else if (key == "joined") m.joined = date(n, key);
    else if (key == "left") m.left = date(n, key);
    else if (key == "want") m.prefs.want = list(n, key);
    else if (key == "avoid") m.prefs.avoid = list(n, key);
    else if (key == "interests") m.prefs.interests = list(n, key);
    else if (key == "slots") m.prefs.slots = list(n, key);
    else if (key == "size") m.prefs.size = size(n);
    else if (key == "looking") m.prefs.looking = boolean(n, key);
    else
      fail(n, fmt::format("unknown key '{}' in a [[member]]: known keys are {}", key,
                          join(member_keys())));
  }

  MemberRecord member(const toml::table& t) const {
    MemberRecord r;
    r.line = static_cast<int>(t.source().begin.line);
    for (const auto& [k, v] : t) {
      std::string key(k.str());
      field(r.member, key, v);
      r.keys.insert(key);
    }
    if (!r.keys.count("name")) fail(t, "a [[member]] has no name: add name = \"...\"");
    return r;
  }
};

}  // namespace

ImportData read_members_toml(std::string_view text, const std::string& source) {
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw UsageError(fmt::format("{}:{}: malformed TOML: {}", source, e.source().begin.line,
                                 e.description()));
  }
  Reader reader{source};
  ImportData data;
  data.source = source;
  if (const auto* cong = root["congregation"].as_table()) {
    if (auto n = (*cong)["name"].value<std::string>()) data.name = *n;
    if (auto tz = (*cong)["timezone"].value<std::string>()) data.timezone = *tz;
  }
  if (auto* members = root["member"].as_array()) {
    for (const auto& node : *members) {
      const auto* t = node.as_table();
      if (t == nullptr) reader.fail(node, "'member' must be written as [[member]] tables");
      data.members.push_back(reader.member(*t));
    }
  }
  return data;
}

}  // namespace msol::exchange
