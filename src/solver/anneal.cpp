#include "solver/anneal.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "solver/construct.hpp"
#include "solver/progress.hpp"
#include "solver/rng.hpp"
#include "solver/state.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

// Temperatures in score points: hot accepts losing a top want (12) about a third of the time,
// cold accepts nothing worse than a fraction of a point. Restarts reheat only to warm.
constexpr double kHot = 12.0;
constexpr double kWarm = 4.0;
constexpr double kCold = 0.3;
// Share of the budget for the first descent and each restart from the best partition.
constexpr double kRounds[] = {0.5, 0.25, 0.25};
// How far through a round (0..1) the stall rule starts to apply: past the hottest part.
constexpr double kStallFrom = 0.5;

class Annealer {
 public:
  Annealer(const Model& m, State& s, Rng& rng, const Budget& budget, Watch* watch)
      : m_(m), s_(s), rng_(rng), budget_(budget), watch_(watch), start_(Clock::now()) {
    note_best();
  }

  void run() {
    double done = 0;
    for (std::size_t r = 0; r < std::size(kRounds) && !cut_short_ && !proven(); ++r) {
      if (r > 0) s_.assign(best_);
      descend(r == 0 ? kHot : kWarm, done, kRounds[r]);
      done += kRounds[r];
      repair(s_, m_);
      note_best();
    }
  }

  SearchOutcome outcome() const {
    return {best_, best_energy_, evaluated_, budget_.deterministic && cut_short_};
  }

 private:
  // Anneals geometrically from `hot` to kCold over this round's `share` of the budget (the
  // rounds before it used `done`). The round ends early once it is kStallFrom through and
  // budget.stall_moves moves brought no new best: counted in moves, so seeded runs stay
  // deterministic, and a stalled round leaves its unused share unspent.
  void descend(double hot, double done, double share) {
    Round round{evaluated_, Clock::now(), share};
    last_best_at_ = evaluated_;
    double t = hot;
    for (std::uint64_t step = 0;; ++step) {
      if (step % 256 == 0) {
        double p = progress(round);
        if (watch_ != nullptr) publish(done + share * std::min(1.0, p));
        if (p >= 1 || stalled() || proven() || out_of_time()) return;
        if (p >= kStallFrom && evaluated_ - last_best_at_ > budget_.stall_moves) return;
        t = hot * std::pow(kCold / hot, p);
      }
      int kind = rng_.below(100);
      if (kind < 55)
        try_move(t);
      else if (kind < 85)
        try_swap(t);
      else if (kind < 96)
        try_eject(t);
      else if (kind < 98)
        try_dissolve(t);
      else
        try_open(t);
      ++attempts_;
    }
  }

  struct Round {
    std::uint64_t first_move;
    Clock::time_point start;
    double share;
  };

  // How far the round is, 0..1: its share of the moves, and without a seed also of the time
  // from the search's start to the deadline, whichever is further.
  double progress(const Round& round) const {
    double moves = round.share * static_cast<double>(budget_.moves);
    double work = moves <= 0 ? 1.0 : static_cast<double>(evaluated_ - round.first_move) / moves;
    if (budget_.deterministic) return work;
    std::chrono::duration<double> elapsed = Clock::now() - round.start;
    std::chrono::duration<double> total = budget_.deadline - start_;
    double time = total.count() <= 0 ? 1.0 : elapsed.count() / (round.share * total.count());
    return std::max(work, time);
  }

  // The deadline holds in every mode; with a seed, reaching it first is reported.
  bool out_of_time() {
    if (Clock::now() < budget_.deadline) return false;
    cut_short_ = true;
    return true;
  }

  // The best partition is optimal: nothing can replace it any more, so ending here gives the
  // very crews the whole budget would.
  // Without a seed there are no crews to reproduce, so any partition proven optimal (found by
  // another thread or by the LP) ends every search.
  bool proven() const {
    if (budget_.shared == nullptr) return false;
    if (!budget_.deterministic && budget_.shared->met()) return true;
    return !best_.empty() && best_energy_ >= budget_.shared->bound();
  }

  // A pool where hardly any move is allowed must still end (deterministically).
  bool stalled() const { return budget_.deterministic && attempts_ > 8 * budget_.moves + 4096; }

  int random_unit() {
    const auto& bin = s_.members(s_.bin());
    if (!bin.empty() && rng_.below(10) == 0) return m_.unit_of[pick(bin)];
    return m_.unit_of[static_cast<std::size_t>(rng_.below(m_.n))];
  }

  std::size_t pick(const std::vector<int>& list) {
    return static_cast<std::size_t>(
        list[static_cast<std::size_t>(rng_.below(static_cast<int>(list.size())))]);
  }

  // A crew worth trying for the unit: a wanted person's, sometimes an empty one, else any
  // person's. Returns -1 when the pick is useless (own crew, the bin, no empty crew).
  int target_crew(int u) {
    const auto& unit = m_.units[static_cast<std::size_t>(u)];
    int x = unit[static_cast<std::size_t>(rng_.below(static_cast<int>(unit.size())))];
    const auto& wants = m_.wants[static_cast<std::size_t>(x)];
    int r = rng_.below(100);
    int c;
    if (r < 60 && !wants.empty())
      c = s_.crew_of(m_.unit_of[pick(wants)]);
    else if (r < 65)
      c = s_.empty_crew(rng_.next());
    else
      c = s_.crew_of(m_.unit_of[static_cast<std::size_t>(rng_.below(m_.n))]);
    return c < 0 || c == s_.bin() || c == s_.crew_of(u) ? -1 : c;
  }

