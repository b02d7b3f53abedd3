#pragma once
// Crew formation as a pure optimisation problem: an instance of people with preferences in,
// a partition into crews with its score, bound and explanation out. No I/O here.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace msol::solver {

struct Person {
  std::string name;
  std::vector<int> wants;   // indices into Instance::people, highest priority first
  std::vector<int> avoids;  // indices; an avoid in either direction keeps two people apart
  std::vector<std::string> interests;
  std::vector<std::string> slots;  // empty: this person gave no slots
  int pref_min = 3;                // preferred crew size (soft), inside Instance min..max
  int pref_max = 8;
};

struct PastPair {
  int a = 0;
  int b = 0;
  int times = 0;  // how many of the recent formations put a and b in one crew
};

struct Instance {
  std::vector<Person> people;
  int min_size = 3;
  int max_size = 8;
  std::vector<std::vector<int>> together;  // pinned groups: each must share one crew
  std::vector<PastPair> history;
};

// A look at a search under way, for a progress display. Watching never changes the result.
struct Progress {
  bool found = false;     // whether a partition with every crew at --min or more exists yet
  double best_score = 0;  // the score of the best such partition so far
  int unplaced = 0;       // the members it leaves out
  double bound = 0;       // no partition can score more than this
  double elapsed_seconds = 0;
  double remaining_seconds = 0;  // with a seed, estimated from the work done so far
};

struct Options {
  std::uint64_t seed = 1;
  // With a seed the search stops after a fixed amount of work, so the same input gives the same
  // crews on any machine; without one it runs until the time limit.
  bool deterministic = false;
  double time_limit_seconds = 2.0;
  int threads = 2;
  // When set, called about ten times a second, always from the thread that called form_crews.
  std::function<void(const Progress&)> on_progress;
};

enum class UnmetReason { NotInPool, Avoid, NoCommonSlot, Size, TradeOff };

struct WantOutcome {
  int target = 0;
  bool met = false;
  UnmetReason reason = UnmetReason::TradeOff;  // meaningful only when !met
};

struct MemberReport {
  int person = 0;
  std::vector<WantOutcome> wants;
  double score = 0;  // this member's share of the total score
};

struct CrewResult {
  std::vector<int> members;
  std::vector<std::string> shared_slots;
  std::vector<std::string> shared_interests;
  std::vector<PastPair> repeats;  // pairs placed together again, with how often before
};

struct Unplaced {
  int person = 0;
  std::string reason;  // why, and the host's options (grow a crew, wait for the next round)
};

struct Result {
  std::vector<CrewResult> crews;
  std::vector<Unplaced> unplaced;
  std::vector<MemberReport> members;  // one per person of the instance, in instance order
  double score = 0;
  double worst_off = 0;  // the lowest member score
  // No partition that places as many members as this one scores more than `bound` (those that
  // place fewer rank below it whatever their score): the LP bound (lp_bound.hpp) when it is
  // lower than the cheap one (bound.hpp). Equal to `score` exactly when `optimal`.
  double bound = 0;
  bool optimal = false;       // proven: no partition ranks above this one
  bool lp_bound = false;      // the LP ran (built with CLP) and proved a bound in time
  bool lp_converged = false;  // ... and reached the LP optimum, so the gap left is integrality
  double seconds = 0;
  std::uint64_t moves_evaluated = 0;
};

// Throws msol::Failure naming the members and the constraint when no crew can be formed at all
// (e.g. the pool is below min_size, or pinned members avoid each other).
Result form_crews(const Instance& instance, const Options& options);

std::string describe(UnmetReason reason);

}  // namespace msol::solver
