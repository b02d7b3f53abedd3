#include "exchange/csv_reader.hpp"

#include <fmt/format.h>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::exchange {
namespace {

struct CsvScanner {
  std::string_view text;
  const std::string& source;
  size_t pos = 0;
  int line = 1;

  bool at_end() const { return pos >= text.size(); }

  std::string quoted_cell() {
    int start_line = line;
    std::string cell;
    for (++pos; pos < text.size(); ++pos) {
      char c = text[pos];
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          cell += '"';
          ++pos;
          continue;
        }
        ++pos;
        return cell;
      }
      if (c == '\n') ++line;
      cell += c;
    }
    throw UsageError(fmt::format("{}:{}: a quoted cell is never closed: add the closing '\"'",
                                 source, start_line));
  }

  std::string plain_cell() {
    size_t end = text.find_first_of(",\r\n", pos);
    if (end == std::string_view::npos) end = text.size();
    std::string cell(text.substr(pos, end - pos));
    pos = end;
    return cell;
  }

  CsvRow row() {
    CsvRow r{line, {}};
    while (true) {
      r.cells.push_back(!at_end() && text[pos] == '"' ? quoted_cell() : plain_cell());
      if (at_end()) return r;
      char c = text[pos++];
      if (c == ',') continue;
      if (c == '\r' && !at_end() && text[pos] == '\n') ++pos;
      if (c == '\r' || c == '\n') {
        ++line;
        return r;
      }
      throw UsageError(
          fmt::format("{}:{}: unexpected text after a quoted cell: put the whole "
                      "cell in quotes",
                      source, line));
    }
  }
};

bool blank(const CsvRow& r) { return r.cells.size() == 1 && trim(r.cells[0]).empty(); }

std::vector<std::string> header_keys(const CsvRow& header, const std::string& source) {
  std::vector<std::string> keys;
  for (const auto& cell : header.cells) {
    auto key = name_key(trim(cell));
    if (std::find(member_keys().begin(), member_keys().end(), key) == member_keys().end())
      throw UsageError(fmt::format("{}:{}: unknown column '{}': known columns are {}", source,
                                   header.line, cell, join(member_keys())));
    if (std::find(keys.begin(), keys.end(), key) != keys.end())
      throw UsageError(fmt::format("{}:{}: column '{}' appears twice in the header: keep one",
                                   source, header.line, cell));
    keys.push_back(key);
  }
  if (std::find(keys.begin(), keys.end(), "name") == keys.end())
    throw UsageError(fmt::format("{}:{}: the header has no 'name' column", source, header.line));
  return keys;
}

MemberRecord record(const CsvRow& row, const std::vector<std::string>& keys,
                    const std::string& source) {
  auto where = fmt::format("{}:{}", source, row.line);
  if (row.cells.size() != keys.size())
    throw UsageError(
        fmt::format("{}: {} cells where the header has {}: check for a missing or "
                    "extra comma (quote cells that contain commas)",
                    where, row.cells.size(), keys.size()));
  MemberRecord r;
  r.line = row.line;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (trim(row.cells[i]).empty()) continue;
    try {
      apply_text_field(r.member, keys[i], row.cells[i], "column");
    } catch (const UsageError& e) {
      throw UsageError(fmt::format("{}: {}", where, e.what()));
    }
    r.keys.insert(keys[i]);
  }
  if (!r.keys.count("name")) throw UsageError(fmt::format("{}: the row has no name", where));
  return r;
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvScanner scanner{text, source};
  std::vector<CsvRow> rows;
  while (!scanner.at_end()) {
    auto r = scanner.row();
    if (!blank(r)) rows.push_back(std::move(r));
  }
  return rows;
}

ImportData read_members_csv(std::string_view text, const std::string& source) {
  auto rows = parse_csv(text, source);
  ImportData data;
  data.source = source;
  if (rows.empty()) return data;
  auto keys = header_keys(rows.front(), source);
  for (size_t i = 1; i < rows.size(); ++i) data.members.push_back(record(rows[i], keys, source));
  return data;
}

}  // namespace msol::exchange
