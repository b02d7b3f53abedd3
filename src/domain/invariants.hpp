#pragma once
// The rules that must hold across the whole congregation at every moment, checked over plain data
// by `msol check`. Pure and total: it reads and reports; data that breaks a rule is what it is for,
// so it never throws on it.
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"

namespace msol {

struct Findings {
  std::vector<std::string> errors;    // the data contradicts itself: something must be repaired
  std::vector<std::string> warnings;  // allowed, but a host should look at it
  bool ok() const { return errors.empty(); }
};

// Checks members and crews together: references name existing members, invitations form no
// cycle, crew memberships fall within the member's time in the congregation, nobody is in two open
// crews or in an open crew after leaving, open crews have 3-8 members (a warning), and member and
// crew names are NFC, hold nothing invisible and do not collide once folded (name_key).
// Each problem names the member and crew it concerns.
Findings check_invariants(const Congregation& c, const std::vector<Crew>& crews);

}  // namespace msol
