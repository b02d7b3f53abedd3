#pragma once
// Rules for changing who is in the congregation and what they prefer. Pure: each function checks
// the change against the whole congregation and applies it in memory, or throws and changes
// nothing.
#include <string>
#include <string_view>
#include <vector>

#include "domain/congregation.hpp"

namespace msol {

// Adds a member, its name normalised (normalize_name); references (invited_by, wants, avoids)
// must name existing members. Throws Failure if the name is taken or, unless `allow_similar`,
// confusable with an existing member's (check_not_confusable). Returns the name as stored.
std::string add_member(Congregation& c, Member m, bool allow_similar = false);

// Throws Failure naming both if `name` looks like (confusable_with) a member of `c` other than
// `except` (a member being renamed may look like their own old name). Issue 16 point 3.
void check_not_confusable(const Congregation& c, std::string_view name,
                          std::string_view except = {});

struct MemberEdit {
  std::optional<std::string> rename;
  std::optional<std::string> email;
  std::optional<std::string> invited_by;
  std::optional<Date> joined;
  bool allow_similar = false;  // accept a new name confusable with another member's
};
// Applies an edit and returns the member's (possibly new) name.
std::string edit_member(Congregation& c, std::string_view name, const MemberEdit& edit);

void leave_member(Congregation& c, std::string_view name, Date when);

// Replaces a member's preferences after checking names, sizes and self-references. Partners are
// symmetric (SPEC 3: naming one side is enough): the partners named are linked both ways, and
// partners no longer named lose this member too.
void set_preferences(Congregation& c, std::string_view name, Preferences p);

// Makes `partners` (stored spellings of existing members) exactly the partners of `name`, on both
// sides. Throws Failure for an unknown name and UsageError for the member themselves.
void link_partners(Congregation& c, std::string_view name,
                   const std::vector<std::string>& partners);

// Links two existing members as partners both ways (nothing when they already are).
void add_partners(Congregation& c, std::string_view a, std::string_view b);

// One member's fields and preferences checked against `c` (which must already hold every member
// they name), with references spelled as the members are stored.
Member checked_member(const Congregation& c, Member m);

// Checks every invariant of the roster at once (used after an import); throws UsageError
// listing the first problem with the member it concerns.
void check_roster(const Congregation& c);

// Who invited whom, from the member up to a founding member: ["Ana", "Nati", "Sol"].
std::vector<std::string> invitation_chain(const Congregation& c, std::string_view name);

// The members this member invited, in joining order.
std::vector<std::string> invitees(const Congregation& c, std::string_view name);

}  // namespace msol
