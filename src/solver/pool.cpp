#include "solver/pool.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::solver {
namespace {

void check_sizes(const PoolRequest& r) {
  if (r.min_size < 2)
    throw UsageError(
        fmt::format("--min {} is too small: a crew has at least 2 members", r.min_size));
  if (r.min_size > r.max_size)
    throw UsageError(fmt::format("--min {} is above --max {}: swap them", r.min_size, r.max_size));
  if (r.min_size < kCrewMin && !r.force_size)
    throw UsageError(
        fmt::format("--min {} is below {}, too few to carry a crew when one member is away; add "
                    "--force-size if this congregation really wants smaller crews",
                    r.min_size, kCrewMin));
  if (r.max_size > kCrewMax && !r.force_size)
    throw UsageError(
        fmt::format("--max {} is above {}, the size of one dinner table; add "
                    "--force-size if this congregation really wants larger crews",
                    r.max_size, kCrewMax));
}

bool named(const std::optional<std::vector<std::string>>& present, const Member& m) {
  return !present || std::any_of(present->begin(), present->end(),
                                 [&](const std::string& p) { return same_name(p, m.name); });
}

// Why a member named in --present stays out of the pool; empty when they are in it.
std::string why_left_out(const Member& m, const PoolRequest& r) {
  if (!m.active()) return "left";
  if (!m.prefs.looking) return "not looking";
  if (r.regroup) return "";
  if (const auto* crew = crew_of(r.crews, m.name))
    return fmt::format("in the open crew '{}'; --regroup would move them", crew->name);
  return "";
}

std::vector<std::string> pool_members(const Congregation& c, const PoolRequest& r, Pool& pool) {
  if (r.present)
    for (const auto& p : *r.present) {
      const auto& m = c.get(p);
      if (auto why = why_left_out(m, r); !why.empty())
        pool.left_out.push_back(fmt::format("{} ({})", m.name, why));
    }
  std::vector<std::string> names;
  for (const auto& m : c.members) {
    if (!m.active() || !m.prefs.looking || !named(r.present, m)) continue;
    if (!r.regroup && crew_of(r.crews, m.name) != nullptr)
      ++pool.in_open_crews;
    else
      names.push_back(m.name);
  }
  return names;
}

Person person(const Member& m, const std::map<std::string, int>& index, const PoolRequest& r,
              std::vector<std::string>& not_in_pool) {
  Person p;
  p.name = m.name;
  for (const auto& w : m.prefs.want) {
    auto it = index.find(name_key(w));
    if (it == index.end())
      not_in_pool.push_back(w);
    else
      p.wants.push_back(it->second);
  }
  for (const auto& a : m.prefs.avoid)
    if (auto it = index.find(name_key(a)); it != index.end()) p.avoids.push_back(it->second);
  p.interests = m.prefs.interests;
  p.slots = m.prefs.slots;
  auto size = m.prefs.size.value_or(SizeRange{});
  p.pref_min = std::clamp(size.min, r.min_size, r.max_size);
  p.pref_max = std::clamp(size.max, p.pref_min, r.max_size);
  return p;
}

int pool_index(const Congregation& c, const std::map<std::string, int>& index,
               const std::string& name, const char* what) {
  const auto& m = c.get(name);
  auto it = index.find(name_key(m.name));
  if (it == index.end())
    throw Failure(
        fmt::format("{} names '{}', who is not in the pool (not looking, not present, "
                    "left, or in an open crew without --regroup): set 'msol prefs set "
                    "\"{}\" --looking yes', add them to --present or add --regroup",
                    what, m.name, m.name));
  return it->second;
}

// Partners both in the pool, chained into groups (A-B and B-C make one group): each group is a
// pin like --together (SPEC 4). A partner outside the pool pins nothing. Groups are in pool order.
std::vector<std::vector<int>> partner_groups(const Pool& pool, const Congregation& c,
                                             const std::map<std::string, int>& index) {
  std::vector<int> group(pool.names.size(), -1);
  std::vector<std::vector<int>> groups;
  for (std::size_t i = 0; i < pool.names.size(); ++i) {
    if (group[i] >= 0) continue;
    std::vector<int> members{static_cast<int>(i)};
    group[i] = static_cast<int>(groups.size());
    for (std::size_t k = 0; k < members.size(); ++k)
      for (const auto& p : c.get(pool.names[static_cast<std::size_t>(members[k])]).prefs.partner)
        if (auto it = index.find(name_key(p)); it != index.end() && group[it->second] < 0) {
          group[it->second] = group[i];
          members.push_back(it->second);
        }
    std::sort(members.begin(), members.end());
    groups.push_back(std::move(members));
  }
  std::erase_if(groups, [](const auto& g) { return g.size() < 2; });
  return groups;
}

std::string names_of(const Pool& pool, const std::vector<int>& people) {
  std::vector<std::string> names;
  for (int i : people) names.push_back(pool.names[static_cast<std::size_t>(i)]);
  return join(names);
}

// The two ways partners cannot share a crew: more of them than --max, or an avoid between them.
void check_partner_group(const Pool& pool, const std::vector<int>& group, int max_size) {
  if (static_cast<int>(group.size()) > max_size)
    throw Failure(fmt::format(
        "partners {} must share a crew, but they are {}, above --max {}: raise --max or change "
        "their partners with 'msol prefs set NAME --partner ...'",
        names_of(pool, group), group.size(), max_size));
  for (int a : group)
    for (int b : pool.instance.people[static_cast<std::size_t>(a)].avoids)
      if (std::find(group.begin(), group.end(), b) != group.end())
        throw Failure(fmt::format(
            "{} and {} are partners (in one group: {}) but {} avoids {}: keep one of the two "
            "with 'msol prefs set'",
            pool.names[static_cast<std::size_t>(a)], pool.names[static_cast<std::size_t>(b)],
            names_of(pool, group), pool.names[static_cast<std::size_t>(a)],
            pool.names[static_cast<std::size_t>(b)]));
}

// Partners share every crew by design: their past crews are not a mix to freshen, and they are
// never reported as "together again".
void drop_partner_history(Instance& in, const std::vector<std::vector<int>>& groups) {
  auto same_group = [&](int a, int b) {
    return std::any_of(groups.begin(), groups.end(), [&](const auto& g) {
      return std::find(g.begin(), g.end(), a) != g.end() &&
             std::find(g.begin(), g.end(), b) != g.end();
    });
  };
  std::erase_if(in.history, [&](const auto& p) { return same_group(p.a, p.b); });
}

}  // namespace

