#include "exchange/member_records.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol::exchange {
namespace {

void overlay(Member& target, const MemberRecord& r) {
  const auto& m = r.member;
  auto given = [&](const char* key) { return r.keys.count(key) > 0; };
  if (given("email")) target.email = m.email;
  if (given("invited_by")) target.invited_by = m.invited_by;
  if (given("joined")) target.joined = m.joined;
  if (given("left")) target.left = m.left;
  if (given("want")) target.prefs.want = m.prefs.want;
  if (given("avoid")) target.prefs.avoid = m.prefs.avoid;
  if (given("interests")) target.prefs.interests = m.prefs.interests;
  if (given("slots")) target.prefs.slots = m.prefs.slots;
  if (given("size")) target.prefs.size = m.prefs.size;
  if (given("looking")) target.prefs.looking = m.prefs.looking;
}

template <class Error>
[[noreturn]] void rethrow_at(const ImportData& data, const MemberRecord& r, const Error& e) {
  throw Error(fmt::format("{}:{}: {}", data.source, r.line, e.what()));
}

}  // namespace

const std::vector<std::string>& member_keys() {
  static const std::vector<std::string> keys = {"name",  "email", "invited_by", "joined",
                                                "left",  "want",  "avoid",      "interests",
                                                "slots", "size",  "looking"};
  return keys;
}

void apply_text_field(Member& m, const std::string& key, const std::string& value,
                      const std::string& where) {
  auto what = fmt::format("{} '{}'", where, key);
  if (key == "name")
    m.name = trim(value);
  else if (key == "email")
    m.email = trim(value);
  else if (key == "invited_by")
    m.invited_by = trim(value);
  else if (key == "joined")
    m.joined = parse_date(trim(value), what);
  else if (key == "left")
    m.left = parse_date(trim(value), what);
  else if (key == "want")
    m.prefs.want = split_list(value, ';');
  else if (key == "avoid")
    m.prefs.avoid = split_list(value, ';');
  else if (key == "interests")
    m.prefs.interests = split_list(value, ';');
  else if (key == "slots")
    m.prefs.slots = split_list(value, ';');
  else if (key == "size")
    m.prefs.size = parse_size_range(value, what);
  else if (key == "looking")
    m.prefs.looking = parse_yes_no(value, what);
  else
    throw UsageError(fmt::format("{}: unknown column '{}': known columns are {}", where, key,
                                 join(member_keys())));
}

Congregation merge_import(const Congregation& c, const ImportData& data, ImportSummary& summary,
                          bool allow_similar) {
  Congregation next = c;
  if (data.name && *data.name != c.name) {
    summary.congregation.push_back(fmt::format("name '{}' (was '{}')", *data.name, c.name));
    next.name = *data.name;
  }
  if (data.timezone && *data.timezone != c.timezone) {
    summary.congregation.push_back(
        fmt::format("time zone {} (was {})", *data.timezone, c.timezone));
    next.timezone = *data.timezone;
  }
  for (const auto& in : data.members) {
    auto r = in;
    try {
      r.member.name = normalize_name(r.member.name, "member name");
      if (!allow_similar && !next.find(r.member.name)) check_not_confusable(next, r.member.name);
    } catch (const UsageError& e) {
      rethrow_at(data, r, e);
    } catch (const Failure& e) {
      rethrow_at(data, r, e);
    }
    if (auto* existing = next.find(r.member.name)) {
      const bool from_this_file = util::contains(summary.added, existing->name) ||
                                  util::contains(summary.updated, existing->name);
      if (from_this_file)
        rethrow_at(data, r,
                   UsageError(fmt::format("member '{}' appears twice in the file", r.member.name)));
      overlay(*existing, r);
      summary.updated.push_back(existing->name);
    } else {
      next.members.push_back(r.member);
      summary.added.push_back(r.member.name);
    }
  }
  for (const auto& r : data.members) {
    auto& m = next.get(r.member.name);
    try {
      m = checked_member(next, m);
    } catch (const UsageError& e) {
      rethrow_at(data, r, e);
    } catch (const Failure& e) {
      rethrow_at(data, r, e);
    }
  }
  check_roster(next);
  return next;
}

}  // namespace msol::exchange
