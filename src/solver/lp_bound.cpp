#include "solver/lp_bound.hpp"

#include <cmath>

#ifdef MSOL_LP_BOUND
#include <CoinError.hpp>
#include <algorithm>
#include <map>
#include <optional>
#include <queue>

#include "solver/column_generation.hpp"
#include "solver/weights.hpp"
#endif

namespace msol::solver {

bool lp_bound_built() {
#ifdef MSOL_LP_BOUND
  return true;
#else
  return false;
#endif
}

std::int64_t energy_floor(double bound, double magnitude) {
  return static_cast<std::int64_t>(std::floor(bound + 1e-6 + 1e-12 * magnitude));
}

#ifdef MSOL_LP_BOUND
namespace {

using Clock = std::chrono::steady_clock;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

constexpr double kIntegral = 1e-6;

// Two units whose sharing a crew is most fractional in the LP solution (Ryan and Foster's
// branching), as one person of each; none when every pair shares a crew wholly or not at all.
std::optional<std::pair<int, int>> branching_pair(const Model& m, const NodeLp& lp) {
  std::map<std::pair<int, int>, double> together;
  for (std::size_t c = 0; c < lp.columns.size(); ++c) {
    if (lp.x[c] < kIntegral) continue;
    const auto& units = lp.columns[c].units;
    for (std::size_t i = 0; i < units.size(); ++i)
      for (std::size_t j = i + 1; j < units.size(); ++j) together[{units[i], units[j]}] += lp.x[c];
  }
  std::optional<std::pair<int, int>> best;
  double closest = 0.5;
  for (const auto& [pair, share] : together)
    if (share > kIntegral && share < 1 - kIntegral && std::abs(share - 0.5) < closest) {
      closest = std::abs(share - 0.5);
      best = {m.units[idx(pair.first)][0], m.units[idx(pair.second)][0]};
    }
  return best;
}

// One branching decision: persons a and b share a crew (or are both left out: their units
// pinned as one), or never do (an avoid between their units).
struct Decision {
  int a;
  int b;
  bool together;
};

void apply(Model& m, const Decision& d) {
  int ua = m.unit_of[idx(d.a)];
  int ub = m.unit_of[idx(d.b)];
  if (!d.together) {
    for (int x : m.units[idx(ua)])
      for (int y : m.units[idx(ub)]) {
        m.links[idx(x) * idx(m.n) + idx(y)].flags |= kApart;
        m.links[idx(y) * idx(m.n) + idx(x)].flags |= kApart;
      }
    return;
  }
  auto moved = m.units[idx(ub)];
  m.units[idx(ua)].insert(m.units[idx(ua)].end(), moved.begin(), moved.end());
  m.units.erase(m.units.begin() + ub);
  for (std::size_t u = 0; u < m.units.size(); ++u)
    for (int x : m.units[u]) m.unit_of[idx(x)] = static_cast<int>(u);
}

std::vector<std::vector<int>> crews_of(const NodeLp& lp) {
  std::vector<std::vector<int>> out;
  for (const auto& c : lp.columns) out.push_back(c.members);
  return out;
}

// An open branch keeps its decisions, not its model: at n = 2000 a model is 16 MB.
struct Node {
  std::int64_t bound;  // no partition of this branch has more energy
  std::vector<Decision> path;
  NodeLp lp;
  bool operator<(const Node& other) const { return bound < other.bound; }
};

// Branch and price, best bound first: the LP relaxation at the root, then Ryan-Foster branches
// until the highest open bound meets the best partition a search found (or time runs out).
// Every branch's bound is valid for its part of the partitions, so the highest over the open
// branches (and the settled ones, whose LP is integral) is valid for all.
class Tree {
 public:
  Tree(const Model& root, SharedBound& shared) : root_(root), shared_(shared) {}

