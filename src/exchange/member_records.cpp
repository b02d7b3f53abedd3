#include "exchange/member_records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <unordered_map>

#include "domain/errors.hpp"
#include "domain/names.hpp"
#include "domain/roster.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol::exchange {
namespace {

std::vector<std::string> split_items(std::string_view text) {
  std::string unified(text);
  std::replace_if(
      unified.begin(), unified.end(), [](char c) { return c == ',' || c == '\n'; }, ';');
  return split_list(unified, ';');
}

// Runs `step`; an error it throws becomes a problem at `where` instead of ending the import.
template <class Step>
void as_problem(std::vector<Problem>& problems, Problem where, Step step) {
  try {
    step();
  } catch (const UsageError& e) {
    where.message = e.what();
    problems.push_back(where);
  } catch (const Failure& e) {
    where.message = e.what();
    where.not_found = true;
    problems.push_back(where);
  }
}

std::string column_of(const MemberRecord& r, const std::string& key) {
  auto it = r.column.find(key);
  return it == r.column.end() ? key : it->second;
}

// Sets `key` of `target` from the record, or to its default when the record has none.
void set_field(Member& target, const Member& from, const std::string& key) {
  auto& p = target.prefs;
  if (key == "email") target.email = from.email;
  if (key == "invited_by") target.invited_by = from.invited_by;
  if (key == "joined") target.joined = from.joined;
  if (key == "left") target.left = from.left;
  if (key == "want") p.want = from.prefs.want;
  if (key == "avoid") p.avoid = from.prefs.avoid;
  if (key == "interests") p.interests = from.prefs.interests;
  if (key == "slots") p.slots = from.prefs.slots;
  if (key == "size") p.size = from.prefs.size;
  if (key == "looking") p.looking = from.prefs.looking;
}

// The keys this record sets: those it gave, and with --replace every blank key the file has.
// Partners are linked separately, both ways.
void overlay(Member& target, const MemberRecord& r, const ImportData& data, const ImportOptions& o,
             ImportSummary& summary) {
  static const Member blank;
  for (const auto& key : member_keys()) {
    if (key == "name" || key == "partner") continue;
    if (r.keys.count(key))
      set_field(target, r.member, key);
    else if (!data.columns.count(key))
      continue;
    else if (o.replace)
      set_field(target, blank, key);
    else if (key == "avoid" && !target.prefs.avoid.empty())
      summary.kept.push_back(fmt::format(
          "{}:{}: the file gives no avoid for '{}', so '{}' keeps avoiding {}: add --replace "
          "to let a blank cell clear it",
          data.source, r.line, target.name, target.name, join(target.prefs.avoid)));
  }
}

// The members by name key: a web form of 2,000 rows is checked without a scan per name.
using NameIndex = std::unordered_map<std::string, std::string>;

NameIndex name_index(const Congregation& c) {
  NameIndex index;
  for (const auto& m : c.members) index.emplace(name_key(m.name), m.name);
  return index;
}

void reference_problems(const NameIndex& index, const std::vector<std::string>& names,
                        const MemberRecord& r, std::vector<Problem>& problems) {
  auto check = [&](const std::string& key, const std::string& name) {
    if (index.contains(name_key(name))) return;
    auto guesses = suggest_names(name, names);
    auto fix = !guesses.empty() ? fmt::format("did you mean '{}'?", guesses.front())
                                : fmt::format(
                                      "check the spelling, or add them first with 'msol member add "
                                      "\"{}\"'",
                                      name);
    problems.push_back({r.line, column_of(r, key), name, "is not a member: " + fix, true});
  };
  const auto& p = r.member.prefs;
  if (r.keys.count("invited_by") && !r.member.invited_by.empty())
    check("invited_by", r.member.invited_by);
  for (const auto& [key, list] :
       {std::pair{"want", &p.want}, std::pair{"avoid", &p.avoid}, std::pair{"partner", &p.partner}})
    if (r.keys.count(key))
      for (const auto& n : *list) check(key, n);
}

// Adds new members by name and marks existing ones as updated; a name that is unusable or given
// twice is a problem.
// Names as stored (NFC, trimmed: SPEC 2); a name normalize_name() refuses is left as written
// for place_records() to report.
void normalize_record_names(ImportData& data) {
  for (auto& r : data.members) {
    try {
      r.member.name = normalize_name(r.member.name, "member name");
    } catch (const UsageError&) {
    }
  }
}

// A problem for a new member whose name looks like an existing one's (SPEC 2), unless the host
// said --allow-similar.
bool confusable(const Congregation& next, const MemberRecord& r, const ImportOptions& o,
                std::vector<Problem>& problems) {
  if (o.allow_similar) return false;
  try {
    check_not_confusable(next, r.member.name);
    return false;
  } catch (const Failure& e) {
    problems.push_back({r.line, column_of(r, "name"), r.member.name, e.what()});
    return true;
  }
}

void place_records(Congregation& next, NameIndex& index, const ImportData& data,
                   const ImportOptions& o, ImportSummary& summary, std::vector<Problem>& problems) {
  std::set<std::string> seen;
  for (const auto& r : data.members) {
    try {
      normalize_name(r.member.name, "member name");
    } catch (const UsageError& e) {
      problems.push_back({r.line, column_of(r, "name"), r.member.name, e.what()});
      continue;
    }
    auto key = name_key(r.member.name);
    if (!seen.insert(key).second) {
      problems.push_back({r.line, column_of(r, "name"), r.member.name,
                          "this member appears twice in the file: keep one row"});
      continue;
    }
    if (auto it = index.find(key); it != index.end()) {
      summary.updated.push_back(it->second);
    } else if (!confusable(next, r, o, problems)) {
      Member fresh;
      fresh.name = r.member.name;
      next.members.push_back(std::move(fresh));
      index.emplace(key, r.member.name);
      summary.added.push_back(r.member.name);
    }
  }
}

// Partners are stored both ways, so a row naming a partner is enough (SPEC 3). Rows that give the
// key (or, with --replace, leave it blank) drop their old partners first; then every pair any row
// names is linked, so two rows of one couple never undo each other.
void link_file_partners(Congregation& next, const ImportData& data, const ImportOptions& o,
                        ImportSummary& summary, std::vector<Problem>& problems) {
  for (const auto& r : data.members) {
    if (!data.columns.count("partner") && !r.keys.count("partner")) continue;
    if (r.keys.count("partner") || o.replace) {
      link_partners(next, r.member.name, {});
    } else if (const auto& kept = next.get(r.member.name).prefs.partner; !kept.empty()) {
      summary.kept.push_back(fmt::format(
          "{}:{}: the file gives no partner for '{}', so '{}' stays partnered with {}: add "
          "--replace to let a blank cell clear it",
          data.source, r.line, r.member.name, r.member.name, join(kept)));
    }
  }
  for (const auto& r : data.members)
    for (const auto& p : r.member.prefs.partner)
      as_problem(problems, {r.line, column_of(r, "partner"), p, ""},
                 [&] { add_partners(next, r.member.name, p); });
}

}  // namespace

