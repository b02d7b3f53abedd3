#include "game/scoring.hpp"

#include <fmt/format.h>

#include <string_view>

namespace msol::game {
namespace {

Entry entry(const Event& event, std::string member, int points, std::string description) {
  return Entry{event_date(event), event_id(event), event_level(event),
               std::move(member), points,          std::move(description)};
}

std::vector<Entry> score(const Event& ev, const Listening& e, const PointValues& v) {
  std::vector<Entry> out;
  for (const auto& p : e.participants)
    out.push_back(entry(ev, p, v.listening_each,
                        fmt::format("listening circle of {}", e.participants.size())));
  return out;
}

std::vector<Entry> score(const Event& ev, const Money& e, const PointValues& v) {
  std::vector<Entry> out;
  if (e.asked) out.push_back(entry(ev, e.focus, v.money_ask, "asked for what they need"));
  out.push_back(
      entry(ev, e.focus, v.money_respect_bonus, "respect bonus: talked about their work"));
  for (const auto& o : e.offerers) {
    out.push_back(entry(ev, o, v.money_offer, fmt::format("offered help to {}", e.focus)));
    out.push_back(
        entry(ev, o, v.money_respect_bonus, fmt::format("respect bonus: listened to {}", e.focus)));
  }
  return out;
}

std::vector<Entry> score(const Event& ev, const Conflict& e, const PointValues& v) {
  const int points = e.resolved ? v.conflict_resolved : v.conflict_unresolved;
  const std::string_view how = e.resolved ? "resolved" : "unresolved";
  return {entry(ev, e.a, points, fmt::format("{} conflict with {}", how, e.b)),
          entry(ev, e.b, points, fmt::format("{} conflict with {}", how, e.a))};
}

std::vector<Entry> score(const Event& ev, const CoOwners& e, const PointValues& v) {
  std::vector<Entry> out;
  for (const auto& owner : e.owners)
    out.push_back(entry(ev, owner, v.coowners_each, fmt::format("co-owns {}", e.venture)));
  return out;
}

std::string ordinal(int n) {
  const int last_two = n % 100;
  if (last_two >= 11 && last_two <= 13) return fmt::format("{}th", n);
  switch (n % 10) {
    case 1:
      return fmt::format("{}st", n);
    case 2:
      return fmt::format("{}nd", n);
    case 3:
      return fmt::format("{}rd", n);
    default:
      return fmt::format("{}th", n);
  }
}

int attended_points(int nth, const PointValues& v) {
  if (nth == 1) return v.consistency_first;
  if (nth == 2) return v.consistency_second;
  return v.consistency_after;
}

}  // namespace

std::vector<Entry> score_event(const Event& event, const PointValues& values) {
  return std::visit([&](const auto& e) { return score(event, e, values); }, event);
}

std::vector<Entry> score_meeting(const Meeting& m, AttendanceCount& attended,
                                 const PointValues& v) {
  std::vector<Entry> out;
  auto add = [&](const std::string& member, int points, std::string description) {
    out.push_back(Entry{m.date, m.id, Level::Consistency, member, points, std::move(description)});
  };
  for (const auto& p : m.present) {
    const int nth = ++attended[{m.crew, p}];
    add(p, attended_points(nth, v), fmt::format("attended {} meeting ({})", m.crew, ordinal(nth)));
  }
  for (const auto& a : m.absent)
    add(a, v.consistency_missed, fmt::format("missed {} meeting", m.crew));
  for (const auto& x : m.excused)
    add(x, v.consistency_excused, fmt::format("excused from {} meeting", m.crew));
  return out;
}

}  // namespace msol::game
