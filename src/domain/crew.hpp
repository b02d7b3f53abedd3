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

// The crew's members on `day`, in joining order: the one rule for who is in a crew on a date, used
// by `meet log` for the roll, by the game for consistency points, crew events and partnerships,
// and by `msol check`. A membership covers [joined, left). Members who were there when the crew
// was created count as members before that day too, so that meetings held before the crew was
// entered in msol can be back-filled, and they count the same way everywhere.
std::vector<std::string> members_on(const Crew& crew, Date day);

// Looks a crew up by name (name_key); throws Failure suggesting `msol crew list` and the crews
// the name may have meant (did_you_mean).
Crew& find_crew(std::vector<Crew>& crews, std::string_view name);
const Crew& find_crew(const std::vector<Crew>& crews, std::string_view name);

// The current member of `crew` named `name`, spelled as the crew spells it; throws Failure naming
// `what` (the flag) and the crew's members otherwise.
std::string member_spelled(const Crew& crew, std::string_view name, std::string_view what);

// The open crew a member is in now, if any.
const Crew* crew_of(const std::vector<Crew>& crews, std::string_view member);

// A crew name nobody uses yet: "Crew 1", "Crew 2", ...
std::string next_crew_name(const std::vector<Crew>& crews);

// Creates an open crew named normalize_name(name) (UsageError if unusable; Failure if taken or,
// unless `allow_similar`, confusable with another crew's name).
void create_crew(const Congregation& c, std::vector<Crew>& crews, const std::string& name,
                 const std::vector<std::string>& members, Date today, bool allow_similar = false);
void add_to_crew(const Congregation& c, std::vector<Crew>& crews, std::string_view crew,
                 std::string_view member, Date today);
void remove_from_crew(std::vector<Crew>& crews, std::string_view crew, std::string_view member,
                      Date today);
void close_crew(std::vector<Crew>& crews, std::string_view crew, Date today);

// A member leaves the congregation on `when` (leave_member) and with it the open crew they are
// in, whose name is returned (nullopt if none). SPEC §3: their history stays, they are not in
// any open crew after leaving.
std::optional<std::string> member_leaves(Congregation& c, std::vector<Crew>& crews,
                                         std::string_view member, Date when);

// Warnings a host should see about a crew (size outside 3-8), empty when all is well.
std::vector<std::string> crew_warnings(const Crew& crew);

}  // namespace msol
