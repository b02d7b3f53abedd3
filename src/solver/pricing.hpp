#pragma once
// The pricing step of column generation (lp_bound.hpp): among every crew the solver may form,
// the one whose value most exceeds the duals of its members, found exactly by branch and bound.
//
// A crew is a set of whole pinned units (Model::units) of --min..--max members that
// crew_allowed() accepts; its value is the sum of member_value() over its members, which is the
// very score the search adds for that crew (weights.hpp: the score is crew-additive).
#include <chrono>
#include <vector>

#include "solver/model.hpp"

namespace msol::solver {

struct Column {
  std::vector<int> units;    // indices into Model::units, ascending
  std::vector<int> members;  // the persons of those units, ascending
  int value = 0;             // sum of member_value() over the members
};

// The crew value of these members (any order): the sum of member_value() over them.
int crew_value(const Model& model, const std::vector<int>& members);

struct Priced {
  std::vector<Column> columns;  // some allowed crews of reduced cost above the threshold, best last
  double best = 0;        // when complete: the threshold, or the largest reduced cost above it
  bool complete = false;  // false when the deadline cut the search short: `best` proves nothing
};

class Pricer {
 public:
  explicit Pricer(const Model& model);  // O(units^2) once: pair weights' best prefix sums

  // The reduced cost of a crew C is value(C) - sum of duals[u] over its units u. Returns up to
  // 40 allowed crews of reduced cost above the threshold, always the best one when any exists;
  // when complete, no allowed crew has a reduced cost above `best`. With `enough` > 0 it may
  // stop (incomplete) once it has found that many: enough for another round of the master.
  Priced price(const std::vector<double>& duals, double threshold,
               std::chrono::steady_clock::time_point deadline, std::size_t enough = 0) const;

  const Model& model() const { return m_; }
  int unit_gain(int u, int v) const;  // both directions of every pair between the two units
  bool unit_apart(int u, int v) const;

 private:
  const Model& m_;
  std::vector<int> inner_;  // per unit: the gains among its own members
  // Per unit, top_[u][k]: the sum of the k largest positive unit_gain(u, v) over all v.
  std::vector<std::vector<int>> top_;
};

}  // namespace msol::solver
