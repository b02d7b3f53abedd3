#pragma once
// RFC 5545 lexical rules: TEXT escaping, 75-octet line folding with CRLF, date-time values.
#include <date/tz.h>

#include <chrono>
#include <string>
#include <string_view>

#include "domain/dates.hpp"

namespace msol::calendar {

// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks; other
// control characters, which TEXT forbids, are dropped.
std::string escape_text(std::string_view text);

// Terminates a content line with CRLF, folding it first so that no physical line exceeds 75 octets
// (RFC 5545 3.1). Folds never split a UTF-8 sequence, so every physical line is valid UTF-8.
std::string fold_line(std::string_view line);

// Collects content lines, folded and CRLF-terminated.
class ContentLines {
 public:
  // `name` may carry parameters, e.g. "DTSTART;TZID=Europe/Berlin"; `value` is already encoded.
  void add(std::string_view name, std::string_view value);
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

std::string ics_date(Date day);                           // 20261203
std::string ics_local(date::local_seconds t);             // 20261203T190000
std::string ics_utc(date::sys_seconds t);                 // 20261203T180000Z
std::string ics_utc_offset(std::chrono::seconds offset);  // +0100, -0500, +053328

}  // namespace msol::calendar
