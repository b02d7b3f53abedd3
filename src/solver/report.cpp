#include "solver/report.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "solver/reasons.hpp"

namespace msol::solver {
namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

enum class Block { None, Avoid, Slot, Size };

// What stops `mover`'s unit from joining `crew` (one that does not contain it).
Block blocked(const Model& m, const std::vector<int>& crew, int mover) {
  const auto& unit = m.units[idx(m.unit_of[idx(mover)])];
  for (int x : unit)
    for (int y : crew)
      if (m.apart(x, y)) return Block::Avoid;
  std::vector<int> joined = crew;
  joined.insert(joined.end(), unit.begin(), unit.end());
  if (!m.common_slot(joined)) return Block::Slot;
  return static_cast<int>(joined.size()) > m.max_size ? Block::Size : Block::None;
}

UnmetReason as_reason(Block b) {
  if (b == Block::Avoid) return UnmetReason::Avoid;
  if (b == Block::Slot) return UnmetReason::NoCommonSlot;
  return b == Block::Size ? UnmetReason::Size : UnmetReason::TradeOff;
}

// Avoid and slot conflicts between the two themselves come first; otherwise the want was
// reachable by moving one of them unless their crews were closed to that move.
UnmetReason unmet_reason(const Model& m, const std::vector<std::vector<int>>& crews,
                         const std::vector<int>& crew_of, int i, int t) {
  if (m.apart(i, t)) return UnmetReason::Avoid;
  if (m.slots_required && !m.share_slot(i, t)) return UnmetReason::NoCommonSlot;
  int ci = crew_of[idx(i)];
  int ct = crew_of[idx(t)];
  if (ci < 0 && ct < 0) return UnmetReason::Size;
  Block into_t = ct < 0 ? Block::Size : blocked(m, crews[idx(ct)], i);
  Block into_i = ci < 0 ? Block::Size : blocked(m, crews[idx(ci)], t);
  if (into_t == Block::None || into_i == Block::None) return UnmetReason::TradeOff;
  return as_reason(ct < 0 ? into_i : into_t);
}

std::vector<std::string> shared_slots(const Model& m, const Instance& in,
                                      const std::vector<int>& crew) {
  std::vector<std::string> out;
  for (const auto& slot : m.slot_names) {
    bool everyone = true;
    bool anyone = false;
    for (int x : crew) {
      const auto& mine = in.people[idx(x)].slots;
      if (mine.empty()) continue;  // gave no slots: fits any
      anyone = true;
      everyone = everyone && std::find(mine.begin(), mine.end(), slot) != mine.end();
    }
    if (anyone && everyone) out.push_back(slot);
  }
  return out;
}

// Interests at least two crewmates hold: something for them to talk about.
std::vector<std::string> shared_interests(const Instance& in, const std::vector<int>& crew) {
  std::map<std::string, int> holders;
  for (int x : crew) {
    auto mine = in.people[idx(x)].interests;
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    for (auto& interest : mine) ++holders[interest];
  }
  std::vector<std::string> out;
  for (auto& [interest, count] : holders)
    if (count >= 2) out.push_back(interest);
  return out;
}

// The pairs of this crew who shared crews within the window, with exactly how many; pinned
// pairs are excepted, as in the score.
std::vector<PastPair> repeats(const Model& m, const Instance& in, const std::vector<int>& crew_of,
                              int crew) {
  std::map<std::pair<int, int>, int> times;
  for (auto& p : in.history)
    if (p.a != p.b && p.times > 0 && crew_of[idx(p.a)] == crew && crew_of[idx(p.b)] == crew &&
        m.unit_of[idx(p.a)] != m.unit_of[idx(p.b)])
      times[{std::min(p.a, p.b), std::max(p.a, p.b)}] += p.times;
  std::vector<PastPair> out;
  for (auto& [pair, count] : times) out.push_back({pair.first, pair.second, count});
  return out;
}

MemberReport member_report(const Model& m, const std::vector<std::vector<int>>& crews,
                           const std::vector<int>& crew_of, int i) {
  MemberReport r;
  r.person = i;
  int c = crew_of[idx(i)];
  if (c >= 0) r.score = member_value(m, i, crews[idx(c)]);
  for (int t : m.wants[idx(i)]) {
    WantOutcome w;
    w.target = t;
    w.met = c >= 0 && crew_of[idx(t)] == c;
    if (!w.met) w.reason = unmet_reason(m, crews, crew_of, i, t);
    r.wants.push_back(w);
  }
  return r;
}

}  // namespace

Result make_result(const Model& m, const Instance& in, std::vector<std::vector<int>> crews,
                   const Options& options) {
  for (auto& crew : crews) std::sort(crew.begin(), crew.end());
  std::sort(crews.begin(), crews.end());
  std::vector<int> crew_of(idx(m.n), -1);
  for (std::size_t c = 0; c < crews.size(); ++c)
    for (int x : crews[c]) crew_of[idx(x)] = static_cast<int>(c);
  Result result;
  for (std::size_t c = 0; c < crews.size(); ++c)
    result.crews.push_back({crews[c], shared_slots(m, in, crews[c]), shared_interests(in, crews[c]),
                            repeats(m, in, crew_of, static_cast<int>(c))});
  result.worst_off = std::numeric_limits<double>::infinity();
  for (int i = 0; i < m.n; ++i) {
    result.members.push_back(member_report(m, crews, crew_of, i));
    if (crew_of[idx(i)] < 0) {
      result.unplaced.push_back({i, unplaced_reason(m, in, crews, i, options)});
      continue;
    }
    result.score += result.members.back().score;
    result.worst_off = std::min(result.worst_off, result.members.back().score);
  }
  if (result.crews.empty()) result.worst_off = 0;
  for (int i = 0; i < m.n; ++i)
    if (crew_of[idx(i)] >= 0 && result.members[idx(i)].score == result.worst_off)
      result.worst_off_members.push_back(i);
  return result;
}

}  // namespace msol::solver
