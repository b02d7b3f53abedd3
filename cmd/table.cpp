#include "table.hpp"

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>
#include <numeric>
#include <string_view>

namespace msol::cli {
namespace {

std::optional<size_t> requested_width;

// The end of the word that starts at text[start]: the next space outside quotes, so that a name
// or a command to type ('Crew 8', "msol meet log 'Crew 8'") stays on one line. A quote opens at
// the start of a word and closes before a space, punctuation or the end, so the apostrophe in
// "O'Brien" is neither.
size_t word_end(const std::string& text, size_t start) {
  char open = 0;
  for (size_t i = start; i < text.size(); ++i) {
    const char c = text[i];
    const bool opens =
        i == start || std::string_view(" (\"'").find(text[i - 1]) != std::string_view::npos;
    const bool closes = i + 1 == text.size() || text[i + 1] == ' ' ||
                        std::ispunct(static_cast<unsigned char>(text[i + 1]));
    if (open == 0 && (c == '\'' || c == '"') && opens)
      open = c;
    else if (open != 0 && c == open && closes)
      open = 0;
    else if (c == ' ' && open == 0)
      return i;
  }
  return text.size();
}

}  // namespace

void request_width(std::optional<size_t> width) { requested_width = width; }

size_t terminal_width() {
  if (requested_width) return *requested_width;
  if (!::isatty(STDOUT_FILENO)) return kUnlimited;
  if (const char* c = std::getenv("COLUMNS")) {
    int n = std::atoi(c);
    if (n > 20) return static_cast<size_t>(n);
  }
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20) return ws.ws_col;
  return 80;
}

std::string wrap(const std::string& text, size_t indent) {
  const size_t width = terminal_width();
  if (width == kUnlimited) return text + "\n";
  const size_t lead = std::min(text.find_first_not_of(' '), text.size());
  std::string out, line = text.substr(0, lead);
  size_t columns = lead;
  size_t start = lead;
  while (start < text.size()) {
    size_t end = word_end(text, start);
    std::string word = text.substr(start, end - start);
    const size_t word_columns = display_width(word);
    const bool started = line.find_first_not_of(' ') != std::string::npos;
    if (started && columns + 1 + word_columns > width) {
      out += line + "\n";
      line = std::string(indent, ' ');
      columns = indent;
    } else if (started) {
      line += ' ';
      ++columns;
    }
    line += word;
    columns += word_columns;
    start = end + 1;
  }
  return out + line + "\n";
}

std::string paint(const std::string& text, const char* style, bool color) {
  return color ? fmt::format("\033[{}m{}\033[0m", style, text) : text;
}

std::string pad(const std::string& s, size_t width) {
  return s + std::string(width - std::min(width, display_width(s)), ' ');
}

void Table::print(bool color) const {
  std::vector<size_t> widths(headers_.size());
  for (size_t i = 0; i < headers_.size(); ++i) {
    widths[i] = display_width(headers_[i]);
    for (const auto& r : rows_) widths[i] = std::max(widths[i], display_width(r[i]));
  }
  const size_t gaps = 2 * (widths.size() - 1);
  for (size_t total = std::accumulate(widths.begin(), widths.end(), gaps);
       total > terminal_width();) {
    auto widest = std::max_element(widths.begin(), widths.end());
    if (*widest <= 6) break;
    size_t cut = std::min(total - terminal_width(), *widest - 6);
    *widest -= cut;
    total -= cut;
  }
  auto line = [&](const std::vector<std::string>& cells, bool header) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
      auto cell = fit(cells[i], widths[i]);
      out += i + 1 < cells.size() ? pad(cell, widths[i]) + "  " : cell;
    }
    std::cout << paint(out, "1", header && color) << "\n";
  };
  line(headers_, true);
  for (const auto& r : rows_) line(r, false);
}

}  // namespace msol::cli
