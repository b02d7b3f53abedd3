#include "game/ties.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "game/names.hpp"
#include "util/ranges.hpp"

namespace msol::game {
namespace {

using Pair = std::pair<std::string, std::string>;

// Adds tie weights per unordered member pair, ignoring anyone who is not in the split.
struct TieSum {
  const std::vector<std::string>& members;
  std::map<Pair, std::int64_t> weight;

  bool in_split(const std::string& name) const { return util::contains(members, name); }
  void add(const std::string& a, const std::string& b, std::int64_t w) {
    if (a == b || w <= 0 || !in_split(a) || !in_split(b)) return;
    weight[name_less(a, b) ? Pair{a, b} : Pair{b, a}] += w;
  }
  void add_all_pairs(const std::vector<std::string>& people, std::int64_t w) {
    for (size_t i = 0; i < people.size(); ++i)
      for (size_t j = i + 1; j < people.size(); ++j) add(people[i], people[j], w);
  }
};

bool wants(const Congregation& c, const std::string& who, const std::string& whom) {
  const auto* m = c.find(who);
  return m && std::any_of(m->prefs.want.begin(), m->prefs.want.end(),
                          [&](const std::string& w) { return c.find(w) == c.find(whom); });
}

void add_wants(const Congregation& c, TieSum& sum, const TieWeights& w) {
  for (const auto& m : c.members)
    for (const auto& target : m.prefs.want) {
      const auto& other = c.get(target).name;
      if (!wants(c, other, m.name))
        sum.add(m.name, other, w.one_way_want);
      else if (name_less(m.name, other))  // a mutual want counts once, from its first name
        sum.add(m.name, other, w.mutual_want);
    }
}

void add_crews(const std::vector<msol::Crew>& crews, TieSum& sum, const TieWeights& w) {
  for (const auto& crew : crews) {
    std::vector<std::string> ever;
    for (const auto& r : crew.roster) util::push_unique(ever, r.member);
    sum.add_all_pairs(ever, w.shared_crew);
  }
}

void add_event(const Event& event, TieSum& sum, const TieWeights& w) {
  if (const auto* m = std::get_if<Money>(&event)) {
    for (const auto& o : m->offerers) sum.add(m->focus, o, w.game_event);
  } else {
    sum.add_all_pairs(participants(event), w.game_event);
  }
}

std::vector<std::vector<std::string>> open_crews(const std::vector<msol::Crew>& crews,
                                                 const std::vector<std::string>& members) {
  std::vector<std::vector<std::string>> out;
  for (const auto& crew : crews) {
    if (!crew.open) continue;
    std::vector<std::string> current;
    for (const auto& m : crew.members())
      if (std::find(members.begin(), members.end(), m) != members.end()) current.push_back(m);
    if (!current.empty()) out.push_back(current);
  }
  return out;
}

}  // namespace

SplitInput split_input(const Congregation& c, const std::vector<msol::Crew>& crews,
                       const std::vector<Event>& events, const TieWeights& weights) {
  SplitInput in;
  for (const auto& m : c.members)
    if (m.active()) in.members.push_back(m.name);
  TieSum sum{in.members, {}};
  add_wants(c, sum, weights);
  add_crews(crews, sum, weights);
  for (const auto& e : events) add_event(e, sum, weights);
  for (const auto& [pair, w] : sum.weight) in.ties.push_back({pair.first, pair.second, w});
  in.crews = open_crews(crews, in.members);
  return in;
}

std::vector<Tie> cut_ties(const SplitInput& input, const SplitResult& result) {
  const auto& first = result.halves[0];
  auto side = [&](const std::string& m) {
    return std::find(first.begin(), first.end(), m) != first.end() ? 0 : 1;
  };
  std::map<Pair, std::int64_t> cut;
  for (const auto& t : input.ties)
    if (side(t.a) != side(t.b))
      cut[name_less(t.a, t.b) ? Pair{t.a, t.b} : Pair{t.b, t.a}] += t.weight;
  std::vector<Tie> out;
  for (const auto& [pair, w] : cut) out.push_back({pair.first, pair.second, w});
  return out;
}

}  // namespace msol::game
