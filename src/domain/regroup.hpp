#pragma once
// What `msol crew form --regroup --save` does to the crews already running (SPEC 4): members the
// new formation places elsewhere leave their crew, and a crew left too small to carry on closes.
// Pure: plain crews in, plain crews out.
#include <string>
#include <vector>

#include "domain/crew.hpp"

namespace msol {

// One running crew that a formation changes.
struct CrewChange {
  std::string crew;
  std::vector<std::string> leaving;  // members the formation places in a new crew
  std::vector<std::string> staying;  // members it leaves where they are
  bool closes = false;               // fewer than the formation's --min would stay
};

// The open crews among `crews` that lose members to the crews in `made`, in `crews` order, with
// who leaves and who stays; a crew closes when fewer than `min_size` members stay.
std::vector<CrewChange> crew_changes(const std::vector<Crew>& crews, const std::vector<Crew>& made,
                                     int min_size);

// Applies `changes` on `today`: the crews marked `closes` close with their whole roster kept as
// history, as `crew close` keeps it (those who stayed are then free for the next formation); in
// the others the leaving members leave. Throws Failure, as remove_from_crew and
// close_crew do, for a change that does not fit `crews`.
void apply_crew_changes(std::vector<Crew>& crews, const std::vector<CrewChange>& changes,
                        Date today);

// One line per change for people: "Otters: Ana, Ben leave; Caro stays: the crew closes".
std::string describe(const CrewChange& change);

}  // namespace msol
