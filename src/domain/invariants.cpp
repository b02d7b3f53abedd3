#include "domain/invariants.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol {
namespace {

// Members by case-insensitive name, built once: rosters name members many times over.
using Directory = std::map<std::string, const Member*>;

Directory directory(const Congregation& c) {
  Directory out;
  for (const auto& m : c.members) out.emplace(name_key(m.name), &m);
  return out;
}

const Member* lookup(const Directory& dir, const std::string& name) {
  auto it = dir.find(name_key(name));
  return it == dir.end() ? nullptr : it->second;
}

void check_member_references(const Directory& dir, const Member& m, Findings& f) {
  auto check = [&](const std::string& target, const char* field) {
    if (lookup(dir, target) == nullptr)
      f.errors.push_back(
          fmt::format("member '{}': {} names '{}', who is not a member", m.name, field, target));
  };
  if (!m.invited_by.empty()) check(m.invited_by, "invited_by");
  for (const auto& w : m.prefs.want) check(w, "want");
  for (const auto& a : m.prefs.avoid) check(a, "avoid");
  for (const auto& p : m.prefs.partner) {
    check(p, "partner");
    const auto* other = lookup(dir, p);
    if (other != nullptr && std::none_of(other->prefs.partner.begin(), other->prefs.partner.end(),
                                         [&](const auto& n) { return same_name(n, m.name); }))
      f.errors.push_back(
          fmt::format("member '{}': partner '{}' does not name them back", m.name, p));
  }
  if (m.joined && m.left && *m.left < *m.joined)
    f.errors.push_back(fmt::format("member '{}' left on {}, before joining on {}", m.name,
                                   format_date(*m.left), format_date(*m.joined)));
}

// Follows invited_by from `start`; `state` marks members seen on an earlier walk (done) or on this
// one (on_path), so each cycle is reported once, by the walk that closes it.
enum class Walk { on_path, done };

void walk_invitations(const Directory& dir, const Member& start,
                      std::map<const Member*, Walk>& state, Findings& f) {
  std::vector<const Member*> path;
  for (const Member* m = &start; m != nullptr; m = lookup(dir, m->invited_by)) {
    auto seen = state.find(m);
    if (seen != state.end()) {
      if (seen->second == Walk::on_path) {
        std::vector<std::string> cycle;
        auto from = std::find(path.begin(), path.end(), m);
        for (auto it = from; it != path.end(); ++it) cycle.push_back((*it)->name);
        cycle.push_back(m->name);
        f.errors.push_back(fmt::format("invitation cycle: {} (someone must be a founding member)",
                                       join(cycle, " invited by ")));
      }
      break;
    }
    state[m] = Walk::on_path;
    path.push_back(m);
    if (m->invited_by.empty()) break;
  }
  for (const auto* m : path) state[m] = Walk::done;
}

void check_membership_dates(const Crew& crew, const CrewMembership& r, const Member& m,
                            Findings& f) {
  auto where =
      fmt::format("crew '{}': '{}' joined it on {}", crew.name, r.member, format_date(r.joined));
  if (m.joined && r.joined < *m.joined)
    f.errors.push_back(
        fmt::format("{}, before joining the congregation on {}", where, format_date(*m.joined)));
  if (m.left && r.joined > *m.left)
    f.errors.push_back(
        fmt::format("{}, after leaving the congregation on {}", where, format_date(*m.left)));
  if (r.left && *r.left < r.joined)
    f.errors.push_back(fmt::format("{} and left it earlier, on {}", where, format_date(*r.left)));
  if (crew.open && !r.left && m.left)
    f.errors.push_back(
        fmt::format("crew '{}': '{}' left the congregation on {} but is still in "
                    "this open crew; remove them with 'msol crew remove'",
                    crew.name, r.member, format_date(*m.left)));
}

void check_roster(const Directory& dir, const Crew& crew, Findings& f) {
  for (const auto& r : crew.roster) {
    const Member* m = lookup(dir, r.member);
    if (m == nullptr)
      f.errors.push_back(
          fmt::format("crew '{}' lists '{}', who is not a member", crew.name, r.member));
    else
      check_membership_dates(crew, r, *m, f);
  }
}

// Current members of open crews: each may be in one open crew, once.
void check_open_memberships(const std::vector<Crew>& crews, Findings& f) {
  std::map<std::string, std::vector<std::string>> crews_of;  // member key -> open crews
  std::map<std::string, std::string> spelling;
  for (const auto& crew : crews) {
    if (!crew.open) continue;
    for (const auto& r : crew.roster)
      if (!r.left) {
        auto key = name_key(r.member);
        crews_of[key].push_back(crew.name);
        spelling.emplace(key, r.member);
      }
  }
  for (const auto& [key, names] : crews_of)
    if (names.size() > 1)
      f.errors.push_back(fmt::format("'{}' is in {} open crews at once: {}", spelling[key],
                                     names.size(), join(names)));
}

void check_crew_size(const Crew& crew, Findings& f) {
  auto n = crew.members().size();
  if (crew.open && (n < static_cast<size_t>(kCrewMin) || n > static_cast<size_t>(kCrewMax)))
    f.warnings.push_back(
        fmt::format("crew '{}' has {} member(s), outside {}-{}", crew.name, n, kCrewMin, kCrewMax));
}

// Stored names obey the intake rules (issue 16 point 9): NFC, nothing invisible, and no two alike
// once case and normal form are set aside. A file written before those rules, or edited by hand,
// may break them.
void check_names(const std::string& kind, const std::vector<std::string>& names, Findings& f) {
  std::map<std::string, std::string> first;  // key -> first spelling
  for (const auto& name : names) {
    if (!is_nfc(name))
      f.errors.push_back(
          kind == "member"
              ? fmt::format("member name '{}' is not in Unicode normal form (NFC): store it "
                            "normalised with 'msol member edit '{}' --rename '{}''",
                            name, name, name)
              : fmt::format("crew name '{}' is not in Unicode normal form (NFC)", name));
    try {
      normalize_name(name, kind + " name");
    } catch (const UsageError& e) {
      if (is_nfc(name)) f.errors.push_back(e.what());
    }
    auto [it, fresh] = first.emplace(name_key(name), name);
    if (!fresh)
      f.errors.push_back(
          fmt::format("{} names '{}' and '{}' are the same name once case and Unicode normal "
                      "form are set aside: rename one of them",
                      kind, it->second, name));
  }
}

}  // namespace

Findings check_invariants(const Congregation& c, const std::vector<Crew>& crews) {
  Findings f;
  const auto dir = directory(c);
  std::map<const Member*, Walk> walked;
  for (const auto& m : c.members) {
    check_member_references(dir, m, f);
    walk_invitations(dir, m, walked, f);
  }
  for (const auto& crew : crews) {
    check_roster(dir, crew, f);
    check_crew_size(crew, f);
  }
  check_open_memberships(crews, f);
  std::vector<std::string> member_names, crew_names;
  for (const auto& m : c.members) member_names.push_back(m.name);
  for (const auto& crew : crews) crew_names.push_back(crew.name);
  check_names("member", member_names, f);
  check_names("crew", crew_names, f);
  return f;
}

}  // namespace msol
