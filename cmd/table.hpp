#pragma once
// Plain text that fits the terminal: tables whose widest column gives way, ending in "…", and
// prose wrapped at spaces. Output that goes to a pipe or a file is never cut or wrapped unless
// --width asks for it (issue 20 point 8): grep, mail and scripts see whole lines.
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "domain/width.hpp"

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

// `s` followed by spaces up to `width` columns.
std::string pad(const std::string& s, size_t width);
// `text` in an SGR style ("1" bold, "32" green, ...) when `color`, else as it is.
std::string paint(const std::string& text, const char* style, bool color);
// The width the global --width option gave (nullopt: none); set once after parsing.
void request_width(std::optional<size_t> width);
// terminal_width() when nothing may be cut or wrapped.
constexpr size_t kUnlimited = std::numeric_limits<size_t>::max();
// The --width given, else kUnlimited when stdout is not a terminal (whatever $COLUMNS says), else
// $COLUMNS, else the terminal's width, else 80.
size_t terminal_width();
// `text` broken at spaces into lines that fit terminal_width(), each after the first indented
// by `indent` spaces, with a final newline. A word longer than a line stays whole, and so does a
// passage in single quotes (a name or a command to type).
std::string wrap(const std::string& text, size_t indent);

}  // namespace msol::cli
