#include "table.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <numeric>

namespace msol::cli {
size_t terminal_width() {
  if (const char* c = std::getenv("COLUMNS")) {
    int n = std::atoi(c);
    if (n > 20) return static_cast<size_t>(n);
  }
  winsize ws{};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 20)
    return ws.ws_col;
  return 80;
}

std::string wrap(const std::string& text, size_t indent) {
  const size_t width = terminal_width();
  const size_t lead = std::min(text.find_first_not_of(' '), text.size());
  std::string out, line = text.substr(0, lead);
  size_t start = lead;
  while (start < text.size()) {
    size_t end = std::min(text.find(' ', start), text.size());
    std::string word = text.substr(start, end - start);
    const bool started = line.find_first_not_of(' ') != std::string::npos;
    if (started && display_width(line) + 1 + display_width(word) > width) {
      out += line + "\n";
      line = std::string(indent, ' ');
    } else if (started) {
      line += ' ';
    }
    line += word;
    start = end + 1;
  }
  return out + line + "\n";
}

std::string pad(const std::string& s, size_t width) {
  return s + std::string(width - std::min(width, display_width(s)), ' ');
}

size_t display_width(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string fit(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t cols = 0;
  for (char c : s) {
    bool starts = (c & 0xC0) != 0x80;
    if (starts && ++cols > width - 1) break;
    out += c;
  }
  return out + "…";
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
  auto line = [&](const std::vector<std::string>& cells, bool bold) {
    std::string out;
    for (size_t i = 0; i < cells.size(); ++i) {
      auto cell = fit(cells[i], widths[i]);
      out += i + 1 < cells.size() ? pad(cell, widths[i]) + "  " : cell;
    }
    std::cout << (bold ? "\033[1m" + out + "\033[0m" : out) << "\n";
  };
  line(headers_, color);
  for (const auto& r : rows_) line(r, false);
}

}  // namespace msol::cli
