#include "measure.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include "solver/weights.hpp"

namespace msol::bench {
namespace {

Measurement summarise(const solver::Result& r) {
  Measurement m;
  m.ok = true;
  m.score = r.score;
  m.bound = r.bound;
  m.optimal = r.optimal;
  m.lp_converged = r.lp_converged;
  m.unplaced = static_cast<int>(r.unplaced.size());
  m.energy = r.score - static_cast<double>(solver::weights::kUnplaced) * m.unplaced;
  m.seconds = r.seconds;
  for (auto& member : r.members) {
    int met = 0;
    for (auto& w : member.wants) met += w.met ? 1 : 0;
    m.wants += static_cast<int>(member.wants.size());
    m.wants_met += met;
    m.without_any += !member.wants.empty() && met == 0 ? 1 : 0;
  }
  return m;
}

void run_child(int fd, const solver::Instance& instance, const solver::Options& options) {
  Measurement m;
  try {
    m = summarise(solver::form_crews(instance, options));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "solver failed: %s\n", e.what());
  }
  [[maybe_unused]] auto written = write(fd, &m, sizeof m);
  _exit(0);
}

}  // namespace

Measurement measure(const solver::Instance& instance, const solver::Options& options) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    run_child(fds[1], instance, options);
  }
  close(fds[1]);
  Measurement m;
  if (read(fds[0], &m, sizeof m) != static_cast<ssize_t>(sizeof m)) m = {};
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  m.peak_kb = usage.ru_maxrss;
  return m;
}

}  // namespace msol::bench
