#include "solver/state.hpp"

#include <algorithm>

#include "solver/weights.hpp"

namespace msol::solver {
namespace {
std::size_t idx(int i) { return static_cast<std::size_t>(i); }
}  // namespace

State::State(const Model& model, int crew_slots)
    : model_(model),
      crew_slots_(crew_slots),
      members_(idx(crew_slots + 1)),
      crew_of_unit_(model.units.size(), crew_slots),
      met_(idx(model.n), 0),
      inner_gain_(idx(model.n), 0),
      inner_met_(idx(model.n), 0),
      empty_pos_(idx(crew_slots), -1) {
  for (auto& u : model.units)
    for (int x : u)
      for (int y : u)
        if (x != y) {
          inner_gain_[idx(x)] += model.link(x, y).gain;
          inner_met_[idx(x)] += model.wants_person(x, y) ? 1 : 0;
        }
  for (int i = 0; i < model.n; ++i) members_[idx(crew_slots)].push_back(i);
  for (int c = 0; c < crew_slots; ++c) mark_empty(c, true);
  energy_ = -weights::kUnplaced * model.n;
}

int State::empty_crew(std::uint64_t pick) const {
  return empties_.empty() ? -1 : empties_[pick % empties_.size()];
}

bool State::can_join(int u, int crew, int leaving) const {
  if (crew == bin()) return true;
  int size = this->size(crew) + static_cast<int>(unit(u).size());
  if (leaving >= 0 && crew_of(leaving) == crew) size -= static_cast<int>(unit(leaving).size());
  if (size > model_.max_size) return false;
  for (int y : members(crew)) {
    if (model_.unit_of[idx(y)] == leaving) continue;
    for (int x : unit(u))
      if (model_.apart(x, y)) return false;
  }
  if (!model_.slots_required) return true;
  for (int w = 0; w < model_.slot_words; ++w) {
    std::uint64_t common = ~std::uint64_t{0};
    for (int x : unit(u)) common &= model_.slots(x)[w];
    for (int y : members(crew))
      if (model_.unit_of[idx(y)] != leaving) common &= model_.slots(y)[w];
    if (common) return true;
  }
  return false;
}

std::int64_t State::shortfall(int size) const {
  return size > 0 && size < model_.min_size ? model_.min_size - size : 0;
}

std::int64_t State::crew_short(int crew) const { return crew == bin() ? 0 : shortfall(size(crew)); }

// The change in the values of the crew's other members when `unit` (not in the crew) joins
// (sign +1) or leaves (sign -1): the crew grows from `before` to `after` members.
std::int64_t State::others_delta(int u, int crew, int before, int after, int sign) const {
  std::int64_t d = 0;
  for (int y : members(crew)) {
    if (model_.unit_of[idx(y)] == u) continue;
    int gain = 0;
    int met = 0;
    for (int x : unit(u)) {
      const Link& yx = model_.link(y, x);
      gain += yx.gain;
      met += (yx.flags & kWants) ? 1 : 0;
    }
    d += sign * gain - model_.size_cost(y, after) + model_.size_cost(y, before) -
         model_.isolation(y, met_[idx(y)] + sign * met) + model_.isolation(y, met_[idx(y)]);
  }
  return d;
}

// The unit's own value in the crew at the given size; members of the unit itself are skipped
// (their part is inner_gain_/inner_met_), so it works whether the unit is in the crew or not.
std::int64_t State::unit_value(int u, int crew, int size) const {
  std::int64_t v = 0;
  for (int x : unit(u)) {
    int gain = inner_gain_[idx(x)];
    int met = inner_met_[idx(x)];
    for (int y : members(crew)) {
      if (model_.unit_of[idx(y)] == u) continue;
      const Link& xy = model_.link(x, y);
      gain += xy.gain;
      met += (xy.flags & kWants) ? 1 : 0;
    }
    v += gain - model_.size_cost(x, size) - model_.isolation(x, met);
  }
  return v;
}

std::int64_t State::leave_delta(int u, int crew) const {
  int m = static_cast<int>(unit(u).size());
  if (crew == bin()) return weights::kUnplaced * m;
  int before = size(crew);
  int after = before - m;
  return weights::kUndersize * (shortfall(before) - shortfall(after)) +
         others_delta(u, crew, before, after, -1) - unit_value(u, crew, before);
}

std::int64_t State::join_delta(int u, int crew) const {
  int m = static_cast<int>(unit(u).size());
  if (crew == bin()) return -weights::kUnplaced * m;
  int before = size(crew);
  int after = before + m;
  return weights::kUndersize * (shortfall(before) - shortfall(after)) +
         others_delta(u, crew, before, after, +1) + unit_value(u, crew, after);
}

std::int64_t State::move_delta(int u, int crew) const {
  return leave_delta(u, crew_of(u)) + join_delta(u, crew);
}

void State::move(int u, int crew, std::int64_t delta) {
  int from = crew_of(u);
  short_ -= crew_short(from) + crew_short(crew);
  take_out(u, from);
  put_in(u, crew);
  short_ += crew_short(from) + crew_short(crew);
  energy_ += delta;
}

void State::take_out(int u, int crew) {
  auto& list = members_[idx(crew)];
  for (int x : unit(u)) {
    list.erase(std::find(list.begin(), list.end(), x));
    if (crew != bin())
      for (int y : list)
        if (model_.unit_of[idx(y)] != u) met_[idx(y)] -= model_.wants_person(y, x) ? 1 : 0;
  }
  if (crew != bin() && list.empty()) mark_empty(crew, true);
}

void State::put_in(int u, int crew) {
  auto& list = members_[idx(crew)];
  if (crew != bin() && list.empty()) mark_empty(crew, false);
  for (int x : unit(u)) {
    met_[idx(x)] = crew == bin() ? 0 : inner_met_[idx(x)];
    if (crew != bin())
      for (int y : list) {
        met_[idx(y)] += model_.wants_person(y, x) ? 1 : 0;
        met_[idx(x)] += model_.wants_person(x, y) ? 1 : 0;
      }
  }
  list.insert(list.end(), unit(u).begin(), unit(u).end());
  crew_of_unit_[idx(u)] = crew;
}

void State::mark_empty(int crew, bool empty) {
  if (empty) {
    empty_pos_[idx(crew)] = static_cast<int>(empties_.size());
    empties_.push_back(crew);
    return;
  }
  int pos = empty_pos_[idx(crew)];
  empties_[idx(pos)] = empties_.back();
  empty_pos_[idx(empties_.back())] = pos;
  empties_.pop_back();
  empty_pos_[idx(crew)] = -1;
}

void State::assign(const std::vector<int>& crew_of_unit) {
  for (int u = 0; u < static_cast<int>(crew_of_unit.size()); ++u)
    if (crew_of_unit[idx(u)] != crew_of(u)) move(u, crew_of_unit[idx(u)]);
}

std::int64_t State::recompute_energy() const {
  std::int64_t e = -weights::kUnplaced * size(bin());
  for (int c = 0; c < crew_slots_; ++c) {
    for (int x : members(c)) e += member_value(model_, x, members(c));
    e -= weights::kUndersize * crew_short(c);
  }
  return e;
}

}  // namespace msol::solver
