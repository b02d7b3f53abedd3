#include "exchange/csv_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "domain/errors.hpp"
#include "domain/text.hpp"

namespace msol::exchange {
namespace {

struct CsvScanner {
  std::string_view text;
  const std::string& source;
  char delimiter;
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
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') continue;
      if (c == '\n') ++line;
      cell += c;
    }
    throw UsageError(fmt::format("{}:{}: a quoted cell is never closed: add the closing '\"'",
                                 source, start_line));
  }

  std::string plain_cell() {
    const char stops[] = {delimiter, '\r', '\n', '\0'};
    size_t end = text.find_first_of(stops, pos);
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
      if (c == delimiter) continue;
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

bool all_empty(const CsvRow& r) {
  return std::all_of(r.cells.begin(), r.cells.end(),
                     [](const std::string& c) { return trim(c).empty(); });
}

// The columns a key is read from, by their place in the row.
struct Layout {
  std::vector<std::string> headers;
  std::vector<std::pair<std::string, std::vector<size_t>>> keys;  // in member_keys() order
};

bool is_list(const std::string& key) {
  return key == "want" || key == "avoid" || key == "partner" || key == "interests" ||
         key == "slots";
}

Layout layout(const CsvRow& header, const CsvOptions& o, const std::string& source,
              ImportData& data) {
  Layout l{header.cells, {}};
  std::vector<std::string> unknown;
  std::vector<std::pair<std::string, size_t>> found;
  for (size_t i = 0; i < header.cells.size(); ++i) {
    auto key = column_key(o.map, header.cells[i]);
    // A column with an empty header (a spreadsheet's trailing separator) holds nothing to note.
    if (key)
      found.emplace_back(*key, i);
    else if (!trim(header.cells[i]).empty())
      unknown.push_back(header.cells[i]);
  }
  if (o.strict && !unknown.empty())
    throw UsageError(fmt::format(
        "{}:{}: unknown column(s) '{}': map them with --map \"Header=key\" (keys: {}), or drop "
        "--strict to ignore them",
        source, header.line, join(unknown, "', '"), join(member_keys())));
  data.ignored = unknown;
  for (const auto& key : member_keys()) {
    std::vector<size_t> columns;
    for (const auto& [k, i] : found)
      if (k == key) columns.push_back(i);
    if (columns.empty()) continue;
    if (columns.size() > 1 && !is_list(key))
      throw UsageError(fmt::format(
          "{}:{}: columns '{}' and '{}' both give '{}', which holds one value: map one of them "
          "elsewhere",
          source, header.line, header.cells[columns[0]], header.cells[columns[1]], key));
    l.keys.emplace_back(key, columns);
    data.columns.insert(key);
  }
  if (!data.columns.count("name"))
    throw UsageError(
        fmt::format("{}:{}: the header has no 'name' column: name it 'name' or map it, e.g. "
                    "--map \"What's your name?=name\"",
                    source, header.line));
  return l;
}

// One row as a record. A list key read from two columns gets both cells' items (they add up).
MemberRecord record(const CsvRow& row, const Layout& l, std::vector<Problem>& problems) {
  MemberRecord r;
  r.line = row.line;
  for (const auto& [key, columns] : l.keys) {
    std::string value;
    std::vector<std::string> headers;
    for (size_t i : columns)
      if (!trim(row.cells[i]).empty()) {
        value += (value.empty() ? "" : ";") + row.cells[i];
        headers.push_back(l.headers[i]);
      }
    r.column[key] = headers.empty() ? l.headers[columns.front()] : join(headers, "' + '");
    if (trim(value).empty()) continue;
    try {
      apply_text_field(r.member, key, value, "column");
      r.keys.insert(key);
    } catch (const UsageError& e) {
      problems.push_back({row.line, r.column[key], trim(value), e.what()});
    }
  }
  return r;
}

}  // namespace

std::vector<CsvRow> parse_csv(std::string_view text, const std::string& source, char delimiter) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  CsvScanner scanner{text, source, delimiter};
  std::vector<CsvRow> rows;
  while (!scanner.at_end()) {
    auto r = scanner.row();
    if (!all_empty(r)) rows.push_back(std::move(r));
  }
  return rows;
}

char detect_delimiter(std::string_view text) {
  std::array<std::pair<char, int>, 3> counts{{{',', 0}, {';', 0}, {'\t', 0}}};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (!quoted && (c == '\n' || c == '\r')) break;
    for (auto& [d, n] : counts)
      if (!quoted && c == d) ++n;
  }
  auto best = std::max_element(counts.begin(), counts.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  return best->second > 0 ? best->first : ',';
}

char parse_delimiter(std::string_view text) {
  if (text == "," || text == ";") return text[0];
  if (text == "tab" || text == "\t" || text == "\\t") return '\t';
  throw UsageError(
      fmt::format("--delimiter '{}' is not a field separator: give ',', ';' or tab", text));
}

ImportData read_members_csv(std::string_view text, const std::string& source,
                            const CsvOptions& options) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  auto rows = parse_csv(text, source, options.delimiter.value_or(detect_delimiter(text)));
  ImportData data;
  data.source = source;
  if (rows.empty()) return data;
  auto l = layout(rows.front(), options, source, data);
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& row = rows[i];
    if (row.cells.size() != l.headers.size()) {
      data.problems.push_back(
          {row.line, "", "",
           fmt::format("{} cells where the header has {}: check for a missing or extra "
                       "separator (quote cells that contain one)",
                       row.cells.size(), l.headers.size())});
      continue;
    }
    auto r = record(row, l, data.problems);
    if (!r.keys.count("name")) {
      if (std::none_of(data.problems.begin(), data.problems.end(),
                       [&](const Problem& p) { return p.line == row.line; }))
        data.problems.push_back(
            {row.line, r.column["name"], "", "the row has no name: fill it in, or delete the row"});
      continue;
    }
    data.members.push_back(std::move(r));
  }
  return data;
}

}  // namespace msol::exchange
