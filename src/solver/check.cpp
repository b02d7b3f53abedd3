#include "solver/check.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "domain/errors.hpp"
#include "solver/model.hpp"

namespace msol::solver {
namespace {

const std::string& name_of(const Instance& in, int i) {
  return in.people[static_cast<std::size_t>(i)].name;
}

std::string names(const Instance& in, const std::vector<int>& people) {
  std::vector<std::string> list;
  for (int i : people) list.push_back(name_of(in, i));
  return fmt::format("{}", fmt::join(list, ", "));
}

void check_indices(const Instance& in, const std::vector<int>& indices, int person,
                   const char* what) {
  int n = static_cast<int>(in.people.size());
  for (int t : indices)
    if (t < 0 || t >= n)
      throw UsageError(fmt::format("{} of {} refers to person #{}, outside the pool of {}", what,
                                   person < 0 ? "a pin" : name_of(in, person), t, n));
}

void check_sizes(const Instance& in) {
  if (in.min_size < 1 || in.max_size < in.min_size)
    throw UsageError(
        fmt::format("crew sizes --min {} --max {} are not a range", in.min_size, in.max_size));
}

}  // namespace

void check_instance(const Instance& in) {
  check_sizes(in);
  int n = static_cast<int>(in.people.size());
  for (int i = 0; i < n; ++i) {
    check_indices(in, in.people[static_cast<std::size_t>(i)].wants, i, "a want");
    check_indices(in, in.people[static_cast<std::size_t>(i)].avoids, i, "an avoid");
  }
  for (auto& group : in.together) check_indices(in, group, -1, "a member");
  for (auto& p : in.history) check_indices(in, {p.a, p.b}, -1, "a past pair");
  if (n == 0) throw Failure("the pool is empty: nobody is looking for a crew");
}

void check_units(const Model& m, const Instance& in) {
  for (auto& unit : m.units) {
    if (unit.size() < 2) continue;
    if (static_cast<int>(unit.size()) > m.max_size)
      throw Failure(fmt::format("{} are pinned together: {} members, above --max {}",
                                names(in, unit), unit.size(), m.max_size));
    for (int a : unit)
      for (int b : unit)
        if (a < b && m.apart(a, b))
          throw Failure(fmt::format("{} and {} are pinned together but one avoids the other",
                                    name_of(in, a), name_of(in, b)));
    if (!m.common_slot(unit))
      throw Failure(fmt::format("{} are pinned together but share no slot", names(in, unit)));
  }
}

}  // namespace msol::solver
