#include "solver/reasons.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace msol::solver {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

const std::string& name_of(const Instance& in, int i) { return in.people[idx(i)].name; }

// Names, the first few of them: a reason is read aloud, not scanned like a table.
std::string names(const Instance& in, const std::vector<int>& people, std::size_t cap = 6) {
  std::vector<std::string> list;
  for (std::size_t k = 0; k < people.size() && k < cap; ++k) list.push_back(name_of(in, people[k]));
  auto text = fmt::format("{}", fmt::join(list, ", "));
  if (people.size() > cap) text += fmt::format(" and {} more", people.size() - cap);
  return text;
}

bool avoids(const Instance& in, int x, int y) {
  const auto& list = in.people[idx(x)].avoids;
  return std::find(list.begin(), list.end(), y) != list.end();
}

const std::vector<int>& unit_of(const Model& m, int i) { return m.units[idx(m.unit_of[idx(i)])]; }

// "Zed" or "Zed (pinned with Ana)": a pinned unit is placed as one.
std::string who(const Model& m, const Instance& in, int i) {
  std::vector<int> others;
  for (int x : unit_of(m, i))
    if (x != i) others.push_back(x);
  if (others.empty()) return name_of(in, i);
  return fmt::format("{} (pinned with {})", name_of(in, i), names(in, others));
}

// A bounded depth-first search for a crew around one member. Its step budget is shared by all
// the questions one explanation asks, so explaining stays cheap however large the pool is; a
// question it could not settle within the budget is answered Unknown, never guessed.
class Finder {
 public:
  explicit Finder(const Model& m, long budget = 20000) : m_(m), budget_(budget) {}

  Exists exists(int person, int size) {
    std::vector<int> crew = unit_of(m_, person);
    if (static_cast<int>(crew.size()) > size || !m_.common_slot(crew)) return Exists::No;
    std::vector<int> candidates;
    for (std::size_t u = 0; u < m_.units.size(); ++u)
      if (static_cast<int>(u) != m_.unit_of[idx(person)] && fits(crew, m_.units[u]))
        candidates.push_back(static_cast<int>(u));
    if (grow(crew, candidates, 0, size)) return Exists::Yes;
    return budget_ < 0 ? Exists::Unknown : Exists::No;
  }

  // Yes if some size in lo..hi has a crew, No only if every size has been ruled out.
  Exists exists_between(int person, int lo, int hi) {
    Exists all = Exists::No;
    for (int size = lo; size <= hi; ++size) {
      Exists e = exists(person, size);
      if (e == Exists::Yes) return e;
      if (e == Exists::Unknown) all = e;
    }
    return all;
  }

  // The largest --min below the current one at which a crew with `person` (or, with -1, with
  // anyone) surely exists; 0 when none is found down to 2, the smallest crew there is.
  int smaller_min(int person) {
    for (int size = std::min(m_.min_size - 1, m_.max_size); size >= 2; --size)
      for (int i = 0; i < m_.n; ++i)
        if ((person < 0 || i == person) && exists(i, size) == Exists::Yes) return size;
    return 0;
  }

 private:
  bool fits(const std::vector<int>& crew, const std::vector<int>& unit) const {
    for (int x : unit)
      for (int y : crew)
        if (m_.apart(x, y)) return false;
    std::vector<int> joined = crew;
    joined.insert(joined.end(), unit.begin(), unit.end());
    return m_.common_slot(joined);
  }

  bool grow(std::vector<int>& crew, const std::vector<int>& candidates, std::size_t from,
            int size) {
    if (static_cast<int>(crew.size()) == size) return true;
    if (--budget_ < 0) return false;
    for (std::size_t k = from; k < candidates.size(); ++k) {
      const auto& unit = m_.units[idx(candidates[k])];
      if (static_cast<int>(crew.size() + unit.size()) > size || !fits(crew, unit)) continue;
      crew.insert(crew.end(), unit.begin(), unit.end());
      if (grow(crew, candidates, k + 1, size)) return true;
      crew.resize(crew.size() - unit.size());
    }
    return false;
  }

  const Model& m_;
  long budget_;
};

