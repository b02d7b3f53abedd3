#include "domain/member.hpp"

#include <fmt/format.h>

#include <charconv>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol {
namespace {

std::optional<int> parse_int(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

SizeRange parse_size_range(std::string_view text, std::string_view what) {
  auto t = trim(text);
  auto dash = t.find('-');
  auto lo = parse_int(trim(std::string_view(t).substr(0, dash)));
  auto hi = dash == std::string::npos ? lo : parse_int(trim(std::string_view(t).substr(dash + 1)));
  if (!lo || !hi || *lo > *hi || *lo < kCrewMin || *hi > kCrewMax)
    throw UsageError(fmt::format("{} '{}' is not a crew size: write MIN-MAX inside {}-{}, e.g. 4-6",
                                 what, text, kCrewMin, kCrewMax));
  return {*lo, *hi};
}

std::string format_size_range(const SizeRange& r) { return fmt::format("{}-{}", r.min, r.max); }

}  // namespace msol
