#include "domain/regroup.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/text.hpp"

namespace msol {
namespace {

bool placed_in(const std::vector<Crew>& made, const std::string& member) {
  return std::any_of(made.begin(), made.end(),
                     [&](const Crew& crew) { return crew.has_member(member); });
}

}  // namespace

std::vector<CrewChange> crew_changes(const std::vector<Crew>& crews, const std::vector<Crew>& made,
                                     int min_size) {
  std::vector<CrewChange> out;
  for (const auto& crew : crews) {
    if (!crew.open) continue;
    CrewChange change{crew.name, {}, {}, false};
    for (const auto& m : crew.members())
      (placed_in(made, m) ? change.leaving : change.staying).push_back(m);
    if (change.leaving.empty()) continue;
    change.closes = static_cast<int>(change.staying.size()) < min_size;
    out.push_back(std::move(change));
  }
  return out;
}

void apply_crew_changes(std::vector<Crew>& crews, const std::vector<CrewChange>& changes,
                        Date today) {
  // A crew that closes keeps its whole roster, as `crew close` keeps it: its history shows who
  // was in it when it ended. Only a crew that carries on loses the members placed anew.
  for (const auto& change : changes) {
    if (change.closes) {
      close_crew(crews, change.crew, today);
      continue;
    }
    for (const auto& m : change.leaving) remove_from_crew(crews, change.crew, m, today);
  }
}

std::string describe(const CrewChange& change) {
  auto line = fmt::format("{}: {} {}", change.crew, join(change.leaving),
                          change.leaving.size() == 1 ? "leaves" : "leave");
  if (!change.staying.empty())
    line +=
        fmt::format("; {} {}", join(change.staying), change.staying.size() == 1 ? "stays" : "stay");
  if (change.closes) line += ": the crew closes and its rhythm ends";
  return line;
}

}  // namespace msol
