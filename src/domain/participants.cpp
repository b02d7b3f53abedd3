#include "domain/participants.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"

namespace msol {

std::string resolve_member(const Congregation& c, const std::string& typed, Date day) {
  const auto& m = c.get(typed);
  if (m.left && *m.left < day)
    throw Failure(
        fmt::format("'{}' left the congregation on {}, before {}: check the --date, or "
                    "leave them out",
                    m.name, format_date(*m.left), format_date(day)));
  return m.name;
}

std::vector<std::string> resolve_members(const Congregation& c,
                                         const std::vector<std::string>& typed, Date day) {
  std::vector<std::string> out;
  for (const auto& name : typed) out.push_back(resolve_member(c, name, day));
  return out;
}

}  // namespace msol
