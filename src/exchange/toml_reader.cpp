#include "exchange/toml_reader.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "exchange/history_reader.hpp"
#include "exchange/toml_fields.hpp"

namespace msol::exchange {
namespace {

// The member-specific reading on top of the shared fields.
struct Reader : Fields {
  SizeRange size(const toml::node& n) const {
    auto i = n.value_exact<int64_t>();
    auto s = i ? std::to_string(*i) : text(n, "size");
    try {
      return parse_size_range(s, "size");
    } catch (const UsageError& e) {
      fail(n, e.what());
    }
  }

  void field(Member& m, const std::string& key, const toml::node& n) const {
    if (key == "name")
      m.name = trim(text(n, key));
    else if (key == "email")
      m.email = trim(text(n, key));
    else if (key == "invited_by")
      m.invited_by = trim(text(n, key));
    else if (key == "joined")
      m.joined = date(n, key);
    else if (key == "left")
      m.left = date(n, key);
    else if (key == "want")
      m.prefs.want = list(n, key);
    else if (key == "avoid")
      m.prefs.avoid = list(n, key);
    else if (key == "partner")
      m.prefs.partner = list(n, key);
    else if (key == "interests")
      m.prefs.interests = list(n, key);
    else if (key == "slots")
      m.prefs.slots = list(n, key);
    else if (key == "size")
      m.prefs.size = size(n);
    else if (key == "looking")
      m.prefs.looking = boolean(n, key);
    else
      fail(n, fmt::format("unknown key '{}' in a [[member]]: known keys are {}", key,
                          join(member_keys())));
  }

  MemberRecord member(const toml::table& t) const {
    MemberRecord r;
    r.line = line(t);
    for (const auto& [k, v] : t) {
      std::string key(k.str());
      field(r.member, key, v);
      r.keys.insert(key);
    }
    if (!r.keys.count("name")) fail(t, "a [[member]] has no name: add name = \"...\"");
    return r;
  }
};

toml::table parse_toml(std::string_view text, const std::string& source) {
  try {
    return toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    throw UsageError(
        fmt::format("{}:{}: malformed TOML: {}", source, e.source().begin.line, e.description()));
  }
}

void read_congregation(const Reader& reader, const toml::node& node, ImportData& data) {
  for (const auto& [k, v] : reader.table(node, "congregation")) {
    if (k == "name")
      data.name = reader.text(v, "name");
    else if (k == "timezone")
      data.timezone = reader.text(v, "timezone");
    else
      reader.fail(v,
                  fmt::format("unknown key '{}' in [congregation]: known keys are name, timezone",
                              k.str()));
  }
}

void read_members(const Reader& reader, const toml::node& node, ImportData& data) {
  const auto* members = node.as_array();
  if (members == nullptr) reader.fail(node, "'member' must be written as [[member]] tables");
  for (const auto& item : *members) {
    data.members.push_back(reader.member(reader.table(item, "member")));
    // A key any member gives is a column of the file: --replace clears it where others leave it.
    data.columns.insert(data.members.back().keys.begin(), data.members.back().keys.end());
  }
}

ImportData read_tree(const toml::table& root, const Reader& reader) {
  ImportData data;
  data.source = reader.source;
  for (const auto& [k, v] : root) {
    if (k == "congregation")
      read_congregation(reader, v, data);
    else if (k == "member")
      read_members(reader, v, data);
    else
      read_history_table(reader, k, v, data.history);
  }
  return data;
}

}  // namespace

ImportData read_members_toml(std::string_view text, const std::string& source) {
  return read_tree(parse_toml(text, source), Reader{{source}});
}

ImportData read_members_json(std::string_view text, const std::string& source) {
  const auto tree = read_json_tree(text, source);
  return read_tree(tree.root, Reader{{source, &tree.places}});
}

}  // namespace msol::exchange
