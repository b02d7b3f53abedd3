#pragma once
// Who took part in something on a given day (a game event), as the user typed them.
#include <string>
#include <vector>

#include "domain/congregation.hpp"

namespace msol {

// The members' canonical names for the names typed, in the same order. Throws Failure for an
// unknown name (Congregation::get) and for a member who had left before `day`: a member who left
// keeps their history but takes part in nothing new.
std::vector<std::string> resolve_members(const Congregation& c,
                                         const std::vector<std::string>& typed, Date day);
std::string resolve_member(const Congregation& c, const std::string& typed, Date day);

}  // namespace msol
