#include "graph/draw.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::graph {
namespace {

constexpr int kNoCrew = -1;

// The people drawn, by name key: their place in the congregation's order and their crew.
struct Cast {
  std::map<std::string, std::size_t> order;
  std::map<std::string, int> crew;
  const Congregation* c = nullptr;

  const Member* drawn(const std::string& name) const {
    const Member* m = c->find(name);
    return m != nullptr && order.contains(name_key(m->name)) ? m : nullptr;
  }
  int crew_of(const std::string& name) const {
    auto it = crew.find(name_key(name));
    return it == crew.end() ? kNoCrew : it->second;
  }
  bool together(const std::string& a, const std::string& b) const {
    return crew_of(a) != kNoCrew && crew_of(a) == crew_of(b);
  }
};

Cast cast_of(const Congregation& c, const std::optional<std::vector<std::string>>& people) {
  Cast cast;
  cast.c = &c;
  std::set<std::string> only;
  if (people)
    for (const auto& name : *people) only.insert(name_key(name));
  for (std::size_t i = 0; i < c.members.size(); ++i) {
    const auto& m = c.members[i];
    if (m.active() && (!people || only.contains(name_key(m.name))))
      cast.order[name_key(m.name)] = i;
  }
  return cast;
}

void place_crews(Drawing& d, Cast& cast, const std::vector<Crew>& crews) {
  for (const auto& crew : crews) {
    if (!crew.open) continue;
    Cluster cluster{crew.name, {}};
    for (const auto& name : crew.members())
      if (const Member* m = cast.drawn(name)) {
        cast.crew[name_key(m->name)] = static_cast<int>(d.clusters.size());
        cluster.people.push_back(m->name);
      }
    if (!cluster.people.empty()) d.clusters.push_back(cluster);
  }
}

bool wants(const Member& m, const std::string& other) {
  return std::any_of(m.prefs.want.begin(), m.prefs.want.end(),
                     [&](const std::string& w) { return same_name(w, other); });
}

// A mutual want, a partnership and an avoid are one edge each, drawn from the one who comes first.
void add_ties(Drawing& d, const Cast& cast, const Member& m, bool show_avoid) {
  auto first = [&](const Member& other) {
    return cast.order.at(name_key(m.name)) < cast.order.at(name_key(other.name));
  };
  for (const auto& name : m.prefs.want) {
    const Member* t = cast.drawn(name);
    if (t == nullptr || t == &m) continue;
    bool mutual = wants(*t, m.name);
    if (mutual && !first(*t)) continue;
    d.edges.push_back(
        {m.name, t->name, mutual ? Tie::Mutual : Tie::Want, cast.together(m.name, t->name)});
  }
  for (const auto& name : m.prefs.partner) {
    const Member* t = cast.drawn(name);
    if (t != nullptr && t != &m && first(*t))
      d.edges.push_back({m.name, t->name, Tie::Partner, cast.together(m.name, t->name)});
  }
  if (!show_avoid) return;
  for (const auto& name : m.prefs.avoid) {
    const Member* t = cast.drawn(name);
    if (t == nullptr || t == &m) continue;
    bool both = std::any_of(t->prefs.avoid.begin(), t->prefs.avoid.end(),
                            [&](const std::string& a) { return same_name(a, m.name); });
    if (!both || first(*t))
      d.edges.push_back({m.name, t->name, Tie::Avoid, cast.together(m.name, t->name)});
  }
}

// Keeps the focus crew, its members' ties, and whoever is at the other end of them.
void keep_focus(Drawing& d, const Cast& cast, int focus) {
  auto in_focus = [&](const std::string& name) { return cast.crew_of(name) == focus; };
  std::erase_if(d.edges, [&](const Edge& e) { return !in_focus(e.from) && !in_focus(e.to); });
  std::set<std::string> kept;
  for (const auto& e : d.edges) {
    kept.insert(name_key(e.from));
    kept.insert(name_key(e.to));
  }
  auto gone = [&](const std::string& name) {
    return !in_focus(name) && !kept.contains(name_key(name));
  };
  for (auto& cluster : d.clusters) std::erase_if(cluster.people, gone);
  std::erase_if(d.clusters, [](const Cluster& c) { return c.people.empty(); });
  std::erase_if(d.loose, gone);
}

int focus_index(const Drawing& d, const std::vector<Crew>& crews, const std::string& name) {
  const Crew& crew = find_crew(crews, name);
  if (!crew.open)
    throw Failure(fmt::format("crew '{}' is closed: msol graph draws open crews only", crew.name));
  for (std::size_t i = 0; i < d.clusters.size(); ++i)
    if (d.clusters[i].label == crew.name) return static_cast<int>(i);
  throw Failure(fmt::format("crew '{}' has no active members to draw", crew.name));
}

}  // namespace

Drawing draw(const Congregation& c, const std::vector<Crew>& crews, const DrawOptions& options) {
  Drawing d;
  d.title = options.title;
  Cast cast = cast_of(c, options.people);
  place_crews(d, cast, crews);
  for (const auto& m : c.members)
    if (cast.drawn(m.name) != nullptr) {
      if (cast.crew_of(m.name) == kNoCrew) d.loose.push_back(m.name);
      add_ties(d, cast, m, options.show_avoid);
    }
  if (options.focus) keep_focus(d, cast, focus_index(d, crews, *options.focus));
  return d;
}

}  // namespace msol::graph
