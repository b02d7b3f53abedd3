#pragma once
// Reads the CSV a host exports from a web form: a header row of member keys, one row a member,
// list cells separated by ';', booleans as yes/no or true/false.
#include <string>
#include <string_view>
#include <vector>

#include "exchange/member_records.hpp"

namespace msol::exchange {

struct CsvRow {
  int line = 0;  // where the row starts in the file
  std::vector<std::string> cells;
};

// RFC 4180 records: quoted cells may hold commas, quotes ("") and line breaks.
// Throws UsageError "FILE:LINE: ..." on an unterminated quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source);

ImportData read_members_csv(std::string_view text, const std::string& source);

}  // namespace msol::exchange
