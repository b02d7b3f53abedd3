#pragma once
// Generic helpers over standard containers that msol's files kept writing out again by hand.
// Dependency-free (the standard library only), so every library may use them.
#include <algorithm>
#include <ranges>
#include <utility>
#include <vector>

namespace msol::util {

// Whether `range` holds an element equal to `value` (C++23's std::ranges::contains).
template <std::ranges::input_range Range, class T>
bool contains(const Range& range, const T& value) {
  return std::ranges::find(range, value) != std::ranges::end(range);
}

// Appends `value` to `out` unless it is there already (keeping first-seen order); returns whether
// it appended.
template <class T, class U>
bool push_unique(std::vector<T>& out, U&& value) {
  if (contains(out, value)) return false;
  out.push_back(std::forward<U>(value));
  return true;
}

}  // namespace msol::util
