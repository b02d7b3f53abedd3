#pragma once
// Points over time, for the sparkline column of `msol tally`: a figure's entries as a series of
// cumulative points over equal periods, and that series drawn in eight block heights.
//
// Cumulative rather than per period: the game is a track record, and a running total shows trust
// growing (or a fall after missed meetings) the way the figure itself adds up; per-period points
// of a monthly crew would be a comb of spikes. The last value is the figure's points.
#include <optional>
#include <string>
#include <vector>

#include "domain/dates.hpp"
#include "game/scoring.hpp"
#include "game/tally.hpp"

namespace msol::game {

// The days a timeline covers, both ends included.
struct Span {
  Date from{};
  Date to{};
};

// The span every figure of one tally shares, so that their sparklines line up in time: from
// `since` (else the earliest entry) to `today`, or to the latest entry when that is later so that
// every series ends at its figure's points. Without entries, today alone.
Span timeline_span(const Tally& tally, Date today, std::optional<Date> since = std::nullopt);

// The points of `entries` dated up to the end of each of `buckets` equal periods of `span` (the
// last period is the one that ends on span.to); an entry outside the span counts in the nearest
// period. Throws UsageError when buckets is not positive or the span ends before it starts.
std::vector<int> timeline(const std::vector<Entry>& entries, Span span, int buckets);

// One block per value, from ▁ to █, scaled between the lesser of 0 and the lowest value and the
// greater of 0 and the highest: a rise from nothing starts low, a fall below zero ends low, and a
// series that never moves from zero is a flat line of ▁.
std::string sparkline(const std::vector<int>& series);

}  // namespace msol::game
