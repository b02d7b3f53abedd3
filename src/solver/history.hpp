#pragma once
// Who shared a crew with whom lately: the history that fresh mixes weigh against. Pure.
#include <vector>

#include "domain/crew.hpp"
#include "solver/pool.hpp"

namespace msol::solver {

// Every pair of members who were in one crew together (formed or made by hand, open or closed)
// on at least one day of the `months` calendar months up to `today` (SPEC section 4, setting
// formation.history_months). `times` counts the crews they shared; `weight` counts each crew by
// how recently they were last in it together: 1 for today, falling linearly to 0.5 at the
// window's first day. A membership's `left` day is its first day out of the crew.
std::vector<PoolRequest::Shared> shared_history(const std::vector<Crew>& crews, Date today,
                                                int months);

}  // namespace msol::solver
