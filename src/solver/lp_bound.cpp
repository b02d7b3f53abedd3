#include "solver/lp_bound.hpp"

#include <cmath>

#ifdef MSOL_LP_BOUND
#include <ClpSimplex.hpp>
#include <CoinError.hpp>
#include <algorithm>
#include <set>

#include "solver/pricing.hpp"
#include "solver/weights.hpp"
#endif

namespace msol::solver {

std::int64_t energy_floor(double bound, double magnitude) {
  return static_cast<std::int64_t>(std::floor(bound + 1e-6 + 1e-12 * magnitude));
}

#ifdef MSOL_LP_BOUND
namespace {

using Clock = std::chrono::steady_clock;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

// A reduced cost at or below this is taken as zero: CLP's own dual tolerance is 1e-7.
constexpr double kPricingThreshold = 1e-6;

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
  Generation(const Model& m, SharedBound& shared) : m_(m), pricer_(m), master_(m), shared_(shared) {
    kappa_ = m.n / std::max(1, m.min_size);
  }

  void seed(const std::vector<std::vector<int>>& crews) {
    for (const auto& crew : crews)
      if (crew_allowed(m_, crew)) add(column_of(m_, crew));
  }

  LpOutcome run(Clock::time_point deadline) {
    out_.available = true;
    while (!shared_.met() && Clock::now() < deadline) {
      if (!master_.solve(deadline)) break;
      ++out_.rounds;
      out_.lp_value = master_.value();
      auto y = master_.duals();
      auto priced = pricer_.price(y, kPricingThreshold, deadline);
      if (!priced.complete) break;
      prove(y, priced.best);
      int added = 0;
      for (auto& c : priced.columns) added += add(std::move(c)) ? 1 : 0;
      if (added == 0) {  // nothing above the threshold, or only crews the master already has
        out_.converged = true;
        break;
      }
    }
    return out_;
  }

  LpOutcome outcome() const { return out_; }

 private:
  bool add(Column c) {
    if (!known_.insert(c.units).second) return false;
    master_.add(c);
    ++out_.columns;
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
    out_.energy_bound = std::min(out_.energy_bound, energy);
    shared_.lower_bound_to(energy);
  }

  const Model& m_;
  Pricer pricer_;
  Master master_;
  SharedBound& shared_;
  double kappa_ = 0;  // the most crews any partition has
  std::set<std::vector<int>> known_;
  LpOutcome out_;
};

}  // namespace

LpOutcome lp_bound(const Model& model, const std::vector<std::vector<int>>& start,
                   std::chrono::steady_clock::time_point deadline, SharedBound& shared) {
  if (model.units.empty()) return {};
  Generation g(model, shared);
  try {
    g.seed(start);
    return g.run(deadline);
  } catch (const CoinError&) {
    return g.outcome();  // CLP gave up: keep what the finished rounds proved
  }
}

#else  // built with -DMSOL_LP_BOUND=OFF: the cheap bound (bound.hpp) only

LpOutcome lp_bound(const Model&, const std::vector<std::vector<int>>&,
                   std::chrono::steady_clock::time_point, SharedBound&) {
  return {};
}

#endif

}  // namespace msol::solver
