#pragma once
// Reads the CSV a host exports from a web form or a spreadsheet (SPEC 8): a header row of member
// keys or of questions the host maps to keys, one row a member, list cells separated by ';', ','
// or line breaks, booleans as yes/no or true/false.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/columns.hpp"
#include "exchange/member_records.hpp"

namespace msol::exchange {

struct CsvRow {
  int line = 0;  // where the row starts in the file
  std::vector<std::string> cells;
};

// RFC 4180 records separated by `delimiter`: quoted cells may hold the delimiter, quotes ("") and
// line breaks; CRLF line ends are read as LF. Throws UsageError "FILE:LINE: ..." on an
// unterminated quote.
std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source,
                              char delimiter = ',');

// The field separator of a file: whichever of ',', ';' and tab occurs most often in the header
// line outside quotes (',' when none does).
char detect_delimiter(std::string_view text);

// "," ";" "tab" or "\t" as a delimiter; throws UsageError naming the allowed ones otherwise.
char parse_delimiter(std::string_view text);

struct CsvOptions {
  std::optional<char> delimiter;  // detected when not given
  ColumnMap map;
  bool strict = false;  // refuse unknown columns instead of ignoring them
};

// The members of a CSV file. Rows whose cells are all empty are skipped. Problems in cells and
// rows are gathered in ImportData::problems (each with line, column and value); a header without
// a name column, a scalar key given by two columns, or (with `strict`) unknown columns throw
// UsageError at once. Columns neither known nor mapped are listed in ImportData::ignored.
ImportData read_members_csv(std::string_view text, const std::string& source,
                            const CsvOptions& options = {});

}  // namespace msol::exchange