std::string command(const Options& o, const Resize& r) {
  if (o.rerun) return o.rerun(r);
  return fmt::format("`--min {} --max {}`", r.min_size, r.max_size);
}

std::string options_text(const Options& o, const std::vector<Resize>& resizes) {
  std::string text = "options: wait for the next round, when more members are looking";
  for (const auto& r : resizes) text += fmt::format(", or run {}", command(o, r));
  return text;
}

// Who keeps `person`'s unit out of a crew with each other member: avoids in either direction
// (named by direction) and members who share no slot with the unit.
struct Barriers {
  std::vector<int> avoided;   // the unit avoids them
  std::vector<int> avoiding;  // they avoid the unit
  std::vector<int> no_slot;   // they share no slot with the unit
  std::vector<int> open;      // none of these: they could share a crew with the unit
};

Barriers barriers(const Model& m, const Instance& in, int person) {
  const auto& unit = unit_of(m, person);
  Barriers b;
  for (int j = 0; j < m.n; ++j) {
    if (m.unit_of[idx(j)] == m.unit_of[idx(person)]) continue;
    bool from = false, to = false;
    for (int x : unit) {
      from = from || avoids(in, x, j);
      to = to || avoids(in, j, x);
    }
    std::vector<int> joined = unit;
    joined.push_back(j);
    if (from) b.avoided.push_back(j);
    if (to) b.avoiding.push_back(j);
    if (!from && !to && !m.common_slot(joined)) b.no_slot.push_back(j);
    if (!from && !to && m.common_slot(joined)) b.open.push_back(j);
  }
  return b;
}

std::string barrier_text(const Instance& in, const Barriers& b, const std::string& name) {
  std::vector<std::string> parts;
  if (!b.avoided.empty()) parts.push_back(fmt::format("{} avoids {}", name, names(in, b.avoided)));
  if (!b.avoiding.empty())
    parts.push_back(fmt::format("{} {} {}", names(in, b.avoiding),
                                b.avoiding.size() == 1 ? "avoids" : "avoid", name));
  if (!b.no_slot.empty())
    parts.push_back(fmt::format("{} share{} no slot with {}", names(in, b.no_slot),
                                b.no_slot.size() == 1 ? "s" : "", name));
  return fmt::format("{}", fmt::join(parts, "; "));
}

// The avoids and slot gaps among `people`, the first few of them.
std::string conflicts(const Model& m, const Instance& in, const std::vector<int>& people) {
  constexpr std::size_t kShown = 4;
  std::vector<std::string> found;
  for (int a : people)
    for (int b : people) {
      if (found.size() == kShown) break;
      if (avoids(in, a, b))
        found.push_back(fmt::format("{} avoids {}", name_of(in, a), name_of(in, b)));
      else if (a < b && !m.apart(a, b) && !m.share_slot(a, b))
        found.push_back(fmt::format("{} and {} share no slot", name_of(in, a), name_of(in, b)));
    }
  if (found.empty()) return "no slot common to enough of them";
  return fmt::format("{}", fmt::join(found, "; "));
}

// Why no crew of --min..--max can hold `person` at all, from the instance alone.
std::string no_crew_with(const Model& m, const Instance& in, int person) {
  auto b = barriers(m, in, person);
  auto name = who(m, in, person);
  int need = m.min_size - static_cast<int>(unit_of(m, person).size());
  if (static_cast<int>(b.open.size()) < need)
    return fmt::format("{} can share a crew only with {}, too few for --min {} ({})", name,
                       b.open.empty() ? "nobody" : names(in, b.open), m.min_size,
                       barrier_text(in, b, name));
  return fmt::format(
      "{} can share a crew with {}, but no {} of them can share one with each "
      "other ({})",
      name, names(in, b.open), need, conflicts(m, in, b.open));
}

