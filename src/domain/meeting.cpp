#include "domain/meeting.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <tuple>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol {
namespace {

// The member's name as the crew spells it; Failure naming the crew's members otherwise.
std::string member_named(const std::vector<std::string>& members, std::string_view name,
                         std::string_view crew) {
  for (const auto& m : members)
    if (same_name(m, name)) return m;
  throw Failure(
      fmt::format("'{}' is not a member of crew '{}' (its members: {}); see 'msol crew "
                  "show {}'",
                  name, crew, join(members), crew));
}

std::vector<std::string> spelled(const std::vector<std::string>& members,
                                 const std::vector<std::string>& names, std::string_view crew) {
  std::vector<std::string> out;
  for (const auto& n : names) {
    auto m = member_named(members, n, crew);
    if (!util::push_unique(out, m))
      throw UsageError(fmt::format("'{}' is named twice: name each member once", n));
  }
  return out;
}

void check_disjoint(const std::vector<std::string>& a, const std::vector<std::string>& b,
                    std::string_view what_a, std::string_view what_b) {
  for (const auto& m : a)
    if (util::contains(b, m))
      throw UsageError(
          fmt::format("'{}' is both {} and {}: put each member on one list", m, what_a, what_b));
}

}  // namespace

Roll take_roll(const std::vector<std::string>& members, const RollCall& call,
               std::string_view crew) {
  if (!call.present.empty() && !call.absent.empty())
    throw UsageError("give --present or --absent, not both: the other list is everyone else");
  Roll roll;
  roll.excused = spelled(members, call.excused, crew);
  auto present = spelled(members, call.present, crew);
  auto absent = spelled(members, call.absent, crew);
  check_disjoint(present, roll.excused, "present", "excused");
  check_disjoint(absent, roll.excused, "absent", "excused");
  for (const auto& m : members) {
    if (util::contains(roll.excused, m)) continue;
    bool here = call.present.empty() ? !util::contains(absent, m) : util::contains(present, m);
    (here ? roll.present : roll.absent).push_back(m);
  }
  return roll;
}

std::vector<std::string> on_roll(const Roll& roll) {
  auto all = roll.present;
  all.insert(all.end(), roll.absent.begin(), roll.absent.end());
  all.insert(all.end(), roll.excused.begin(), roll.excused.end());
  return all;
}

Roll edit_roll(Roll roll, const RollCall& moves, std::string_view crew) {
  const auto members = on_roll(roll);
  auto present = spelled(members, moves.present, crew);
  auto absent = spelled(members, moves.absent, crew);
  auto excused = spelled(members, moves.excused, crew);
  check_disjoint(present, absent, "present", "absent");
  check_disjoint(present, excused, "present", "excused");
  check_disjoint(absent, excused, "absent", "excused");
  auto moved = [&](const std::string& m) {
    return util::contains(present, m) || util::contains(absent, m) || util::contains(excused, m);
  };
  for (auto* list : {&roll.present, &roll.absent, &roll.excused})
    list->erase(std::remove_if(list->begin(), list->end(), moved), list->end());
  roll.present.insert(roll.present.end(), present.begin(), present.end());
  roll.absent.insert(roll.absent.end(), absent.begin(), absent.end());
  roll.excused.insert(roll.excused.end(), excused.begin(), excused.end());
  return roll;
}

std::string default_facilitator(std::string_view rotation, const Roll& roll) {
  if (rotation.empty()) return {};
  for (const auto& m : roll.present)
    if (m == rotation) return m;
  return {};
}

std::string check_facilitator(const Roll& roll, const std::vector<std::string>& members,
                              std::string_view facilitator, std::string_view crew) {
  if (facilitator.empty()) return {};
  auto m = member_named(members, facilitator, crew);
  if (!util::contains(roll.present, m))
    throw UsageError(fmt::format(
        "facilitator '{}' was not present: name a present member with --facilitator", m));
  return m;
}

std::chrono::minutes parse_duration(std::string_view text, std::string_view what) {
  auto bad = [&] {
    return UsageError(
        fmt::format("{} '{}' is not a duration: write a number and a unit, like 30m, 12h, 2d or 1w",
                    what, text));
  };
  if (text.size() < 2) throw bad();
  long long n = 0;
  auto digits = text.substr(0, text.size() - 1);
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc{} || end != digits.data() + digits.size() || n < 0 || n > 52 * 7 * 24 * 60)
    throw bad();
  switch (text.back()) {
    case 'm':
      return std::chrono::minutes{n};
    case 'h':
      return std::chrono::hours{n};
    case 'd':
      return std::chrono::hours{24 * n};
    case 'w':
      return std::chrono::hours{24 * 7 * n};
    default:
      throw bad();
  }
}

std::string kind_name(Reminder::Kind kind) {
  switch (kind) {
    case Reminder::Kind::meeting:
      return "meeting";
    case Reminder::Kind::retrospective:
      return "retrospective";
    case Reminder::Kind::unlogged:
      return "unlogged";
    case Reminder::Kind::no_retrospective:
      return "no-retrospective";
  }
  return "meeting";
}

std::string Reminder::key() const {
  return fmt::format("{}|{}|{}", kind_name(kind), name_key(crew), format_date(date));
}

std::vector<Reminder> due_reminders(const RemindInput& in) {
  using K = Reminder::Kind;
  std::vector<Reminder> out;
  auto add = [&](K kind, const Slot& s) {
    out.push_back({kind, s.crew, s.date, s.time, s.facilitator});
  };
  for (const auto& s : in.slots) {
    if (s.start >= in.now && s.start <= in.now + in.within)
      add(s.retrospective ? K::retrospective : K::meeting, s);
    if (s.end + in.grace > in.now) continue;
    if (!in.logged.count({name_key(s.crew), s.date})) add(K::unlogged, s);
    if (s.retrospective) add(K::no_retrospective, s);
  }
  std::stable_sort(out.begin(), out.end(), [](const Reminder& a, const Reminder& b) {
    return std::tie(a.date, a.time) < std::tie(b.date, b.time);
  });
  return out;
}

std::vector<Reminder> not_sent(const std::vector<Reminder>& due,
                               const std::set<std::string>& sent) {
  std::vector<Reminder> out;
  for (const auto& r : due)
    if (!sent.count(r.key())) out.push_back(r);
  return out;
}

std::string describe(const Reminder& r) {
  auto when = fmt::format("{} {}", format_date(r.date), format_time(r.time));
  auto by = r.facilitator.empty() ? "" : fmt::format(" (facilitator: {})", r.facilitator);
  switch (r.kind) {
    case Reminder::Kind::meeting:
      return fmt::format("{}  {}: meeting{}", when, r.crew, by);
    case Reminder::Kind::retrospective:
      return fmt::format(
          "{}  {}: retrospective, the last meeting of the commitment{}; afterwards "
          "record it with 'msol retro \"{}\" --decision continue|change|stop'",
          when, r.crew, by, r.crew);
    case Reminder::Kind::unlogged:
      return fmt::format("{}  {}: meeting not logged; log it with 'msol meet log \"{}\" --date {}'",
                         when, r.crew, r.crew, format_date(r.date));
    case Reminder::Kind::no_retrospective:
      return fmt::format(
          "{}  {}: the commitment ended without a retrospective; record one with "
          "'msol retro \"{}\" --decision continue|change|stop'",
          when, r.crew, r.crew);
  }
  return when;
}

}  // namespace msol
