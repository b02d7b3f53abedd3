#include "solver/formation.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "domain/errors.hpp"
#include "solver/anneal.hpp"
#include "solver/bound.hpp"
#include "solver/construct.hpp"
#include "solver/lp_bound.hpp"
#include "solver/progress.hpp"
#include "solver/reasons.hpp"
#include "solver/report.hpp"
#include "solver/state.hpp"
#include "solver/weights.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

// The work budget. One thread evaluates about kMovesPerSecond moves per second on the 2-core
// reference machine (bench/), whatever n is, because a move costs O(crew size); so a budget of
// time_limit * kMovesPerSecond moves takes about time_limit seconds there, and the same number
// of moves, hence with a seed the same crews, anywhere it finishes before the deadline. Small
// pools need far less, so the budget is also capped at kMovesPerMember per member (n = 24
// reached CBC's optimum within 0.75 M moves in bench/).
constexpr double kMovesPerSecond = 1.5e6;
constexpr double kMovesPerMember = 5e4;
// A round stalls after this many moves per member without a new best (at least kStallFloor).
constexpr std::uint64_t kStallPerMember = 5000;
constexpr std::uint64_t kStallFloor = 50000;
// The search ends by this share of the time limit, counted from the command's start, less as
// much time again as the command took before the search began (starting, loading the file,
// building the model): about what the report, printing, saving and exiting take after it. So
// the whole command stays within the limit even where a busy machine slows all of it down.
constexpr double kSearchShare = 0.85;

// Up to this many members the LP bound usually converges within the default 2 s (bench/: n = 40
// in 0.16 s, n = 100 not within 60 s), so it shares the cores equally with the searches. Above
// it, it runs at the lowest priority: on a 2-core machine an equal share took a third of the
// searches' CPU for a bound that would not arrive, and the crews came out worse.
constexpr int kLpForegroundMembers = 60;

// The calling thread's scheduling priority, lowered as far as it goes (Linux keeps a nice value
// per thread); elsewhere nothing changes.
void yield_to_searches() {
#ifdef __linux__
  ::setpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)), 19);
#endif
}

Budget budget_for(const Options& o, int n, Clock::time_point search_start) {
  Budget b;
  b.deterministic = o.deterministic;
  auto begun = o.started.value_or(search_start);
  auto limit = std::chrono::duration<double>(kSearchShare * std::max(0.0, o.time_limit_seconds));
  b.deadline = std::max(search_start, begun + std::chrono::duration_cast<Clock::duration>(limit) -
                                          (search_start - begun));
  double moves = std::min(o.time_limit_seconds * kMovesPerSecond, n * kMovesPerMember);
  b.moves = static_cast<std::uint64_t>(std::max(0.0, moves));
  b.stall_moves = std::max(kStallFloor, kStallPerMember * static_cast<std::uint64_t>(n));
  return b;
}

std::vector<std::vector<int>> crews_of(const Model& m, const std::vector<int>& assignment) {
  std::vector<std::vector<int>> crews(static_cast<std::size_t>(crew_slots(m)));
  for (std::size_t u = 0; u < assignment.size(); ++u)
    if (assignment[u] < crew_slots(m))
      for (int x : m.units[u]) crews[static_cast<std::size_t>(assignment[u])].push_back(x);
  std::erase_if(crews, [](const std::vector<int>& c) { return c.empty(); });
  return crews;
}

// The greedy partition the searches start from: the LP's first crews.
std::vector<std::vector<int>> greedy_crews(const Model& m) {
  State state(m, crew_slots(m));
  construct(state, m, nullptr);
  return crews_of(m, state.assignment());
}