Pool build_pool(const Congregation& c, const PoolRequest& r) {
  check_sizes(r);
  Pool pool;
  pool.names = pool_members(c, r, pool);
  std::map<std::string, int> index;
  for (size_t i = 0; i < pool.names.size(); ++i)
    index[name_key(pool.names[i])] = static_cast<int>(i);
  pool.instance.min_size = r.min_size;
  pool.instance.max_size = r.max_size;
  pool.not_in_pool.resize(pool.names.size());
  for (size_t i = 0; i < pool.names.size(); ++i)
    pool.instance.people.push_back(person(c.get(pool.names[i]), index, r, pool.not_in_pool[i]));
  for (const auto& group : r.together) {
    std::vector<int> pinned;
    for (const auto& n : group) pinned.push_back(pool_index(c, index, n, "--together"));
    pool.instance.together.push_back(std::move(pinned));
  }
  for (const auto& h : r.history) {
    auto a = index.find(name_key(h.a)), b = index.find(name_key(h.b));
    if (a != index.end() && b != index.end())
      pool.instance.history.push_back({a->second, b->second, h.times, h.weight});
  }
  auto partners = partner_groups(pool, c, index);
  for (const auto& group : partners) {
    check_partner_group(pool, group, r.max_size);
    pool.instance.together.push_back(group);
  }
  drop_partner_history(pool.instance, partners);
  return pool;
}

std::vector<Crew> proposed_crews(const Pool& pool, const Result& result,
                                 const std::vector<Crew>& existing, Date today) {
  std::vector<Crew> all = existing;
  std::vector<Crew> made;
  for (const auto& crew : result.crews) {
    Crew next{next_crew_name(all), true, today, std::nullopt, {}};
    for (int i : crew.members) next.roster.push_back({pool.names[i], today, std::nullopt});
    all.push_back(next);
    made.push_back(std::move(next));
  }
  return made;
}

}  // namespace msol::solver
