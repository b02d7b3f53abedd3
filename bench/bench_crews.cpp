// Crew-formation benchmark: generated pools from n = 12 to 2000. Pools of 12-30 run with the
// default 2 s limit and count how many the LP bound proves optimal and the worst gap left;
// with --cbc their optima are also checked against CBC's. n = 200 in 2 s is compared with a
// long run; n = 2000 must fit 10 s and 100 MB. Prints Markdown tables. See scripts/bench-crews.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "exact.hpp"
#include "generator.hpp"
#include "measure.hpp"
#include "solver/weights.hpp"

namespace {

using msol::bench::Measurement;

struct Settings {
  std::string dir = "/tmp/msol-bench";
  double reference_seconds = 10;  // --long: 60
  int small_count = 20;           // --quick: 3
  bool cbc = false;               // --cbc: check the small pools against CBC's optima
};

msol::solver::Options wall_clock(double seconds) {
  msol::solver::Options o;
  o.time_limit_seconds = seconds;
  return o;
}

std::string load() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return fmt::format("load average {} {} {} on {} cores", one, five, fifteen,
                     std::thread::hardware_concurrency());
}

double gap_percent(double bound, double ours) {
  return bound == ours ? 0.0 : 100.0 * (bound - ours) / std::max(1.0, std::abs(bound));
}

void header() {
  fmt::print(
      "| instance | n | score | bound | gap | optimal | wants met | none met | unplaced | seconds "
      "| peak MB | reference |\n");
  fmt::print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
}

void row(const std::string& name, int n, const Measurement& m, const std::string& reference) {
  fmt::print(
      "| {} | {} | {:.0f} | {:.0f} | {:.2f}% | {} | {}/{} | {} | {} | {:.2f} | {:.1f} | {} |\n",
      name, n, m.score, m.bound, gap_percent(m.bound, m.score),
      m.optimal ? "yes" : (m.lp_converged ? "no (LP done)" : "no"), m.wants_met, m.wants,
      m.without_any, m.unplaced, m.seconds, m.peak_kb / 1024.0, m.ok ? reference : "solver failed");
  std::fflush(stdout);
}

struct Tally {
  int pools = 0;
  int optimal = 0;
  double worst_gap = 0;
  std::vector<double> seconds;
  int cbc_checked = 0;
  int cbc_disagree = 0;  // claimed optimal but CBC knows better, or bound below CBC's optimum
};

std::string check_with_cbc(const msol::solver::Instance& in, const Measurement& m,
                           const std::string& lp, Tally& t) {
  auto exact = msol::bench::solve_exact(in, lp, 300);
  if (!exact.proven)
    return fmt::format("CBC: {}", exact.status.empty() ? "no answer" : exact.status);
  ++t.cbc_checked;
  double bound_energy =
      m.bound - static_cast<double>(msol::solver::weights::kUnplaced) * m.unplaced;
  bool wrong = (m.optimal && exact.energy > m.energy) || bound_energy < exact.energy;
  t.cbc_disagree += wrong ? 1 : 0;
  return fmt::format("CBC optimum {:.0f} in {:.1f} s{}", exact.energy, exact.seconds,
                     wrong ? " DISAGREES" : "");
}

// Pools of 12-30 at the default 2 s, crews of 3-5 (the sizes where hosts form crews by hand).
void small_series(int n, const Settings& s, Tally& t) {
  for (int k = 1; k <= s.small_count; ++k) {
    auto instance = msol::bench::generate(n, 3, 5, static_cast<std::uint64_t>(n * 1000 + k));
    Measurement m = msol::bench::measure(instance, wall_clock(2));
    ++t.pools;
    t.optimal += m.optimal ? 1 : 0;
    t.worst_gap = std::max(t.worst_gap, gap_percent(m.bound, m.score));
    t.seconds.push_back(m.seconds);
    std::string reference = "2 s limit";
    if (s.cbc) reference = check_with_cbc(instance, m, fmt::format("{}/n{}-{}.lp", s.dir, n, k), t);
    row(fmt::format("n{}-{}", n, k), n, m, reference);
  }
}

void large(int n, double seconds) {
  auto instance = msol::bench::generate(n, 3, 8, static_cast<std::uint64_t>(n));
  row(fmt::format("n{}", n), n, msol::bench::measure(instance, wall_clock(seconds)),
      fmt::format("{} s limit", seconds));
}

// n = 200: a 2 s run against a long one, the best this solver knows.
void versus_long(const Settings& s) {
  auto instance = msol::bench::generate(200, 3, 8, 200);
  Measurement quick = msol::bench::measure(instance, wall_clock(2));
  Measurement slow = msol::bench::measure(instance, wall_clock(s.reference_seconds));
  row("n200 (2 s)", 200, quick,
      fmt::format("{:.3f}% below the {:.0f} s run", gap_percent(slow.energy, quick.energy),
                  s.reference_seconds));
  row(fmt::format("n200 ({:.0f} s)", s.reference_seconds), 200, slow, "reference");
}

Settings parse(int argc, char** argv) {
  Settings s;
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "--long") == 0) s.reference_seconds = 60;
    if (std::strcmp(argv[k], "--quick") == 0) s.small_count = 3;
    if (std::strcmp(argv[k], "--cbc") == 0) s.cbc = true;
    if (std::strcmp(argv[k], "--out") == 0 && k + 1 < argc) s.dir = argv[++k];
  }
  return s;
}

void summary(const Tally& t) {
  auto sorted = t.seconds;
  std::sort(sorted.begin(), sorted.end());
  double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
  fmt::print(
      "\nPools of 12-30 at a 2 s limit: proven optimal {}/{}, worst gap {:.2f}%, median time "
      "{:.2f} s, slowest {:.2f} s.\n",
      t.optimal, t.pools, t.worst_gap, median, sorted.empty() ? 0 : sorted.back());
  if (t.cbc_checked > 0)
    fmt::print("CBC proved {} of them; disagreements with msol's bound or proof: {}.\n",
               t.cbc_checked, t.cbc_disagree);
}

}  // namespace

int main(int argc, char** argv) {
  Settings s = parse(argc, argv);
  std::filesystem::create_directories(s.dir);
  fmt::print("Before: {}\n\n", load());
  header();
  Tally small;
  for (int n : {12, 16, 20, 24, 30}) small_series(n, s, small);
  large(40, 2);
  large(100, 2);
  versus_long(s);
  large(1000, 5);
  large(2000, 10);
  summary(small);
  fmt::print("After: {}\n", load());
  return 0;
}
