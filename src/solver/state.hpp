#pragma once
// A partition under search with its energy kept exact by incremental updates: evaluating or
// applying the move of one unit touches only the two crews involved, O(crew size).
//
// Energy = score (weights.hpp) - kUnplaced per member in the bin - kUndersize per member a crew
// is short of --min. Crews are slots 0..crew_slots()-1, some of them empty; the bin (unplaced
// members) is slot bin(). Avoids, common slots and --max are never broken by the callers, who
// ask can_join() first; only a transient member over --max exists inside a compound move.
#include <cstdint>
#include <vector>

#include "solver/model.hpp"

namespace msol::solver {

class State {
 public:
  State(const Model& model, int crew_slots);  // everyone starts in the bin

  int bin() const { return crew_slots_; }
  int crew_slots() const { return crew_slots_; }
  int crew_of(int unit) const { return crew_of_unit_[static_cast<std::size_t>(unit)]; }
  const std::vector<int>& members(int crew) const {
    return members_[static_cast<std::size_t>(crew)];
  }
  int size(int crew) const { return static_cast<int>(members(crew).size()); }
  std::int64_t energy() const { return energy_; }
  bool feasible() const { return short_ == 0; }  // no crew below --min
  const std::vector<int>& assignment() const { return crew_of_unit_; }
  int empty_crew(std::uint64_t pick) const;  // one of the empty crews, or -1

  // Whether `unit` may join `crew` (never the bin, which takes anyone) once the unit `leaving`
  // (if >= 0) has left it: no avoid, a common slot, at most --max members.
  bool can_join(int unit, int crew, int leaving = -1) const;
  std::int64_t move_delta(int unit, int crew) const;
  void move(int unit, int crew, std::int64_t delta);
  void move(int unit, int crew) { move(unit, crew, move_delta(unit, crew)); }

  void assign(const std::vector<int>& crew_of_unit);
  std::int64_t recompute_energy() const;  // from scratch; tests compare it with energy()

 private:
  const std::vector<int>& unit(int u) const { return model_.units[static_cast<std::size_t>(u)]; }
  std::int64_t leave_delta(int u, int crew) const;
  std::int64_t join_delta(int u, int crew) const;
  std::int64_t shortfall(int size) const;
  std::int64_t crew_short(int crew) const;
  std::int64_t others_delta(int u, int crew, int before, int after, int sign) const;
  std::int64_t unit_value(int u, int crew, int size) const;
  void take_out(int u, int crew);
  void put_in(int u, int crew);
  void mark_empty(int crew, bool empty);

  const Model& model_;
  int crew_slots_;
  std::vector<std::vector<int>> members_;  // crew_slots_ + 1, the bin last
  std::vector<int> crew_of_unit_;
  std::vector<int> met_;         // per person: their wants in their crew
  std::vector<int> inner_gain_;  // per person: gain from their own pinned unit
  std::vector<int> inner_met_;   // per person: wants met by their own pinned unit
  std::vector<int> empties_;
  std::vector<int> empty_pos_;
  std::int64_t energy_ = 0;
  std::int64_t short_ = 0;
};

}  // namespace msol::solver
