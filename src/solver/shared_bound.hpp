#pragma once
// What the LP bound (lp_bound.hpp) and the search threads (anneal.hpp) tell each other while
// both run: the best energy bound proven so far and the best energy found so far. A search
// stops once its own best meets the bound (it is then optimal, and since a search only ever
// replaces its best by a strictly better one, stopping never changes its crews); the LP stops
// once any search has met it.
#include <atomic>
#include <cstdint>
#include <limits>

namespace msol::solver {

class SharedBound {
 public:
  static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::max();

  std::int64_t bound() const { return bound_.load(std::memory_order_relaxed); }
  std::int64_t found() const { return found_.load(std::memory_order_relaxed); }
  bool met() const { return found() >= bound(); }

  // No partition has more energy than `energy` (state.hpp); keeps the lowest such claim.
  void lower_bound_to(std::int64_t energy) {
    auto now = bound();
    while (energy < now && !bound_.compare_exchange_weak(now, energy)) {
    }
  }
  // A search found a feasible partition of this energy; keeps the highest.
  void found_energy(std::int64_t energy) {
    auto now = found();
    while (energy > now && !found_.compare_exchange_weak(now, energy)) {
    }
  }

 private:
  std::atomic<std::int64_t> bound_{kNone};
  std::atomic<std::int64_t> found_{std::numeric_limits<std::int64_t>::min()};
};

}  // namespace msol::solver
