#pragma once
// Progress of searches running on other threads, for Options::on_progress. Each search only
// publishes what it has already found; nothing it reads depends on being watched, so a watched
// search gives the very same crews as an unwatched one.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "solver/anneal.hpp"
#include "solver/formation.hpp"

namespace msol::solver {

// What one search thread has found so far.
struct Sighting {
  bool found = false;       // a partition with every crew at --min or more
  std::int64_t energy = 0;  // its energy (state.hpp)
  int unplaced = 0;         // the members it leaves out
  double done = 0;          // the share of the budget used, 0..1
};

// One search thread's latest sighting: written by that thread, read by the reporting one.
class Watch {
 public:
  void publish(const Sighting& s);
  Sighting read() const;

 private:
  mutable std::mutex mutex_;
  Sighting last_;
};

// Counts finished search threads, so the reporting thread can wake as soon as all are done.
class Countdown {
 public:
  explicit Countdown(int running) : running_(running) {}
  void finished();
  // Waits at most `step`; true once every thread has finished.
  bool wait_for(std::chrono::milliseconds step);

 private:
  std::mutex mutex_;
  std::condition_variable done_;
  int running_;
};

// The searches as a person sees them: the best partition of any thread, the time left, and
// `bound` (the cheap one) lowered by what the LP (budget.shared) has proven so far.
Progress summarize(const std::vector<Sighting>& sightings, const Budget& budget, double bound,
                   std::chrono::steady_clock::time_point start,
                   std::chrono::steady_clock::time_point now);

// Calls options.on_progress about ten times a second until `running` reaches zero.
void report_until_done(const std::vector<Watch>& watches, Countdown& running, const Budget& budget,
                       double bound, const Options& options,
                       std::chrono::steady_clock::time_point start);

}  // namespace msol::solver
