#include "domain/congregation.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol {

const Member* Congregation::find(std::string_view n) const {
  auto key = name_key(n);
  auto it = std::find_if(members.begin(), members.end(),
                         [&](const Member& m) { return name_key(m.name) == key; });
  return it == members.end() ? nullptr : &*it;
}

Member* Congregation::find(std::string_view n) {
  return const_cast<Member*>(std::as_const(*this).find(n));
}

const Member& Congregation::get(std::string_view n) const {
  if (const auto* m = find(n)) return *m;
  std::vector<std::string> names;
  for (const auto& m : members) names.push_back(m.name);
  throw Failure(fmt::format("no member named '{}': check the spelling with 'msol member list'.{}",
                            n, did_you_mean(n, names)));
}

Member& Congregation::get(std::string_view n) {
  return const_cast<Member&>(std::as_const(*this).get(n));
}

}  // namespace msol
