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

bool eligible(const Member& m, const std::optional<std::vector<std::string>>& present) {
  if (!m.active() || !m.prefs.looking) return false;
  if (!present) return true;
  return std::any_of(present->begin(), present->end(),
                     [&](const std::string& p) { return same_name(p, m.name); });
}

std::vector<std::string> pool_members(const Congregation& c, const PoolRequest& r,
                                      std::vector<std::string>& left_out) {
  if (r.present)
    for (const auto& p : *r.present) {
      const auto& m = c.get(p);
      if (!m.active() || !m.prefs.looking)
        left_out.push_back(m.name + (m.active() ? " (not looking)" : " (left)"));
    }
  std::vector<std::string> names;
  for (const auto& m : c.members)
    if (eligible(m, r.present)) names.push_back(m.name);
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
        fmt::format("{} names '{}', who is not in the pool (not looking, not present "
                    "or left): set 'msol prefs set \"{}\" --looking yes' or add them "
                    "to --present",
                    what, m.name, m.name));
  return it->second;
}

}  // namespace

Pool build_pool(const Congregation& c, const PoolRequest& r) {
  check_sizes(r);
  Pool pool;
  pool.names = pool_members(c, r, pool.left_out);
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
