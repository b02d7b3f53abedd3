#pragma once
// The instance compiled for the search: dense pair facts, slot bitsets and pinned units.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "solver/formation.hpp"
#include "solver/weights.hpp"

namespace msol::solver {

inline constexpr std::uint8_t kWants = 1;  // Link::flags: i wants j
inline constexpr std::uint8_t kApart = 2;  // Link::flags: i or j avoids the other

// What member i gets from sharing a crew with j. Stored densely (n * n, 4 bytes each) because a
// move looks up every pair of the two crews involved; 16 MB at n = 2000.
struct Link {
  std::int16_t gain = 0;
  std::uint8_t flags = 0;
};

struct Model {
  int n = 0;
  int min_size = 3;
  int max_size = 8;
  std::vector<Link> links;
  std::vector<int> pref_min;
  std::vector<int> pref_max;
  std::vector<std::vector<int>> wants;  // distinct in-pool targets, highest priority first
  // Someone gave slots, so crews must share one. Whoever gave none holds every slot's bit.
  bool slots_required = false;
  int slot_words = 0;
  std::vector<std::uint64_t> slot_bits;  // n * slot_words
  std::vector<std::string> slot_names;
  // Units move as one: a pinned group, or a single person.
  std::vector<std::vector<int>> units;
  std::vector<int> unit_of;

  const Link& link(int i, int j) const {
    return links[static_cast<std::size_t>(i) * static_cast<std::size_t>(n) +
                 static_cast<std::size_t>(j)];
  }
  bool wants_person(int i, int j) const { return (link(i, j).flags & kWants) != 0; }
  bool apart(int i, int j) const { return (link(i, j).flags & kApart) != 0; }
  const std::uint64_t* slots(int i) const {
    return slot_bits.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(slot_words);
  }
  bool share_slot(int i, int j) const;
  bool common_slot(const std::vector<int>& people) const;  // true when slots are not required
  // Inline: the search calls these for every crewmate of every move it evaluates.
  int size_cost(int i, int size) const {
    int lo = pref_min[static_cast<std::size_t>(i)];
    int hi = pref_max[static_cast<std::size_t>(i)];
    return weights::kSizeStep * (size < lo ? lo - size : (size > hi ? size - hi : 0));
  }
  int isolation(int i, int wants_met) const {
    return wants_met == 0 && !wants[static_cast<std::size_t>(i)].empty() ? weights::kIsolated : 0;
  }
};

// Validates the instance (UsageError for malformed, Failure for pins that cannot hold).
Model build_model(const Instance& instance);

// Member i's term (weights.hpp) in the given crew, which contains i.
int member_value(const Model& model, int i, const std::vector<int>& crew);

// Whether these members may form a crew: size, avoids, a common slot and whole pinned units.
bool crew_allowed(const Model& model, const std::vector<int>& crew);

}  // namespace msol::solver