const std::vector<std::string>& member_keys() {
  static const std::vector<std::string> keys = {"name",      "email", "invited_by", "joined",
                                                "left",      "want",  "avoid",      "partner",
                                                "interests", "slots", "size",       "looking"};
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
    m.prefs.want = split_items(value);
  else if (key == "avoid")
    m.prefs.avoid = split_items(value);
  else if (key == "partner")
    m.prefs.partner = split_items(value);
  else if (key == "interests")
    m.prefs.interests = split_items(value);
  else if (key == "slots")
    m.prefs.slots = split_items(value);
  else if (key == "size")
    m.prefs.size = parse_size_range(value, what);
  else if (key == "looking")
    m.prefs.looking = parse_yes_no(value, what);
  else
    throw UsageError(fmt::format("{}: unknown column '{}': known columns are {}", where, key,
                                 join(member_keys())));
}

Congregation merge_import(const Congregation& c, const ImportData& raw, ImportSummary& summary,
                          const ImportOptions& options) {
  auto data = raw;
  auto problems = data.problems;
  normalize_record_names(data);
  Congregation next = c;
  if (data.name) next.name = *data.name;
  if (data.timezone) next.timezone = *data.timezone;
  auto index = name_index(next);
  place_records(next, index, data, options, summary, problems);
  std::vector<std::string> names;
  for (const auto& m : next.members) names.push_back(m.name);
  for (const auto& r : data.members) reference_problems(index, names, r, problems);
  throw_problems(data.source, problems);
  for (const auto& r : data.members) overlay(next.get(r.member.name), r, data, options, summary);
  link_file_partners(next, data, options, summary, problems);
  for (const auto& r : data.members) {
    auto& m = next.get(r.member.name);
    as_problem(problems, {r.line, "", "", ""}, [&] { m = checked_member(next, m); });
  }
  throw_problems(data.source, problems);
  check_roster(next);
  return next;
}

}  // namespace msol::exchange
