#include "solver/history.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "domain/text.hpp"

namespace msol::solver {
namespace {

using date::sys_days;

// A calendar month back; the 31st becomes the month's last day.
sys_days window_start(Date today, int months) {
  Date start = today - date::months{months};
  if (!start.ok()) start = start.year() / start.month() / date::last;
  return sys_days{start};
}

// The days [from, to) someone was in a crew; still in it counts through today.
struct Stay {
  sys_days from, to;
};

Stay stay_of(const Crew& crew, const CrewMembership& m, sys_days today) {
  sys_days to = today + date::days{1};
  if (m.left) to = std::min(to, sys_days{*m.left});
  if (crew.closed) to = std::min(to, sys_days{*crew.closed} + date::days{1});
  return {sys_days{m.joined}, to};
}

}  // namespace

std::vector<PoolRequest::Shared> shared_history(const std::vector<Crew>& crews, Date today,
                                                int months) {
  sys_days now{today};
  sys_days start = window_start(today, months);
  double span = std::max(1.0, static_cast<double>((now - start).count()));
  struct Pair {
    std::string a, b;
    int times = 0;
    double weight = 0;
  };
  std::map<std::pair<std::string, std::string>, Pair> pairs;
  for (const auto& crew : crews) {
    std::map<std::pair<std::string, std::string>, sys_days> last_day;  // this crew's pairs
    for (const auto& x : crew.roster)
      for (const auto& y : crew.roster) {
        if (name_key(x.member) >= name_key(y.member)) continue;
        auto sx = stay_of(crew, x, now), sy = stay_of(crew, y, now);
        sys_days from = std::max({sx.from, sy.from, start});
        sys_days to = std::min(sx.to, sy.to);
        if (from >= to) continue;
        auto key = std::make_pair(x.member, y.member);
        auto [it, fresh] = last_day.emplace(key, to - date::days{1});
        if (!fresh) it->second = std::max(it->second, to - date::days{1});
      }
    for (const auto& [key, last] : last_day) {
      auto& p = pairs[{name_key(key.first), name_key(key.second)}];
      p.a = key.first;
      p.b = key.second;
      p.times += 1;
      p.weight += 0.5 + 0.5 * std::clamp((last - start).count() / span, 0.0, 1.0);
    }
  }
  std::vector<PoolRequest::Shared> out;
  for (const auto& [key, p] : pairs) out.push_back({p.a, p.b, p.times, p.weight});
  return out;
}

}  // namespace msol::solver