// Each thread has its own seed, start and budget, so with a seed its outcome never depends on
// how the threads are scheduled, nor on whether anyone watches its progress, nor on when the LP
// bound (which runs beside them on its own thread, to their deadline) proves theirs optimal.
std::vector<SearchOutcome> search(const Model& m, const Options& o, double bound,
                                  Clock::time_point start, SharedBound& shared, LpOutcome& lp) {
  auto threads = static_cast<std::size_t>(std::max(1, o.threads));
  Budget budget = budget_for(o, m.n, Clock::now());
  budget.shared = &shared;
  std::vector<SearchOutcome> outcomes(threads);
  std::vector<std::exception_ptr> errors(threads + 2);  // then the LP's and the callback's
  std::vector<Watch> watches(threads);
  Countdown running(static_cast<int>(threads));
  std::vector<std::thread> pool;
  for (std::size_t k = 0; k < threads; ++k)
    pool.emplace_back([&, k] {
      try {
        auto seed = o.seed + 0x9e3779b97f4a7c15ULL * k;
        outcomes[k] = anneal(m, budget, seed, k > 0, o.on_progress ? &watches[k] : nullptr);
      } catch (...) {
        errors[k] = std::current_exception();
      }
      running.finished();
    });
  pool.emplace_back([&] {
    try {
      if (m.n > kLpForegroundMembers) yield_to_searches();
      lp = lp_bound(m, greedy_crews(m), budget.deadline, shared);
    } catch (...) {
      errors[threads] = std::current_exception();
    }
  });
  try {
    if (o.on_progress) report_until_done(watches, running, budget, bound, o, start);
  } catch (...) {
    errors.back() = std::current_exception();
  }
  for (auto& thread : pool) thread.join();
  for (auto& error : errors)
    if (error) std::rethrow_exception(error);
  return outcomes;
}

// Best energy wins; among equals the lowest thread, so the choice is deterministic too.
const SearchOutcome& best_of(const std::vector<SearchOutcome>& outcomes) {
  const SearchOutcome* best = &outcomes.front();
  for (auto& o : outcomes)
    if (o.energy > best->energy) best = &o;
  return *best;
}

// The LP bounds energy; in score units that is a bound for the partitions leaving out at most
// as many members as ours (each one left out costs kUnplaced energy), the only ones that could
// rank above it. The cheap bound holds for every partition, so the lower of the two holds.
void settle_bound(Result& r, double cheap, std::int64_t energy_bound) {
  r.bound = cheap;
  if (energy_bound != SharedBound::kNone)
    r.bound = std::min(
        cheap, static_cast<double>(energy_bound) + static_cast<double>(weights::kUnplaced) *
                                                       static_cast<double>(r.unplaced.size()));
  r.optimal = r.score >= r.bound;
  if (r.optimal) r.bound = r.score;
}

}  // namespace

Result form_crews(const Instance& instance, const Options& options) {
  auto start = Clock::now();
  Model model = build_model(instance);
  if (model.n < model.min_size) throw Failure(no_crew_message(model, instance, options));
  double bound = upper_bound(model);
  SharedBound shared;
  LpOutcome lp;
  auto outcomes = search(model, options, bound, start, shared, lp);
  const auto& best = best_of(outcomes);
  // Without a seed the LP's partition wins when it is better; with one the crews must not depend
  // on how far the LP got in the time.
  bool lp_better = !options.deterministic && !lp.crews.empty() && lp.crews_energy > best.energy;
  Result result = make_result(model, instance,
                              lp_better ? lp.crews : crews_of(model, best.assignment), options);
  if (result.crews.empty()) throw Failure(no_crew_message(model, instance, options));
  settle_bound(result, bound, shared.bound());
  result.lp_bound = shared.bound() != SharedBound::kNone;
  result.lp_converged = lp.converged;
  for (auto& o : outcomes) {
    result.moves_evaluated += o.moves;
    result.cut_short = result.cut_short || o.cut_short;
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return result;
}

std::string describe(UnmetReason reason) {
  switch (reason) {
    case UnmetReason::NotInPool:
      return "not in the pool";
    case UnmetReason::Avoid:
      return "an avoid keeps them apart";
    case UnmetReason::NoCommonSlot:
      return "no common slot";
    case UnmetReason::Size:
      return "crew size limits";
    case UnmetReason::TradeOff:
      return "traded off for a better overall result";
  }
  return "unknown";
}

}  // namespace msol::solver
