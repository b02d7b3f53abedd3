#include "domain/crew.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/roster.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol {
namespace {

const Member& active_member(const Congregation& c, std::string_view name) {
  const auto& m = c.get(name);
  if (!m.active())
    throw Failure(fmt::format("'{}' left the congregation on {}: they cannot join a crew", m.name,
                              format_date(*m.left)));
  return m;
}

void check_free(const std::vector<Crew>& crews, const std::string& member) {
  if (const auto* other = crew_of(crews, member))
    throw Failure(
        fmt::format("'{}' is already in the open crew '{}': remove them there first "
                    "with 'msol crew remove \"{}\" \"{}\"'",
                    member, other->name, other->name, member));
}

void check_open(const Crew& crew) {
  if (!crew.open)
    throw Failure(fmt::format("crew '{}' was closed on {}: it is kept as history only", crew.name,
                              format_date(*crew.closed)));
}

bool covers(const CrewMembership& m, const Crew& crew, Date day) {
  const bool started = m.joined <= day || m.joined == crew.created;
  return started && (!m.left || day < *m.left);
}

}  // namespace

std::vector<std::string> members_on(const Crew& crew, Date day) {
  std::vector<std::string> out;
  for (const auto& m : crew.roster)
    if (covers(m, crew, day)) util::push_unique(out, m.member);
  return out;
}

std::vector<std::string> Crew::members() const {
  std::vector<std::string> out;
  for (const auto& r : roster)
    if (!r.left) out.push_back(r.member);
  return out;
}

bool Crew::has_member(std::string_view name) const {
  auto current = members();
  return std::any_of(current.begin(), current.end(),
                     [&](const std::string& m) { return same_name(m, name); });
}

std::string member_spelled(const Crew& crew, std::string_view name, std::string_view what) {
  for (const auto& m : crew.members())
    if (same_name(m, name)) return m;
  throw Failure(fmt::format("{} '{}' is not a member of crew '{}' (its members: {})", what, name,
                            crew.name, join(crew.members())));
}

const Crew& find_crew(const std::vector<Crew>& crews, std::string_view name) {
  auto it = std::find_if(crews.begin(), crews.end(),
                         [&](const Crew& c) { return same_name(c.name, name); });
  if (it == crews.end()) {
    std::vector<std::string> names;
    for (const auto& c : crews) names.push_back(c.name);
    throw Failure(fmt::format("no crew named '{}': see 'msol crew list'.{}", name,
                              did_you_mean(name, names)));
  }
  return *it;
}

Crew& find_crew(std::vector<Crew>& crews, std::string_view name) {
  return const_cast<Crew&>(find_crew(std::as_const(crews), name));
}

const Crew* crew_of(const std::vector<Crew>& crews, std::string_view member) {
  for (const auto& crew : crews)
    if (crew.open && crew.has_member(member)) return &crew;
  return nullptr;
}

std::string next_crew_name(const std::vector<Crew>& crews) {
  for (int i = 1;; ++i) {
    auto name = fmt::format("Crew {}", i);
    if (std::none_of(crews.begin(), crews.end(),
                     [&](const Crew& c) { return same_name(c.name, name); }))
      return name;
  }
}

void create_crew(const Congregation& c, std::vector<Crew>& crews, const std::string& raw_name,
                 const std::vector<std::string>& members, Date today, bool allow_similar) {
  const auto name = normalize_name(raw_name, "crew name");
  if (std::any_of(crews.begin(), crews.end(),
                  [&](const Crew& x) { return same_name(x.name, name); }))
    throw Failure(
        fmt::format("a crew named '{}' exists already (open or closed): choose another "
                    "name",
                    name));
  std::vector<std::string> names;
  for (const auto& x : crews) names.push_back(x.name);
  if (auto similar = confusable_with(name, names); similar && !allow_similar)
    throw Failure(fmt::format(
        "crew name '{}' looks like the existing crew '{}' (their letters are confusable): choose "
        "a name that tells them apart, or pass --allow-similar",
        name, *similar));
  if (members.empty()) throw UsageError("a crew needs members: give --members a,b,c");
  Crew crew{name, true, today, std::nullopt, {}};
  for (const auto& n : members) {
    const auto& m = active_member(c, n);
    check_free(crews, m.name);
    if (crew.has_member(m.name))
      throw UsageError(fmt::format("--members names '{}' twice", m.name));
    crew.roster.push_back({m.name, today, std::nullopt});
  }
  crews.push_back(std::move(crew));
}

void add_to_crew(const Congregation& c, std::vector<Crew>& crews, std::string_view crew_name,
                 std::string_view member, Date today) {
  auto& crew = find_crew(crews, crew_name);
  check_open(crew);
  const auto& m = active_member(c, member);
  if (crew.has_member(m.name))
    throw Failure(fmt::format("'{}' is already in crew '{}'", m.name, crew.name));
  check_free(crews, m.name);
  crew.roster.push_back({m.name, today, std::nullopt});
}

void remove_from_crew(std::vector<Crew>& crews, std::string_view crew_name, std::string_view member,
                      Date today) {
  auto& crew = find_crew(crews, crew_name);
  check_open(crew);
  for (auto& r : crew.roster)
    if (!r.left && same_name(r.member, member)) {
      r.left = today;
      return;
    }
  throw Failure(fmt::format("'{}' is not in crew '{}' (members: {})", member, crew.name,
                            join(crew.members())));
}

std::optional<std::string> member_leaves(Congregation& c, std::vector<Crew>& crews,
                                         std::string_view member, Date when) {
  leave_member(c, member, when);
  const auto* crew = crew_of(crews, member);
  if (crew == nullptr) return std::nullopt;
  auto crew_name = crew->name;
  remove_from_crew(crews, crew_name, member, when);
  return crew_name;
}

void close_crew(std::vector<Crew>& crews, std::string_view crew_name, Date today) {
  auto& crew = find_crew(crews, crew_name);
  check_open(crew);
  crew.open = false;
  crew.closed = today;
}

std::vector<std::string> crew_warnings(const Crew& crew) {
  auto n = crew.members().size();
  if (!crew.open || (n >= kCrewMin && n <= kCrewMax)) return {};
  return {
      fmt::format("crew '{}' has {} member(s), outside {}-{}", crew.name, n, kCrewMin, kCrewMax)};
}

}  // namespace msol
