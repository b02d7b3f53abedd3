#pragma once
// The tie graph `msol split --suggest` bisects, built from what the file knows about who belongs
// with whom: wants (a mutual want weighs more than a one-way want), crews shared at any time, and
// game events that joined two members.
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"
#include "game/events.hpp"
#include "game/split.hpp"

namespace msol::game {

struct TieWeights {
  int mutual_want = 3;  // both want each other: counted once for the pair
  int one_way_want = 1;
  int shared_crew = 2;  // per crew the two were ever in together
  // Per event that joined the two: every pair of a circle or venture, the focus of a money round
  // with each offerer, the two sides of a conflict (worked on together, even unresolved).
  int game_event = 1;
};

// Active members only (a member who left is in neither half); open crews stay whole.
SplitInput split_input(const Congregation& c, const std::vector<msol::Crew>& crews,
                       const std::vector<Event>& events, const TieWeights& weights = {});

// The ties of `input` that `result` cuts, one per member pair with the weights added up, sorted
// by name.
std::vector<Tie> cut_ties(const SplitInput& input, const SplitResult& result);

}  // namespace msol::game
