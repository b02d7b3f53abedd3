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

// Everyone the person could share a crew with, ignoring sizes and other members.
std::vector<int> partners(const Model& m, int i, bool count_avoids) {
  std::vector<int> out;
  for (int j = 0; j < m.n; ++j) {
    if (j == i || (m.slots_required && !m.share_slot(i, j))) continue;
    if (count_avoids && m.apart(i, j)) continue;
    out.push_back(j);
  }
  return out;
}

std::string blocked_reason(const Model& m, const Instance& in, int i) {
  const std::string& who = name_of(in, i);
  auto sharers = partners(m, i, false);
  auto open = partners(m, i, true);
  int need = m.min_size - 1;
  if (m.slots_required && sharers.empty()) return fmt::format("{} shares no slot with anyone", who);
  if (m.slots_required && static_cast<int>(sharers.size()) < need)
    return fmt::format("{} shares a slot only with {}, too few for --min {}", who,
                       names(in, sharers), m.min_size);
  if (open.empty())
    return m.slots_required ? fmt::format("{} avoids everyone who shares their slots", who)
                            : fmt::format("{} avoids everyone in the pool", who);
  if (static_cast<int>(open.size()) < need)
    return fmt::format("{} can only share a crew with {} (avoids), too few for --min {}", who,
                       names(in, open), m.min_size);
  return fmt::format(
      "every crew {} could join without an avoid or a missing common slot is "
      "already at --max {}",
      who, m.max_size);
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
  if (n < in.min_size) {
    std::vector<int> all(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) all[static_cast<std::size_t>(i)] = i;
    throw Failure(fmt::format("pool of {} ({}) is below --min {}", n, names(in, all), in.min_size));
  }
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

std::string unplaced_reason(const Model& m, const Instance& in, int person) {
  return fmt::format("{}; options: grow a crew with --max {}, or wait for the next round",
                     blocked_reason(m, in, person), m.max_size + 1);
}

std::string no_crew_message(const Model& m, const Instance& in) {
  std::vector<int> lonely;
  std::vector<std::string> reasons;
  for (int i = 0; i < m.n; ++i) {
    if (m.slots_required && partners(m, i, false).empty())
      lonely.push_back(i);
    else
      reasons.push_back(blocked_reason(m, in, i));
  }
  if (!lonely.empty())
    reasons.insert(reasons.begin(), fmt::format("these {} members share no slot with anyone "
                                                "else: {}",
                                                lonely.size(), names(in, lonely)));
  return fmt::format("no crew of --min {} to --max {} can be formed: {}", m.min_size, m.max_size,
                     fmt::join(reasons, "; "));
}

}  // namespace msol::solver
