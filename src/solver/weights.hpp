#pragma once
// The score weights, in one place so that the solver, the bound and the exact reference in
// bench/ all optimise the very same function.
//
// The score is crew-additive: a sum over crews of a sum over members of a bounded per-member
// term. Member i's term in a crew C of size s is
//
//   sum over j in C, j != i, of gain(i, j), where gain(i, j) is
//       + want value if i wants j: kWantTop for the first want, kWantStep less for each lower
//         priority, never below kWantFloor (12, 10, 8, 6, 4, 4, ...)
//       + kMutual if j wants i as well (a mutual pair is worth 2 * (w + 4), a one-way want w)
//       + kInterest per interest i and j share, at most kInterestCap per pair
//       - kRepeat per recent formation that already put i and j together (at most kRepeatCap)
//   - kSizeStep per member the crew is away from i's preferred pref_min..pref_max; one step
//     weighs about as much as a top want, which is what stops crews growing to --max
//   - kIsolated if i wanted someone in the pool and got none of them. Being per member it keeps
//     the score additive while lifting the worst-off member above the plain sum of wants.
//
// The gain is at most 12 + 4 + 3 = 19 and at least -12 per pair, so with crews of at most
// --max members every per-member term is bounded, and it fits an int16.
//
// Two penalties steer the search but are never part of the reported score:
//   kUnplaced per member left out: larger than any gain, so placing one more member always wins;
//   kUndersize per member a crew is short of --min, small enough that the search may pass
//   through such crews while it opens or dissolves a crew one member at a time.
#include <algorithm>
#include <cstdint>

namespace msol::solver::weights {

inline constexpr int kWantTop = 12;
inline constexpr int kWantStep = 2;
inline constexpr int kWantFloor = 4;
inline constexpr int kMutual = 4;
inline constexpr int kInterest = 1;
inline constexpr int kInterestCap = 3;
inline constexpr int kRepeat = 4;
inline constexpr int kRepeatCap = 3;
inline constexpr int kSizeStep = 10;
inline constexpr int kIsolated = 8;
inline constexpr std::int64_t kUnplaced = 100000;
inline constexpr std::int64_t kUndersize = 30;

// The value of a want by its rank among the member's wants (0 = highest priority).
constexpr int want_value(int rank) { return std::max(kWantFloor, kWantTop - kWantStep * rank); }

}  // namespace msol::solver::weights
