#include "exchange/history_check.hpp"

#include <fmt/format.h>

#include <set>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::exchange {
namespace {

struct Checker {
  const Congregation& c;
  const History& h;
  const std::string& source;

  [[noreturn]] void fail(int line, const std::string& message) const {
    throw Failure(fmt::format("{}:{}: {}", source, line, message));
  }

  void member(int line, const std::string& name) const {
    if (!name.empty() && c.find(name) == nullptr)
      fail(line, fmt::format("'{}' is not a member: add a [[member]] for them", name));
  }

  void members(int line, const std::vector<std::string>& names) const {
    for (const auto& n : names) member(line, n);
  }

  void crew(int line, const std::string& name) const {
    for (const auto& r : h.crews)
      if (same_name(r.crew.name, name)) return;
    fail(line, fmt::format("'{}' is not a crew of the file: add a [[crew]] for it", name));
  }

  template <class Records>
  void position(int line, const std::optional<int>& p, const Records& records,
                const char* what) const {
    if (p && *p > static_cast<int>(records.size()))
      fail(line, fmt::format("{} = {}, but the file has {} [[{}]] table(s)", what, *p,
                             records.size(), what));
  }

  void crews() const {
    std::set<std::string> seen;
    for (const auto& r : h.crews) {
      if (!seen.insert(name_key(r.crew.name)).second)
        fail(r.line, fmt::format("crew '{}' appears twice in the file", r.crew.name));
      position(r.line, r.formation, h.formations, "formation");
      for (const auto& m : r.crew.roster) member(r.line, m.member);
    }
  }

  void meetings() const {
    std::set<std::int64_t> ids;
    for (const auto& m : h.meetings) {
      if (!ids.insert(m.id).second) fail(m.line, fmt::format("meeting id {} appears twice", m.id));
      crew(m.line, m.crew);
      member(m.line, m.facilitator);
      members(m.line, m.present);
      members(m.line, m.absent);
      members(m.line, m.excused);
    }
  }

  void events() const {
    std::set<std::int64_t> ids;
    for (const auto& e : h.events) {
      auto id = game::event_id(e.event);
      if (!ids.insert(id).second) fail(e.line, fmt::format("event id {} appears twice", id));
      members(e.line, game::participants(e.event));
    }
  }

  void all() const {
    crews();
    for (const auto& r : h.rhythms) {
      crew(r.line, r.crew);
      member(r.line, r.first_facilitator);
    }
    meetings();
    for (const auto& r : h.retros) {
      crew(r.line, r.crew);
      position(r.line, r.rhythm, h.rhythms, "rhythm");
      member(r.line, r.next_facilitator);
    }
    events();
  }
};

}  // namespace

void check_history(const Congregation& c, const History& h, const std::string& source) {
  Checker{c, h, source}.all();
}

}  // namespace msol::exchange
