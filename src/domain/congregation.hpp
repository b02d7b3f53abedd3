#pragma once
// The congregation as plain data: settings and members, looked up by case-insensitive name.
#include <string>
#include <string_view>
#include <vector>

#include "domain/member.hpp"

namespace msol {

struct Congregation {
  std::string name;
  std::string timezone;
  std::vector<Member> members;  // in the order they joined the file

  const Member* find(std::string_view name) const;
  Member* find(std::string_view name);
  // Throws Failure naming the member and suggesting `msol member list` when unknown.
  const Member& get(std::string_view name) const;
  Member& get(std::string_view name);
};

}  // namespace msol
