#include "solver/progress.hpp"

#include <algorithm>

#include "solver/weights.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::chrono::milliseconds kReportEvery{100};

// Below this share of the budget an estimate of the time left is mostly noise.
constexpr double kEstimateFrom = 0.01;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// Without a seed the search ends at its deadline; with one, after a number of moves, so the
// time left is extrapolated from the slowest thread's pace.
double remaining(const std::vector<Sighting>& sightings, const Budget& budget,
                 Clock::time_point start, Clock::time_point now) {
  if (!budget.deterministic) return std::max(0.0, seconds(budget.deadline - now));
  double done = 1;
  for (const auto& s : sightings) done = std::min(done, s.done);
  double elapsed = seconds(now - start);
  if (done < kEstimateFrom) return std::max(0.0, seconds(budget.deadline - now));
  return elapsed * (1 - done) / done;
}

}  // namespace

void Watch::publish(const Sighting& s) {
  std::lock_guard lock(mutex_);
  last_ = s;
}

Sighting Watch::read() const {
  std::lock_guard lock(mutex_);
  return last_;
}

void Countdown::finished() {
  std::lock_guard lock(mutex_);
  if (--running_ == 0) done_.notify_all();
}

bool Countdown::wait_for(std::chrono::milliseconds step) {
  std::unique_lock lock(mutex_);
  return done_.wait_for(lock, step, [this] { return running_ == 0; });
}

Progress summarize(const std::vector<Sighting>& sightings, const Budget& budget, double bound,
                   Clock::time_point start, Clock::time_point now) {
  Progress p;
  p.bound = bound;
  p.elapsed_seconds = seconds(now - start);
  p.remaining_seconds = remaining(sightings, budget, start, now);
  const Sighting* best = nullptr;
  for (const auto& s : sightings)
    if (s.found && (best == nullptr || s.energy > best->energy)) best = &s;
  if (best == nullptr) return p;
  p.found = true;
  p.unplaced = best->unplaced;
  p.best_score = static_cast<double>(best->energy + weights::kUnplaced * best->unplaced);
  // The LP bound proven so far, in score units for partitions placing as many (formation.hpp).
  auto proven = budget.shared == nullptr ? SharedBound::kNone : budget.shared->bound();
  if (proven != SharedBound::kNone)
    p.bound = std::min(bound, static_cast<double>(proven + weights::kUnplaced * best->unplaced));
  return p;
}

void report_until_done(const std::vector<Watch>& watches, Countdown& running, const Budget& budget,
                       double bound, const Options& options, Clock::time_point start) {
  std::vector<Sighting> sightings(watches.size());
  while (!running.wait_for(kReportEvery)) {
    for (std::size_t i = 0; i < watches.size(); ++i) sightings[i] = watches[i].read();
    options.on_progress(summarize(sightings, budget, bound, start, Clock::now()));
  }
}

}  // namespace msol::solver
