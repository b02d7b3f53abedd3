#pragma once
// A member of the congregation and their crew preferences, as plain data.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/dates.hpp"

namespace msol {

constexpr int kCrewMin = 3;
constexpr int kCrewMax = 8;

struct SizeRange {
  int min = kCrewMin;
  int max = kCrewMax;
  bool operator==(const SizeRange&) const = default;
};

// Parses "4-6" (or "5") into a range inside 3..8; throws UsageError naming `what` otherwise.
SizeRange parse_size_range(std::string_view text, std::string_view what);
std::string format_size_range(const SizeRange& r);

struct Preferences {
  std::vector<std::string> want;  // highest priority first
  std::vector<std::string> avoid;
  // Must share a crew whenever both are in the pool; kept symmetric by domain/roster.
  std::vector<std::string> partner;
  std::vector<std::string> interests;
  std::vector<std::string> slots;
  std::optional<SizeRange> size;
  bool looking = true;
  bool operator==(const Preferences&) const = default;
};

struct Member {
  std::string name;
  std::string email;
  std::string invited_by;  // empty: a founding member
  std::optional<Date> joined;
  std::optional<Date> left;
  Preferences prefs;
  bool active() const { return !left.has_value(); }
  bool operator==(const Member&) const = default;
};

}  // namespace msol
