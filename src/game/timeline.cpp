#include "game/timeline.hpp"

#include <algorithm>
#include <array>

#include "domain/errors.hpp"

namespace msol::game {
namespace {

// Which of `buckets` equal periods of `span` holds `day`.
int bucket_of(Date day, Span span, int buckets) {
  const auto from = date::sys_days{span.from};
  const auto length = (date::sys_days{span.to} - from).count() + 1;
  const auto offset = std::clamp<long>((date::sys_days{day} - from).count(), 0, length - 1);
  return static_cast<int>(offset * buckets / length);
}

}  // namespace

Span timeline_span(const Tally& tally, Date today, std::optional<Date> since) {
  Span span{today, today};
  auto widen = [&span](Date day) {
    span.from = std::min(span.from, day);
    span.to = std::max(span.to, day);
  };
  // Every entry of a crew or pair figure is also in a member figure.
  for (const auto& m : tally.members)
    for (const auto& e : m.figure.entries) widen(e.date);
  if (since) {
    span.from = *since;
    span.to = std::max(span.to, *since);
  }
  return span;
}

std::vector<int> timeline(const std::vector<Entry>& entries, Span span, int buckets) {
  if (buckets <= 0) throw UsageError("a timeline needs at least one period");
  if (span.to < span.from) throw UsageError("a timeline cannot end before it starts");
  std::vector<int> series(static_cast<size_t>(buckets), 0);
  for (const auto& e : entries)
    series[static_cast<size_t>(bucket_of(e.date, span, buckets))] += e.points;
  for (size_t i = 1; i < series.size(); ++i) series[i] += series[i - 1];
  return series;
}

std::string sparkline(const std::vector<int>& series) {
  static constexpr std::array<const char*, 8> kBlocks = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  const auto [low, high] = std::minmax_element(series.begin(), series.end());
  const long lo = series.empty() ? 0 : std::min(0, *low);
  const long hi = series.empty() ? 0 : std::max(0, *high);
  std::string out;
  for (int v : series) {
    const long level = hi == lo ? 0 : ((v - lo) * 7 + (hi - lo) / 2) / (hi - lo);
    out += kBlocks[static_cast<size_t>(level)];
  }
  return out;
}

}  // namespace msol::game
