// The split benchmark: suggest_split against a random balanced split and the exact optimum on
// generated congregations; scripts/bench-split builds and runs it and prints a Markdown table.
//
// Each instance plants two communities: ties inside a community are likely, ties across rare, and
// a share of the members sit in crews of 3-5 drawn from one community (with a few mixed crews, so
// the seam is not trivially clean). Weights 1-3, like wants, shared crews and events add up.
#include <fmt/format.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "domain/errors.hpp"
#include "game/split.hpp"

namespace {

using namespace msol::game;

struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double unit() { return static_cast<double>(next() >> 11) / static_cast<double>(1ull << 53); }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
};

std::string name(int i) { return fmt::format("m{:03d}", i); }

// Crews of 3-5 over members [from, to) of one community, covering about `share` of them.
void add_crews(SplitInput& in, int from, int to, double share, Rng& rng) {
  int i = from;
  while (i + 5 <= to && rng.unit() < share) {
    const int size = 3 + rng.below(3);
    std::vector<std::string> crew;
    for (int k = 0; k < size; ++k) crew.push_back(name(i++));
    in.crews.push_back(crew);
  }
}

SplitInput generate(int n, std::uint64_t seed, double crew_share) {
  Rng rng{seed};
  SplitInput in;
  for (int i = 0; i < n; ++i) in.members.push_back(name(i));
  const int half = n / 2 + rng.below(3) - 1;  // communities of slightly different size
  add_crews(in, 0, half, crew_share, rng);
  add_crews(in, half, n, crew_share, rng);
  const double p_in = std::min(1.0, 6.0 / n), p_out = std::min(1.0, 1.5 / n);
  for (int a = 0; a < n; ++a)
    for (int b = a + 1; b < n; ++b)
      if (rng.unit() < ((a < half) == (b < half) ? p_in : p_out))
        in.ties.push_back({name(a), name(b), 1 + rng.below(3)});
  return in;
}

struct Row {
  int instances = 0;
  double suggest = 0, random = 0;  // mean kept weight
  int exact_instances = 0;         // instances small enough for the exact optimum
  int optimal = 0;                 // of those, where suggest matched the optimum
  double gap = 0;                  // of those, the kept weight suggest missed
  double seconds = 0;              // mean time of suggest_split
};

// The optimum where the blocks (crews and uncrewed members) fit kExactMaxBlocks; the gap to it
// is measured on those instances only.
void try_exact(Row& row, const SplitInput& in, const SplitResult& s) {
  try {
    const auto e = exact_split(in);
    row.gap += static_cast<double>(e.kept_weight - s.kept_weight);
    row.optimal += e.kept_weight == s.kept_weight;
    ++row.exact_instances;
  } catch (const msol::Failure&) {
  }
}

void measure(Row& row, const SplitInput& in, std::uint64_t seed, bool exact) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto s = suggest_split(in, {16, seed});
  row.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  row.suggest += static_cast<double>(s.kept_weight);
  double random = 0;
  for (int k = 0; k < 20; ++k)
    random += static_cast<double>(random_balanced_split(in, seed * 100 + k).kept_weight);
  row.random += random / 20;
  if (exact) try_exact(row, in, s);
  ++row.instances;
}

void print(int n, double crews, const Row& r) {
  const double k = r.instances;
  fmt::print("| {:>3} | {:>5.0f}% | {:>9} | {:>12.1f} | {:>11.1f} | {:>10} | {:>9} | {:>10.4f} |\n",
             n, 100 * crews, r.instances, r.suggest / k, r.random / k,
             r.exact_instances ? fmt::format("{:.1f}", r.gap / r.exact_instances) : "-",
             r.exact_instances ? fmt::format("{}/{}", r.optimal, r.exact_instances) : "-",
             r.seconds / k);
}

}  // namespace

int main(int argc, char** argv) {
  const int instances = argc > 1 && std::string(argv[1]) == "--quick" ? 3 : 10;
  fmt::print(
      "| n   | crewed | instances | suggest kept | random kept | gap to opt | optimal   | suggest "
      "s  |\n");
  fmt::print(
      "|-----|--------|-----------|--------------|-------------|------------|-----------|----------"
      "--|\n");
  struct Case {
    int n;
    double crews;
    bool exact;
  };
  for (const Case c :
       {Case{16, 0.0, true}, Case{20, 0.0, true}, Case{24, 0.0, true}, Case{30, 0.8, true},
        Case{40, 0.6, false}, Case{60, 0.0, false}, Case{120, 0.5, false}, Case{200, 0.5, false}}) {
    Row row;
    for (int i = 0; i < instances; ++i) {
      const auto in = generate(c.n, 1000 * c.n + i, c.crews);
      measure(row, in, i + 1, c.exact);
    }
    print(c.n, c.crews, row);
  }
}
