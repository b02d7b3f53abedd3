#include "game/tally.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "domain/errors.hpp"
#include "game/filter.hpp"
#include "game/names.hpp"

namespace msol::game {
namespace {

using Pair = std::pair<std::string, std::string>;

// Pairs listed by their first name, then their second.
struct PairLess {
  bool operator()(const Pair& x, const Pair& y) const {
    if (x.first != y.first) return name_less(x.first, y.first);
    return name_less(x.second, y.second);
  }
};

Pair make_pair_sorted(const std::string& x, const std::string& y) {
  return name_less(x, y) ? Pair{x, y} : Pair{y, x};
}

// The pairs an event joins directly (see tally.hpp for why listening circles join none).
std::vector<Pair> event_pairs(const Event& event) {
  std::vector<Pair> out;
  if (const auto* m = std::get_if<Money>(&event)) {
    for (const auto& o : m->offerers) out.push_back(make_pair_sorted(m->focus, o));
  } else if (const auto* c = std::get_if<Conflict>(&event)) {
    out.push_back(make_pair_sorted(c->a, c->b));
  } else if (const auto* v = std::get_if<CoOwners>(&event)) {
    for (size_t i = 0; i < v->owners.size(); ++i)
      for (size_t j = i + 1; j < v->owners.size(); ++j)
        out.push_back(make_pair_sorted(v->owners[i], v->owners[j]));
  }
  return out;
}

const Crew& crew_named(const MeetingLog& log, const Meeting& m) {
  for (const auto& crew : log.crews)
    if (crew.name == m.crew) return crew;
  throw UsageError(
      fmt::format("meeting {} names crew '{}', which is not in the crew list", m.id, m.crew));
}

std::vector<Meeting> in_date_order(std::vector<Meeting> meetings) {
  std::sort(meetings.begin(), meetings.end(), [](const Meeting& x, const Meeting& y) {
    return std::pair{x.date, x.id} < std::pair{y.date, y.id};
  });
  return meetings;
}

// Collects entries into figures keyed by member, crew and pair.
struct Collector {
  // Keyed in listing order, so the figures come out sorted by name.
  std::map<std::string, Figure, NameLess> members;
  std::map<std::string, Figure, NameLess> crews;
  std::map<Pair, Figure, PairLess> pairs;

  void add_to_pair(const Pair& pair, const std::vector<Entry>& entries) {
    for (const auto& e : entries)
      if (e.member == pair.first || e.member == pair.second) pairs[pair].entries.push_back(e);
  }

  void add_event(const Event& event, const std::vector<Entry>& entries, const MeetingLog& log) {
    for (const auto& e : entries) members[e.member].entries.push_back(e);
    for (const auto& crew : log.crews)
      if (held_within(event, crew))
        crews[crew.name].entries.insert(crews[crew.name].entries.end(), entries.begin(),
                                        entries.end());
    for (const auto& pair : event_pairs(event)) add_to_pair(pair, entries);
  }

  void add_meeting(const Meeting& m, const Crew& crew, const std::vector<Entry>& entries) {
    for (const auto& e : entries) members[e.member].entries.push_back(e);
    crews[m.crew].entries.insert(crews[m.crew].entries.end(), entries.begin(), entries.end());
    if (members_on(crew, m.date).size() == 2 && m.present.size() == 2)
      add_to_pair(make_pair_sorted(m.present[0], m.present[1]), entries);
  }
};

int highest_positive_level(const std::vector<Entry>& entries) {
  std::map<Level, int> per_level;
  for (const auto& e : entries) per_level[e.level] += e.points;
  int level = 0;
  for (const auto& [l, points] : per_level)
    if (points > 0) level = static_cast<int>(l);
  return level;
}

Figure finish(Figure f) {
  // Stable, so the entries of one event keep the order of the rules that made them.
  std::stable_sort(f.entries.begin(), f.entries.end(), [](const Entry& x, const Entry& y) {
    return std::tie(x.date, x.level, x.id, x.member) < std::tie(y.date, y.level, y.id, y.member);
  });
  f.points = 0;
  for (const auto& e : f.entries) f.points += e.points;
  f.level = highest_positive_level(f.entries);
  return f;
}

template <typename Out, typename Map, typename Make>
std::vector<Out> finished(Map& figures, Make make) {
  std::vector<Out> out;
  for (auto& [key, figure] : figures) out.push_back(make(key, finish(std::move(figure))));
  return out;
}

}  // namespace

Tally tally(const std::vector<Event>& events, const MeetingLog& log, const PointValues& values,
            std::optional<Date> since) {
  auto counts = [&](Date day) { return !since || *since <= day; };
  Collector collect;
  for (const auto& event : events) {
    validate(event);
    if (counts(event_date(event))) collect.add_event(event, score_event(event, values), log);
  }
  AttendanceCount attended;
  for (const auto& m : in_date_order(log.meetings)) {
    validate(m);
    const auto& crew = crew_named(log, m);
    auto entries = score_meeting(m, attended, values);  // always: ordinals count every meeting
    if (counts(m.date)) collect.add_meeting(m, crew, entries);
  }

  Tally t;
  t.members = finished<MemberFigure>(collect.members, [](const std::string& k, Figure f) {
    return MemberFigure{k, std::move(f)};
  });
  t.crews = finished<CrewFigure>(collect.crews, [](const std::string& k, Figure f) {
    return CrewFigure{k, std::move(f)};
  });
  t.pairs = finished<PairFigure>(collect.pairs, [](const Pair& k, Figure f) {
    return PairFigure{k.first, k.second, std::move(f)};
  });
  return t;
}

}  // namespace msol::game