// What keeps `person`'s unit out of one formed crew, or "" when only --max does.
std::string crew_barrier(const Model& m, const Instance& in, const std::vector<int>& crew,
                         int person) {
  const auto& unit = unit_of(m, person);
  for (int x : unit)
    for (int y : crew) {
      if (avoids(in, x, y)) return fmt::format("{} avoids {}", name_of(in, x), name_of(in, y));
      if (avoids(in, y, x)) return fmt::format("{} avoids {}", name_of(in, y), name_of(in, x));
    }
  std::vector<int> joined = crew;
  joined.insert(joined.end(), unit.begin(), unit.end());
  if (!m.common_slot(joined)) return fmt::format("no slot shared with {}", names(in, crew, 3));
  return "";
}

}  // namespace

Exists crew_exists(const Model& model, int person, int size, long budget) {
  return Finder(model, budget).exists(person, size);
}

std::string unplaced_reason(const Model& m, const Instance& in,
                            const std::vector<std::vector<int>>& crews, int person,
                            const Options& o) {
  auto name = who(m, in, person);
  std::vector<Resize> resizes;
  Finder finder(m);
  if (finder.exists_between(person, m.min_size, m.max_size) == Exists::No) {
    if (int k = finder.smaller_min(person)) resizes.push_back({k, m.max_size});
    return fmt::format("{}; {}", no_crew_with(m, in, person), options_text(o, resizes));
  }
  std::vector<std::string> closed;
  std::vector<int> full_with;  // the first member of each crew that only --max keeps closed
  std::vector<int> room_with;  // ... and of each crew that would take the unit as it is
  int unit = static_cast<int>(unit_of(m, person).size());
  for (const auto& crew : crews) {
    auto barrier = crew_barrier(m, in, crew, person);
    if (!barrier.empty())
      closed.push_back(barrier);
    else if (static_cast<int>(crew.size()) + unit > m.max_size)
      full_with.push_back(crew.front());
    else
      room_with.push_back(crew.front());
  }
  std::string reason;
  if (!room_with.empty()) {
    reason = fmt::format("the search left {} out in time, though the crews with {} have room", name,
                         names(in, room_with));
  } else if (!full_with.empty()) {
    reason = fmt::format("every crew {} could join is full at --max {} (the crews with {})", name,
                         m.max_size, names(in, full_with));
    resizes.push_back({m.min_size, m.max_size + unit});
  } else {
    reason = fmt::format(
        "{} fits no formed crew, and a new crew with {} would need members they hold", name, name);
  }
  constexpr std::size_t kShown = 4;
  if (closed.size() > kShown) {
    auto more = closed.size() - kShown;
    closed.resize(kShown);
    closed.push_back(fmt::format("and {} more", more));
  }
  if (!closed.empty())
    reason += fmt::format("; {} crews are closed to {}: {}",
                          full_with.empty() ? "the" : "the other", name, fmt::join(closed, "; "));
  return fmt::format("{}; {}", reason, options_text(o, resizes));
}

std::string no_crew_message(const Model& m, const Instance& in, const Options& o) {
  constexpr std::size_t kReasonsShown = 12;
  std::vector<Resize> resizes;
  Finder finder(m);
  if (int k = finder.smaller_min(-1)) resizes.push_back({k, std::max(k, m.max_size)});
  std::vector<int> all(idx(m.n));
  for (int i = 0; i < m.n; ++i) all[idx(i)] = i;
  if (m.n < m.min_size)
    return fmt::format("pool of {} ({}) is below --min {}; {}", m.n, names(in, all, 12), m.min_size,
                       options_text(o, resizes));
  std::vector<std::string> reasons;
  for (int i = 0; i < m.n; ++i) {
    if (unit_of(m, i).front() != i) continue;  // one reason per pinned unit
    if (reasons.size() == kReasonsShown) {
      reasons.push_back("and more members alike");
      break;
    }
    if (finder.exists_between(i, m.min_size, m.max_size) != Exists::No)
      reasons.push_back(fmt::format(
          "a crew with {} may exist, but the search did not find one in time", name_of(in, i)));
    else
      reasons.push_back(no_crew_with(m, in, i));
  }
  return fmt::format("no crew of --min {} to --max {} can be formed: {}; {}", m.min_size,
                     m.max_size, fmt::format("{}", fmt::join(reasons, "; ")),
                     options_text(o, resizes));
}

}  // namespace msol::solver
