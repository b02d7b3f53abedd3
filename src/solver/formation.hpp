#pragma once
// Crew formation as a pure optimisation problem: an instance of people with preferences in,
// a partition into crews with its score, bound and explanation out. No I/O here.
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
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
  int times = 0;  // how many crews a and b shared within the history window
  // The same crews weighed by how recent each was, from 1 (now) down to 0.5 (the window's edge);
  // 0 means "unweighted": each of `times` counts 1. Fresh mixes penalise the pair by this.
  double weight = 0;
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

// Other crew sizes to suggest to the host, with whether they need --force-size (outside 3..8).
struct Resize {
  int min_size = 3;
  int max_size = 8;
};

struct Options {
  std::uint64_t seed = 1;
  // With a seed the search stops after a fixed amount of work, so the same input gives the same
  // crews on any machine, unless the time limit cuts it short (Result::cut_short). Without one
  // it stops at the same amount of work or at the time limit, whichever comes first. Either
  // way it stops early once it has stalled (deterministically: counted in moves).
  bool deterministic = false;
  double time_limit_seconds = 2.0;
  // When the whole command began: the time limit counts from here. Unset: from form_crews' start.
  std::optional<std::chrono::steady_clock::time_point> started;
  // How the host would ask for other sizes, as a command they can run; used in the options of
  // unplaced and infeasibility messages. Unset: "--min A --max B".
  std::function<std::string(const Resize&)> rerun;
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
  double worst_off = 0;                // the lowest member score
  std::vector<int> worst_off_members;  // the placed members who have it, in instance order
  // No partition that places as many members as this one scores more than `bound` (those that
  // place fewer rank below it whatever their score): the LP bound (lp_bound.hpp) when it is
  // lower than the cheap one (bound.hpp). Equal to `score` exactly when `optimal`.
  double bound = 0;
  bool optimal = false;       // proven: no partition ranks above this one
  bool lp_bound = false;      // the LP ran (built with CLP) and proved a bound in time
  bool lp_converged = false;  // ... and reached the LP optimum, so the gap left is integrality
  double seconds = 0;
  std::uint64_t moves_evaluated = 0;
  bool cut_short = false;  // a seeded search hit the time limit before its work budget
};

// Throws msol::Failure naming the members, the constraint that blocks and the options when no
// crew can be formed at all (e.g. the pool is below min_size, or pinned members avoid each other).
Result form_crews(const Instance& instance, const Options& options);

std::string describe(UnmetReason reason);

}  // namespace msol::solver
