#pragma once
// Plain text that fits the terminal: tables whose widest column gives way, ending in "…", and
// prose wrapped at spaces.
#include <string>
#include <vector>

namespace msol::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  // Prints to stdout; headers bold when `color`.
  void print(bool color) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

// Columns UTF-8 text takes in a terminal: wide (CJK) characters take two, combining marks none.
size_t display_width(const std::string& s);
std::string fit(const std::string& s, size_t width);
// `s` followed by spaces up to `width` columns.
std::string pad(const std::string& s, size_t width);
// `text` in an SGR style ("1" bold, "32" green, ...) when `color`, else as it is.
std::string paint(const std::string& text, const char* style, bool color);
// $COLUMNS, else the terminal's width, else 80.
size_t terminal_width();
// `text` broken at spaces into lines that fit terminal_width(), each after the first indented
// by `indent` spaces, with a final newline. A word longer than a line stays whole.
std::string wrap(const std::string& text, size_t indent);

}  // namespace msol::cli
