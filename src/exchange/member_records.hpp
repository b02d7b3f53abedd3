#pragma once
// Members as read from a host's file (TOML or CSV), before they meet the congregation: each
// record knows its line and which keys the file gave, so an import updates only those.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "exchange/problems.hpp"
#include "exchange/snapshot.hpp"

namespace msol::exchange {

struct MemberRecord {
  Member member;
  std::set<std::string> keys;                 // the keys the file gave (non-blank) for this member
  std::map<std::string, std::string> column;  // key -> the column it came from (CSV), for messages
  int line = 0;
};

struct ImportData {
  std::string source;  // the file name, for messages
  std::optional<std::string> name;
  std::optional<std::string> timezone;
  std::vector<MemberRecord> members;
  std::set<std::string> columns;     // the keys the file has a column (or any member) for
  std::vector<std::string> ignored;  // CSV columns neither known nor mapped, for one note
  std::vector<Problem> problems;     // found while reading, reported with the merge's
  History history;                   // the other tables of an msol export
};

struct ImportOptions {
  bool replace = false;        // a blank cell clears the stored value (the file is authoritative)
  bool allow_similar = false;  // a new name may look like an existing one (--allow-similar)
};

struct ImportSummary {
  std::vector<std::string> added;
  std::vector<std::string> updated;
  // Stored avoids and partners a blank cell kept (without --replace), one sentence each.
  std::vector<std::string> kept;
};

// The keys a member record may carry, in the order export writes them.
const std::vector<std::string>& member_keys();

// Applies one key's text value (as CSV cells or command-line flags give them) to a member. List
// items are separated by ';', ',' or line breaks.
void apply_text_field(Member& m, const std::string& key, const std::string& value,
                      const std::string& where);

// The congregation after the import: existing members (by name, case-insensitively) get the keys
// the file gave, new ones are added; partners are linked both ways. For a key the file has but a
// member's cell leaves blank, the stored value is kept (and a kept avoid or partner is said in
// `summary.kept`), or cleared with `options.replace` (SPEC 8). Names are normalised
// (normalize_name) and, unless `options.allow_similar`, a new name confusable with an existing
// member's is a problem naming both. Every problem, the reader's
// included, is thrown at once by throw_problems(); nothing is changed then.
Congregation merge_import(const Congregation& c, const ImportData& data, ImportSummary& summary,
                          const ImportOptions& options = {});

}  // namespace msol::exchange
