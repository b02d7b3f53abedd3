#include "calendar/ics_text.hpp"

#include <fmt/format.h>

#include <cstdlib>

namespace msol::calendar {
namespace {

constexpr size_t kMaxOctets = 75;

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The longest prefix of `rest` within `limit` octets that does not end inside a UTF-8 sequence.
size_t chunk_length(std::string_view rest, size_t limit) {
  if (rest.size() <= limit) return rest.size();
  size_t cut = limit;
  while (cut > 0 && is_utf8_continuation(rest[cut])) --cut;
  return cut == 0 ? limit : cut;  // not UTF-8 at all: fall back to a plain octet cut
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CRLF is one break
      out += "\\n";
    } else if (c == '\t' || (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F)) {
      out += c;  // includes every octet of UTF-8 sequences
    }
  }
  return out;
}

std::string fold_line(std::string_view line) {
  std::string out;
  auto first = chunk_length(line, kMaxOctets);
  out.append(line.substr(0, first)).append("\r\n");
  line.remove_prefix(first);
  while (!line.empty()) {
    // A continuation line starts with one space, which counts against its 75 octets.
    auto n = chunk_length(line, kMaxOctets - 1);
    out.append(" ").append(line.substr(0, n)).append("\r\n");
    line.remove_prefix(n);
  }
  return out;
}

void ContentLines::add(std::string_view name, std::string_view value) {
  std::string line;
  line.append(name).append(":").append(value);
  text_ += fold_line(line);
}

std::string ics_date(Date day) {
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(day.year()),
                     static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
}

std::string ics_local(date::local_seconds t) { return date::format("%Y%m%dT%H%M%S", t); }

std::string ics_utc(date::sys_seconds t) { return date::format("%Y%m%dT%H%M%SZ", t); }

std::string ics_utc_offset(std::chrono::seconds offset) {
  auto total = offset.count();
  auto magnitude = std::llabs(total);
  auto hhmm =
      fmt::format("{}{:02}{:02}", total < 0 ? '-' : '+', magnitude / 3600, magnitude / 60 % 60);
  if (magnitude % 60 != 0) hhmm += fmt::format("{:02}", magnitude % 60);
  return hhmm;
}

}  // namespace msol::calendar