  LpOutcome run(const std::vector<std::vector<int>>& start, Clock::time_point deadline) {
    out_.available = true;
    auto lp = solve_lp(root_, start, deadline, stop_, [this](std::int64_t b) { publish(b); });
    out_.converged = lp.converged;
    out_.lp_value = lp.value;
    out_.rounds = lp.rounds;
    out_.columns = static_cast<int>(lp.columns.size());
    if (!lp.converged) return out_;
    open_.push({lp.bound, {}, std::move(lp)});
    while (!open_.empty() && !stop_() && Clock::now() < deadline) {
      Node node = open_.top();
      open_.pop();
      branch(node, deadline);
      publish(highest());
    }
    return out_;
  }

 private:
  Model model_of(const std::vector<Decision>& path) const {
    Model m = root_;
    for (const auto& d : path) apply(m, d);
    return m;
  }

  void branch(const Node& node, Clock::time_point deadline) {
    Model here = model_of(node.path);
    auto pair = branching_pair(here, node.lp);
    if (!pair) {  // integral: the branch's best partition is known
      settled_ = std::max(settled_, node.bound);
      keep_partition(node.lp);
      return;
    }
    for (bool together : {true, false}) {
      Decision d{pair->first, pair->second, together};
      Model child = here;
      apply(child, d);
      auto lp = solve_lp(child, crews_of(node.lp), deadline, stop_, {});
      ++out_.nodes;
      auto bound = std::min(node.bound, lp.bound);
      if (bound <= shared_.found()) continue;  // a search already has a partition this good
      auto path = node.path;
      path.push_back(d);
      open_.push({bound, std::move(path), std::move(lp)});
    }
  }

  // An integral LP solution is a partition (crews allowed in a branch are allowed at the root,
  // and worth the same); the best one goes to the caller and counts as found.
  void keep_partition(const NodeLp& lp) {
    std::vector<std::vector<int>> crews;
    std::int64_t energy = 0;
    int placed = 0;
    for (std::size_t c = 0; c < lp.columns.size(); ++c)
      if (lp.x[c] > 0.5) {
        crews.push_back(lp.columns[c].members);
        energy += lp.columns[c].value;
        placed += static_cast<int>(lp.columns[c].members.size());
      }
    energy -= weights::kUnplaced * (root_.n - placed);
    if (!out_.crews.empty() && energy <= out_.crews_energy) return;
    out_.crews = std::move(crews);
    out_.crews_energy = energy;
    shared_.found_energy(energy);
  }

  // The bound over every branch: branches pruned by a search's partition are at most its energy.
  std::int64_t highest() const {
    auto best = std::max(settled_, shared_.found());
    return open_.empty() ? best : std::max(best, open_.top().bound);
  }

  void publish(std::int64_t bound) {
    out_.energy_bound = std::min(out_.energy_bound, bound);
    shared_.lower_bound_to(bound);
  }

  const Model& root_;
  SharedBound& shared_;
  std::function<bool()> stop_ = [this] { return shared_.met(); };
  std::priority_queue<Node> open_;
  std::int64_t settled_ = std::numeric_limits<std::int64_t>::min();
  LpOutcome out_;
};

}  // namespace

LpOutcome lp_bound(const Model& model, const std::vector<std::vector<int>>& start,
                   std::chrono::steady_clock::time_point deadline, SharedBound& shared) {
  if (model.units.empty()) return {};
  Tree tree(model, shared);
  try {
    return tree.run(start, deadline);
  } catch (const CoinError&) {
    LpOutcome failed;  // CLP gave up; what it proved before is already in `shared`
    failed.energy_bound = shared.bound();
    return failed;
  }
}

#else  // built with -DMSOL_LP_BOUND=OFF: the cheap bound (bound.hpp) only

LpOutcome lp_bound(const Model&, const std::vector<std::vector<int>>&,
                   std::chrono::steady_clock::time_point, SharedBound&) {
  return {};
}

#endif

}  // namespace msol::solver
