#include "table.hpp"

#include <fmt/format.h>
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

std::string paint(const std::string& text, const char* style, bool color) {
  return color ? fmt::format("\033[{}m{}\033[0m", style, text) : text;
}

std::string pad(const std::string& s, size_t width) {
  return s + std::string(width - std::min(width, display_width(s)), ' ');
}

namespace {

// The code point that starts at s[i], and how many bytes it takes (1 for a stray byte).
std::pair<char32_t, size_t> decode(const std::string& s, size_t i) {
  const auto lead = static_cast<unsigned char>(s[i]);
  const size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (len == 1 || i + len > s.size()) return {lead, 1};
  char32_t c = lead & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return {c, len};
}

// Terminal columns of a code point, as wcwidth() gives them but without depending on the locale:
// 2 for East Asian wide and fullwidth characters (Chinese, Japanese, Korean names), 0 for
// combining marks, 1 otherwise.
size_t columns(char32_t c) {
  if ((c >= 0x300 && c <= 0x36F) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) return 0;
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                    (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                    (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                    (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                    (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
  return wide ? 2 : 1;
}

}  // namespace

size_t display_width(const std::string& s) {
  size_t cols = 0;
  for (size_t i = 0; i < s.size();) {
    auto [c, len] = decode(s, i);
    cols += columns(c);
    i += len;
  }
  return cols;
}

std::string fit(const std::string& s, size_t width) {
  if (display_width(s) <= width) return s;
  std::string out;
  size_t cols = 0;
  for (size_t i = 0; i < s.size();) {
    auto [c, len] = decode(s, i);
    if (cols + columns(c) > width - 1) break;  // one column left for the ellipsis
    cols += columns(c);
    out += s.substr(i, len);
    i += len;
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
