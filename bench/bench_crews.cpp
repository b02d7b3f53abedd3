// Crew-formation benchmark: generated instances from n = 12 to 2000; exact CBC optima for the
// small ones, a long reference run at n = 200. Prints a Markdown table. See scripts/bench-crews.
#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <string>

#include "exact.hpp"
#include "generator.hpp"
#include "measure.hpp"

namespace {

using msol::bench::Measurement;

struct Settings {
  std::string dir = "/tmp/msol-bench";
  double reference_seconds = 10;  // --long: 60
  int small_count = 20;           // --quick: 3
};

msol::solver::Options wall_clock(double seconds) {
  msol::solver::Options o;
  o.time_limit_seconds = seconds;
  return o;
}

void header() {
  fmt::print(
      "| instance | n | score | bound | wants met | none met | unplaced | seconds | "
      "peak MB | reference |\n");
  fmt::print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
}

void row(const std::string& name, int n, const Measurement& m, const std::string& reference) {
  fmt::print("| {} | {} | {:.0f} | {:.0f} | {}/{} | {} | {} | {:.2f} | {:.1f} | {} |\n", name, n,
             m.score, m.bound, m.wants_met, m.wants, m.without_any, m.unplaced, m.seconds,
             m.peak_kb / 1024.0, m.ok ? reference : "solver failed");
  std::fflush(stdout);
}

double gap_percent(double best, double ours) {
  return best == ours ? 0.0 : 100.0 * (best - ours) / std::max(1.0, std::abs(best));
}

struct Tally {
  int proven = 0;
  int hits = 0;
  double worst_gap = 0;
};

// Small pools, crews of 3-5, 0.5 s each, against CBC's proven optimum.
void small_series(int n, const Settings& s, Tally& tally) {
  for (int k = 1; k <= s.small_count; ++k) {
    auto instance = msol::bench::generate(n, 3, 5, static_cast<std::uint64_t>(n * 1000 + k));
    Measurement m = msol::bench::measure(instance, wall_clock(0.5));
    auto exact = msol::bench::solve_exact(instance, fmt::format("{}/n{}-{}.lp", s.dir, n, k), 300);
    std::string reference =
        fmt::format("CBC: {}", exact.status.empty() ? "no answer" : exact.status);
    if (exact.proven) {
      double gap = gap_percent(exact.energy, m.energy);
      ++tally.proven;
      tally.hits += gap <= 1e-9 ? 1 : 0;
      tally.worst_gap = std::max(tally.worst_gap, gap);
      reference = fmt::format("CBC optimum {:.0f}, gap {:.2f}% ({} crews, {:.1f} s)", exact.energy,
                              gap, exact.columns, exact.seconds);
    }
    row(fmt::format("n{}-{}", n, k), n, m, reference);
  }
}

void large(int n, double seconds, const std::string& reference = "") {
  auto instance = msol::bench::generate(n, 3, 8, static_cast<std::uint64_t>(n));
  row(fmt::format("n{}", n), n, msol::bench::measure(instance, wall_clock(seconds)),
      reference.empty() ? fmt::format("time limit {} s", seconds) : reference);
}

// n = 200: a 1 s run against a long one, the best this solver knows.
void versus_long(const Settings& s) {
  auto instance = msol::bench::generate(200, 3, 8, 200);
  Measurement quick = msol::bench::measure(instance, wall_clock(1));
  Measurement slow = msol::bench::measure(instance, wall_clock(s.reference_seconds));
  row("n200 (1 s)", 200, quick,
      fmt::format("{:.3f}% below the {:.0f} s run", gap_percent(slow.energy, quick.energy),
                  s.reference_seconds));
  row(fmt::format("n200 ({:.0f} s)", s.reference_seconds), 200, slow, "reference");
}

Settings parse(int argc, char** argv) {
  Settings s;
  for (int k = 1; k < argc; ++k) {
    if (std::strcmp(argv[k], "--long") == 0) s.reference_seconds = 60;
    if (std::strcmp(argv[k], "--quick") == 0) s.small_count = 3;
    if (std::strcmp(argv[k], "--out") == 0 && k + 1 < argc) s.dir = argv[++k];
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  Settings s = parse(argc, argv);
  std::filesystem::create_directories(s.dir);
  header();
  Tally t12, t24;
  small_series(12, s, t12);
  small_series(24, s, t24);
  large(40, 2);
  large(100, 2);
  versus_long(s);
  large(1000, 5);
  large(2000, 10);
  fmt::print(
      "\nOptimum found within 0.5 s: n=12 {}/{} proven, n=24 {}/{} proven "
      "(worst gaps {:.2f}% and {:.2f}%).\n",
      t12.hits, t12.proven, t24.hits, t24.proven, t12.worst_gap, t24.worst_gap);
  return 0;
}
