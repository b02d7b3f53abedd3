#include "exact.hpp"

#include <fmt/format.h>
#include <fmt/os.h>

#include <chrono>
#include <cstdlib>
#include <fstream>

#include "solver/model.hpp"
#include "solver/weights.hpp"

namespace msol::bench {
namespace {

struct Column {
  std::vector<int> members;
  int value;
};

// Every allowed crew, by extending sorted prefixes; an avoid prunes the whole branch.
void enumerate(const solver::Model& m, std::vector<int>& crew, int next, std::vector<Column>& out) {
  if (static_cast<int>(crew.size()) >= m.min_size && solver::crew_allowed(m, crew)) {
    int value = 0;
    for (int x : crew) value += solver::member_value(m, x, crew);
    out.push_back({crew, value});
  }
  if (static_cast<int>(crew.size()) == m.max_size) return;
  for (int j = next; j < m.n; ++j) {
    bool ok = true;
    for (int x : crew) ok = ok && !m.apart(x, j);
    if (!ok) continue;
    crew.push_back(j);
    enumerate(m, crew, j + 1, out);
    crew.pop_back();
  }
}

// CBC minimises, so the objective is the negated energy.
void write_lp(const solver::Model& m, const std::vector<Column>& columns, const std::string& path) {
  auto out = fmt::output_file(path);
  out.print("\\ msol crew formation, set partitioning\nMinimize\n obj:");
  for (std::size_t c = 0; c < columns.size(); ++c)
    out.print("{}{:+d} x{}", c % 8 == 0 ? "\n " : " ", -columns[c].value, c);
  for (int i = 0; i < m.n; ++i) out.print("\n +{} u{}", solver::weights::kUnplaced, i);
  out.print("\nSubject To\n");
  std::vector<std::vector<std::size_t>> covering(static_cast<std::size_t>(m.n));
  for (std::size_t c = 0; c < columns.size(); ++c)
    for (int x : columns[c].members) covering[static_cast<std::size_t>(x)].push_back(c);
  for (int i = 0; i < m.n; ++i) {
    out.print(" m{}: u{}", i, i);
    for (std::size_t k = 0; k < covering[static_cast<std::size_t>(i)].size(); ++k)
      out.print("{}+ x{}", k % 8 == 7 ? "\n  " : " ", covering[static_cast<std::size_t>(i)][k]);
    out.print(" = 1\n");
  }
  out.print("Binary\n");
  for (std::size_t c = 0; c < columns.size(); ++c) out.print(" x{}\n", c);
  for (int i = 0; i < m.n; ++i) out.print(" u{}\n", i);
  out.print("End\n");
}

// The first line of CBC's solution file is its status, e.g. "Optimal - objective value -123".
void read_solution(const std::string& path, Exact& exact) {
  std::ifstream in(path);
  std::getline(in, exact.status);
  exact.proven = exact.status.rfind("Optimal", 0) == 0;
  auto at = exact.status.find("objective value");
  if (at != std::string::npos) exact.energy = -std::stod(exact.status.substr(at + 15));
}

}  // namespace

Exact solve_exact(const solver::Instance& instance, const std::string& lp_path,
                  double cbc_seconds) {
  auto start = std::chrono::steady_clock::now();
  solver::Model m = solver::build_model(instance);
  std::vector<Column> columns;
  std::vector<int> crew;
  enumerate(m, crew, 0, columns);
  write_lp(m, columns, lp_path);
  std::string solution = lp_path + ".sol";
  std::string command = fmt::format("cbc {} sec {} solve solu {} > {}.log 2>&1", lp_path,
                                    cbc_seconds, solution, lp_path);
  Exact exact;
  exact.columns = static_cast<int>(columns.size());
  if (std::system(command.c_str()) == 0) read_solution(solution, exact);
  exact.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return exact;
}

}  // namespace msol::bench