  int random_unit_in(int crew) { return m_.unit_of[pick(s_.members(crew))]; }

  bool accept(std::int64_t delta, double t) {
    ++evaluated_;
    return delta >= 0 || rng_.unit() < std::exp(static_cast<double>(delta) / t);
  }

  void try_move(double t) {
    int u = random_unit();
    int c = target_crew(u);
    if (c < 0 || !s_.can_join(u, c)) return;
    std::int64_t d = s_.move_delta(u, c);
    if (!accept(d, t)) return;
    s_.move(u, c, d);
    note_best();
  }

  // u joins crew c, v from c takes u's place.
  void try_swap(double t) {
    int u = random_unit();
    int c = target_crew(u);
    if (c < 0 || s_.size(c) == 0) return;
    int v = random_unit_in(c);
    int home = s_.crew_of(u);
    if (!s_.can_join(u, c, v)) return;
    second_move(u, c, v, home, t);
  }

  // u joins crew c and pushes v out to yet another crew.
  void try_eject(double t) {
    int u = random_unit();
    int c = target_crew(u);
    if (c < 0 || s_.size(c) == 0) return;
    int v = random_unit_in(c);
    if (!s_.can_join(u, c, v)) return;
    int to = target_crew(v);
    if (to >= 0) second_move(u, c, v, to, t);
  }

  // Applies u -> c, then v -> to if allowed and the pair is accepted; otherwise undoes u -> c.
  void second_move(int u, int c, int v, int to, double t) {
    int home = s_.crew_of(u);
    std::int64_t first = s_.move_delta(u, c);
    s_.move(u, c, first);
    if (to != c && s_.can_join(v, to)) {
      std::int64_t second = s_.move_delta(v, to);
      if (accept(first + second, t)) {
        s_.move(v, to, second);
        note_best();
        return;
      }
    }
    s_.move(u, home, -first);
  }

  // Moves every unit of one crew elsewhere at once: one member at a time would first have to
  // climb the undersize penalty.
  void try_dissolve(double t) {
    int c = s_.crew_of(m_.unit_of[static_cast<std::size_t>(rng_.below(m_.n))]);
    if (c == s_.bin()) return;
    std::int64_t total = 0;
    while (s_.size(c) > 0) {
      int u = random_unit_in(c);
      int to = joinable_target(u, c);
      if (to < 0) return undo();
      total += journal_move(u, to);
    }
    finish(total, t);
  }

  // Gathers units from other crews into an empty one until it reaches --min.
  void try_open(double t) {
    int e = s_.empty_crew(rng_.next());
    if (e < 0) return;
    std::int64_t total = 0;
    for (int tries = 0; s_.size(e) < m_.min_size && tries < 4 * m_.min_size; ++tries) {
      int u = random_unit();
      if (s_.crew_of(u) != e && s_.can_join(u, e)) total += journal_move(u, e);
    }
    if (s_.size(e) < m_.min_size) return undo();
    finish(total, t);
  }

  // A crew other than `not_this` that the unit may join, from a few targeted picks.
  int joinable_target(int u, int not_this) {
    for (int tries = 0; tries < 4; ++tries) {
      int c = target_crew(u);
      if (c >= 0 && c != not_this && s_.size(c) > 0 && s_.can_join(u, c)) return c;
    }
    return -1;
  }

  std::int64_t journal_move(int u, int to) {
    std::int64_t d = s_.move_delta(u, to);
    journal_.push_back({u, s_.crew_of(u), d});
    s_.move(u, to, d);
    return d;
  }

  void finish(std::int64_t total, double t) {
    if (!accept(total, t)) return undo();
    journal_.clear();
    note_best();
  }

  void undo() {
    for (auto it = journal_.rbegin(); it != journal_.rend(); ++it)
      s_.move(it->unit, it->from, -it->delta);
    journal_.clear();
  }

  void note_best() {
    if (!s_.feasible() || (!best_.empty() && s_.energy() <= best_energy_)) return;
    best_ = s_.assignment();
    best_energy_ = s_.energy();
    last_best_at_ = evaluated_;
    best_unplaced_ = s_.size(s_.bin());
    if (budget_.shared != nullptr) budget_.shared->found_energy(best_energy_);
  }

  void publish(double done) const {
    watch_->publish({!best_.empty(), best_energy_, best_unplaced_, std::min(1.0, done)});
  }

  const Model& m_;
  State& s_;
  Rng& rng_;
  Budget budget_;
  Watch* watch_;
  Clock::time_point start_;
  std::vector<int> best_;
  std::int64_t best_energy_ = 0;
  int best_unplaced_ = 0;
  std::uint64_t evaluated_ = 0;
  std::uint64_t last_best_at_ = 0;
  std::uint64_t attempts_ = 0;
  bool cut_short_ = false;
  struct Step {
    int unit;
    int from;
    std::int64_t delta;
  };
  std::vector<Step> journal_;  // the applied parts of a compound move, to undo it
};

}  // namespace

SearchOutcome anneal(const Model& model, const Budget& budget, std::uint64_t seed, bool shuffled,
                     Watch* watch) {
  Rng rng(seed);
  State state(model, crew_slots(model));
  construct(state, model, shuffled ? &rng : nullptr);
  Annealer annealer(model, state, rng, budget, watch);
  annealer.run();
  return annealer.outcome();
}

}  // namespace msol::solver
