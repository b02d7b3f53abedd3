#pragma once
// Crews as plain data, and the rules for managing them by hand. Pure: each rule checks the
// change against the congregation and the other crews, or throws and changes nothing.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/congregation.hpp"

namespace msol {

struct CrewMembership {
  std::string member;
  Date joined;
  std::optional<Date> left;  // the day they stopped being in the crew
};

struct Crew {
  std::string name;
  bool open = true;
  Date created;
  std::optional<Date> closed;
  std::vector<CrewMembership> roster;  // everyone who was ever in it, in joining order

  // Current members in joining order (for a closed crew, those it had when it closed).
  std::vector<std::string> members() const;
  bool has_member(std::string_view name) const;
};

// Looks a crew up by case-insensitive name; throws Failure suggesting `msol crew list`.
Crew& find_crew(std::vector<Crew>& crews, std::string_view name);
const Crew& find_crew(const std::vector<Crew>& crews, std::string_view name);

// The current member of `crew` named `name`, spelled as the crew spells it; throws Failure naming
// `what` (the flag) and the crew's members otherwise.
std::string member_spelled(const Crew& crew, std::string_view name, std::string_view what);

// The open crew a member is in now, if any.
const Crew* crew_of(const std::vector<Crew>& crews, std::string_view member);

// A crew name nobody uses yet: "Crew 1", "Crew 2", ...
std::string next_crew_name(const std::vector<Crew>& crews);

void create_crew(const Congregation& c, std::vector<Crew>& crews, const std::string& name,
                 const std::vector<std::string>& members, Date today);
void add_to_crew(const Congregation& c, std::vector<Crew>& crews, std::string_view crew,
                 std::string_view member, Date today);
void remove_from_crew(std::vector<Crew>& crews, std::string_view crew, std::string_view member,
                      Date today);
void close_crew(std::vector<Crew>& crews, std::string_view crew, Date today);

// Warnings a host should see about a crew (size outside 3-8), empty when all is well.
std::vector<std::string> crew_warnings(const Crew& crew);

}  // namespace msol
