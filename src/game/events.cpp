#include "game/events.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "game/names.hpp"

namespace msol::game {
namespace {

// How messages name an event: by its id once stored, as "this ..." while it is being logged.
std::string label(std::string_view kind, std::int64_t id) {
  return id == 0 ? fmt::format("this {}", kind) : fmt::format("{} {}", kind, id);
}

}  // namespace

void validate(const Listening& e) {
  const auto what = label("listening circle", e.id);
  check_names(e.participants, what);
  if (e.participants.size() < 2)
    throw UsageError(fmt::format("{} needs at least 2 people: someone has to listen", what));
}

void validate(const Money& e) {
  const auto what = label("money round", e.id);
  if (e.focus.empty()) throw UsageError(fmt::format("{} has no focus member", what));
  check_names(e.offerers, what + " offers");
  if (e.offerers.empty())
    throw UsageError(fmt::format("{} has no offers: log it once someone offered help", what));
  if (std::find(e.offerers.begin(), e.offerers.end(), e.focus) != e.offerers.end())
    throw UsageError(fmt::format("{}: '{}' is the focus and cannot also offer help to themselves",
                                 what, e.focus));
}

void validate(const Conflict& e) {
  const auto what = label("conflict", e.id);
  if (e.a.empty() || e.b.empty()) throw UsageError(fmt::format("{} needs two members", what));
  if (e.a == e.b)
    throw UsageError(fmt::format(
        "{}: '{}' cannot have a conflict with themselves; name the other side", what, e.a));
}

void validate(const CoOwners& e) {
  const auto what = label("co-owned venture", e.id);
  if (e.venture.empty()) throw UsageError(fmt::format("{} has no venture name", what));
  check_names(e.owners, what);
  if (e.owners.size() < 2)
    throw UsageError(
        fmt::format("{} '{}' needs at least 2 owners: co-owning means sharing legal ownership",
                    what, e.venture));
}

void validate(const Event& event) {
  std::visit([](const auto& e) { validate(e); }, event);
}

std::int64_t event_id(const Event& event) {
  return std::visit([](const auto& e) { return e.id; }, event);
}

Date event_date(const Event& event) {
  return std::visit([](const auto& e) { return e.date; }, event);
}

Level event_level(const Event& event) {
  struct Visitor {
    Level operator()(const Listening&) const { return Level::Listening; }
    Level operator()(const Money&) const { return Level::Money; }
    Level operator()(const Conflict&) const { return Level::Conflict; }
    Level operator()(const CoOwners&) const { return Level::CoOwners; }
  };
  return std::visit(Visitor{}, event);
}

std::vector<std::string> participants(const Event& event) {
  struct Visitor {
    std::vector<std::string> operator()(const Listening& e) const { return e.participants; }
    std::vector<std::string> operator()(const Money& e) const {
      std::vector<std::string> out{e.focus};
      out.insert(out.end(), e.offerers.begin(), e.offerers.end());
      return out;
    }
    std::vector<std::string> operator()(const Conflict& e) const { return {e.a, e.b}; }
    std::vector<std::string> operator()(const CoOwners& e) const { return e.owners; }
  };
  return std::visit(Visitor{}, event);
}

}  // namespace msol::game
