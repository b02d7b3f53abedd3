// Only built with COIN-OR CLP (CMake option MSOL_LP_BOUND); see column_generation.hpp.
#ifdef MSOL_LP_BOUND
#include "solver/column_generation.hpp"

#include <ClpSimplex.hpp>
#include <algorithm>
#include <cmath>
#include <set>

#include "solver/lp_bound.hpp"
#include "solver/weights.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// A reduced cost at or below this is taken as zero: CLP's own dual tolerance is 1e-7.
constexpr double kPricingThreshold = 1e-6;

// Pricing may stop once it has this many improving crews: the master moves on with them, and
// only the last round (none left) must search everything, which it does anyway.
constexpr std::size_t kEnough = 12;

// The restricted master: minimise -(energy), one equality row per unit.
class Master {
 public:
  explicit Master(const Model& m) : m_(m) {
    lp_.setLogLevel(0);
    auto units = static_cast<int>(m.units.size());
    std::vector<CoinBigIndex> starts;
    std::vector<int> rows;
    std::vector<double> ones(idx(units), 1.0), cost, zero(idx(units), 0.0),
        unbounded(idx(units), COIN_DBL_MAX);
    for (int u = 0; u < units; ++u) {  // one "left out" column per unit
      starts.push_back(u);
      rows.push_back(u);
      cost.push_back(static_cast<double>(weights::kUnplaced) *
                     static_cast<double>(m.units[idx(u)].size()));
    }
    starts.push_back(units);
    lp_.loadProblem(units, units, starts.data(), rows.data(), ones.data(), zero.data(),
                    unbounded.data(), cost.data(), ones.data(), ones.data());
  }

  void add(const Column& c) {
    std::vector<double> ones(c.units.size(), 1.0);
    lp_.addColumn(static_cast<int>(c.units.size()), c.units.data(), ones.data(), 0.0, COIN_DBL_MAX,
                  -static_cast<double>(c.value));
  }

  // False when CLP stopped before an optimum (time, numerical trouble).
  bool solve(Clock::time_point deadline) {
    double left = std::chrono::duration<double>(deadline - Clock::now()).count();
    if (left <= 0) return false;
    lp_.setMaximumWallSeconds(left);
    lp_.primal();
    return lp_.isProvenOptimal();
  }

  double value() const { return -lp_.objectiveValue(); }

  // The crew columns' values, in the order they were added (the left-out ones come first).
  std::vector<double> solution() const {
    const double* x = lp_.primalColumnSolution();
    return {x + m_.units.size(), x + lp_.numberColumns()};
  }

  // The duals of the energy-maximising form: y = -(CLP's row duals). A left-out unit is worth
  // -kUnplaced per member, so no y below that can matter; clamping keeps the bound valid even
  // when CLP's duals are slightly off.
  std::vector<double> duals() const {
    const double* pi = lp_.dualRowSolution();
    std::vector<double> y;
    for (std::size_t u = 0; u < m_.units.size(); ++u)
      y.push_back(std::max(-pi[u], -static_cast<double>(weights::kUnplaced) *
                                       static_cast<double>(m_.units[u].size())));
    return y;
  }

 private:
  const Model& m_;
  ClpSimplex lp_;
};

Column column_of(const Model& m, std::vector<int> members) {
  std::sort(members.begin(), members.end());
  Column c;
  for (int x : members) c.units.push_back(m.unit_of[idx(x)]);
  std::sort(c.units.begin(), c.units.end());
  c.units.erase(std::unique(c.units.begin(), c.units.end()), c.units.end());
  c.value = crew_value(m, members);
  c.members = std::move(members);
  return c;
}

class Generation {
 public:
  Generation(const Model& m, const std::function<void(std::int64_t)>& on_bound)
      : m_(m), pricer_(m), master_(m), on_bound_(on_bound) {
    kappa_ = m.n / std::max(1, m.min_size);
  }

  void seed(const std::vector<std::vector<int>>& crews) {
    for (const auto& crew : crews)
      if (crew_allowed(m_, crew)) add(column_of(m_, crew));
  }

  NodeLp run(Clock::time_point deadline, const std::function<bool()>& stop) {
    while (!stop() && Clock::now() < deadline) {
      if (!master_.solve(deadline)) break;
      ++out_.rounds;
      out_.value = master_.value();
      out_.x = master_.solution();
      auto y = master_.duals();
      auto priced = pricer_.price(y, kPricingThreshold, deadline, kEnough);
      if (priced.complete)
        prove(y, priced.best);
      else if (priced.columns.empty())
        break;  // out of time
      int added = 0;
      for (auto& c : priced.columns) added += add(std::move(c)) ? 1 : 0;
      if (added == 0) {  // nothing above the threshold, or only crews the master already has
        out_.converged = true;
        break;
      }
    }
    out_.x.resize(out_.columns.size(), 0.0);  // columns added after the last solve are at 0
    return std::move(out_);
  }

 private:
  bool add(Column c) {
    if (!known_.insert(c.units).second) return false;
    master_.add(c);
    out_.columns.push_back(std::move(c));
    return true;
  }

  // Any partition's energy = sum of y + sum over its crews of their reduced costs + sum over
  // its left-out units of (-kUnplaced * size - y), and the last sum is <= 0 by duals().
  void prove(const std::vector<double>& y, double best_reduced) {
    double sum = 0, magnitude = 0;
    for (double v : y) {
      sum += v;
      magnitude += std::abs(v);
    }
    double bound = sum + kappa_ * std::max(0.0, best_reduced);
    auto energy = energy_floor(bound, magnitude + kappa_ * std::abs(best_reduced));
    out_.bound = std::min(out_.bound, energy);
    if (on_bound_) on_bound_(out_.bound);
  }

  const Model& m_;
  Pricer pricer_;
  Master master_;
  const std::function<void(std::int64_t)>& on_bound_;
  double kappa_ = 0;  // the most crews any partition has
  std::set<std::vector<int>> known_;
  NodeLp out_;
};

}  // namespace

NodeLp solve_lp(const Model& model, const std::vector<std::vector<int>>& seed,
                Clock::time_point deadline, const std::function<bool()>& stop,
                const std::function<void(std::int64_t)>& on_bound) {
  Generation g(model, on_bound);
  g.seed(seed);
  return g.run(deadline, stop);
}

}  // namespace msol::solver
#endif
