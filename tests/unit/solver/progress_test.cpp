// Watching a search shows its progress and never changes its result.
#include "solver/progress.hpp"

#include <doctest/doctest.h>

#include <string>

#include "solver/weights.hpp"

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

// Enough people for a search that runs long enough to be watched a few times.
Instance ring(int n) {
  Instance in;
  for (int i = 0; i < n; ++i) {
    Person p;
    p.name = "P" + std::to_string(i);
    p.wants = {(i + 1) % n, (7 * i + 3) % n};
    p.interests = {"i" + std::to_string(i % 5)};
    in.people.push_back(p);
  }
  return in;
}

TEST_CASE("a watched seeded search gives the same crews as an unwatched one") {
  Instance in = ring(16);
  Options o;
  o.seed = 3;
  o.deterministic = true;
  o.time_limit_seconds = 60;  // far more than the work budget needs, even on a loaded machine
  Result plain = form_crews(in, o);
  REQUIRE_FALSE(plain.cut_short);
  int reports = 0;
  o.on_progress = [&](const Progress& p) {
    ++reports;
    CHECK(p.bound >= plain.bound);  // the LP may lower it while the search runs
    if (p.found) CHECK(p.best_score <= p.bound);
  };
  Result watched = form_crews(in, o);
  REQUIRE(watched.crews.size() == plain.crews.size());
  for (std::size_t i = 0; i < plain.crews.size(); ++i)
    CHECK(watched.crews[i].members == plain.crews[i].members);
  CHECK(watched.score == plain.score);
  CHECK(reports > 0);
}

TEST_CASE("the summary takes the best thread and its score without the unplaced penalty") {
  Budget b;
  auto start = Clock::now();
  b.deadline = start + std::chrono::seconds(2);
  std::vector<Sighting> s = {{true, 40, 0, 0.5}, {true, 55 - weights::kUnplaced, 1, 0.5}, {}};
  Progress p = summarize(s, b, 80, start, start + std::chrono::milliseconds(500));
  CHECK(p.found);
  CHECK(p.best_score == 40);
  CHECK(p.unplaced == 0);
  CHECK(p.bound == 80);
  SharedBound lp;  // the LP proved no partition has energy above 60
  lp.lower_bound_to(60);
  b.shared = &lp;
  CHECK(summarize(s, b, 80, start, start).bound == 60);  // the best places everyone
  CHECK(p.elapsed_seconds == doctest::Approx(0.5));
  CHECK(p.remaining_seconds == doctest::Approx(1.5));
}

TEST_CASE("with a seed the time left follows the slowest thread's pace") {
  Budget b;
  b.deterministic = true;
  auto start = Clock::now();
  b.deadline = start + std::chrono::seconds(10);
  std::vector<Sighting> s = {{false, 0, 0, 0.5}, {false, 0, 0, 0.25}};
  Progress p = summarize(s, b, 10, start, start + std::chrono::seconds(1));
  CHECK_FALSE(p.found);
  CHECK(p.remaining_seconds == doctest::Approx(3.0));
}

}  // namespace
}  // namespace msol::solver
