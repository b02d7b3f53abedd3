#include "calendar/rhythm_edit.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"

namespace msol::calendar {
namespace {

// A moved meeting is found by the day it is now held, so users name the day they see in the agenda.
std::vector<Move>::iterator move_held_on(Rhythm& r, Date day) {
  return std::find_if(r.moved.begin(), r.moved.end(), [&](const Move& m) { return m.date == day; });
}

}  // namespace

void check_not_logged(const std::set<Date>& logged, Date day, std::string_view crew,
                      std::string_view verb) {
  if (!logged.count(day)) return;
  throw Failure(fmt::format(
      "the meeting of {} on {} is already logged: a logged meeting cannot {}; correct its log "
      "with 'msol meet edit {} {}' instead",
      crew, format_date(day), verb == "skip" ? "be skipped" : "be moved", crew, format_date(day)));
}

Rhythm with_skip(Rhythm r, Date day, bool postpone) {
  auto original = day;
  if (auto move = move_held_on(r, day); move != r.moved.end()) {
    original = move->original;
    r.moved.erase(move);
  }
  r.skipped.push_back(original);
  std::sort(r.skipped.begin(), r.skipped.end());
  if (postpone) ++r.postponed;
  validate(r);
  return r;
}

Rhythm with_move(Rhythm r, Date day, Date new_day, std::optional<TimeOfDay> time) {
  auto original = day;
  if (auto move = move_held_on(r, day); move != r.moved.end()) {
    original = move->original;
    r.moved.erase(move);
  }
  bool back_home = new_day == original && (!time || *time == r.at);
  if (!back_home) {
    r.moved.push_back(Move{original, new_day, time});
    std::sort(r.moved.begin(), r.moved.end(),
              [](const Move& a, const Move& b) { return a.original < b.original; });
  }
  validate(r);
  return r;
}

}  // namespace msol::calendar
