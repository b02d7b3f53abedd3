#pragma once
// What an import would change, field by field, for `msol import --dry-run` (SPEC 8): hosts check
// a web form's effect before it touches the congregation.
#include <string>
#include <vector>

#include "domain/congregation.hpp"

namespace msol::exchange {

struct FieldChange {
  std::string member;
  std::string key;     // a member key: "avoid", "slots", ...
  std::string before;  // as the import format writes it; empty when unset
  std::string after;   // empty when the import clears it
};

// The fields that differ for members in both `before` and `after` (matched by name), in this
// order: cleared hard constraints (avoid, partner), other cleared fields, then other changes;
// within each, by the members' order in `after` and member_keys() order.
std::vector<FieldChange> member_changes(const Congregation& before, const Congregation& after);

// One member field as text: lists joined by ", ", dates ISO, booleans yes/no.
std::string field_text(const Member& m, const std::string& key);

}  // namespace msol::exchange
