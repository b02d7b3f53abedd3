#pragma once
// Members as read from a host's file (TOML or CSV), before they meet the congregation: each
// record knows its line and which keys the file gave, so an import updates only those.
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "exchange/snapshot.hpp"

namespace msol::exchange {

struct MemberRecord {
  Member member;
  std::set<std::string> keys;  // the keys the file gave for this member
  int line = 0;
};

struct ImportData {
  std::string source;  // the file name, for messages
  std::optional<std::string> name;
  std::optional<std::string> timezone;
  std::vector<MemberRecord> members;
  History history;  // the other tables of an msol export
};

struct ImportSummary {
  std::vector<std::string> added;
  std::vector<std::string> updated;
  // "name 'Spree Commons' (was 'Test')": what the file's [congregation] table changes, so that an
  // import never renames the congregation or moves its time zone without saying so.
  std::vector<std::string> congregation;
};

// The keys a member record may carry, in the order export writes them.
const std::vector<std::string>& member_keys();

// Applies one key's text value (as CSV cells or command-line flags give them) to a member.
void apply_text_field(Member& m, const std::string& key, const std::string& value,
                      const std::string& where);

// The congregation after the import: existing members (by name, case-insensitively) get the keys
// the file gave, new ones are added. Names are normalised (normalize_name) and, unless
// `allow_similar`, a new name confusable with an existing member's is refused (Failure naming
// both). Throws, naming file and line, and changes nothing on error.
Congregation merge_import(const Congregation& c, const ImportData& data, ImportSummary& summary,
                          bool allow_similar = false);

}  // namespace msol::exchange
