#include "calendar/ics_text.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace msol;
using namespace msol::calendar;

namespace {

std::vector<std::string> physical_lines(const std::string& folded) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (auto end = folded.find("\r\n"); end != std::string::npos; end = folded.find("\r\n", start)) {
    lines.push_back(folded.substr(start, end - start));
    start = end + 2;
  }
  CHECK(start == folded.size());  // nothing after the final CRLF
  return lines;
}

std::string unfold(const std::string& folded) {
  std::string out;
  for (const auto& line : physical_lines(folded))
    out += line.empty() || line[0] != ' ' ? line : line.substr(1);
  return out;
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks") {
  CHECK(escape_text(R"(a,b;c\d)") == R"(a\,b\;c\\d)");
  CHECK(escape_text("one\ntwo\r\nthree\rfour") == R"(one\ntwo\nthree\nfour)");
  CHECK(escape_text("tab\there, bell\a gone") == "tab\there\\, bell gone");
  CHECK(escape_text("Grüße") == "Grüße");
}

TEST_CASE("short lines are only terminated with CRLF") {
  CHECK(fold_line("VERSION:2.0") == "VERSION:2.0\r\n");
  CHECK(fold_line(std::string(75, 'x')) == std::string(75, 'x') + "\r\n");
}

TEST_CASE("long lines fold at 75 octets with a leading space") {
  std::string line = "DESCRIPTION:" + std::string(300, 'x');
  auto folded = fold_line(line);
  auto lines = physical_lines(folded);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].size() == 75);
  for (size_t i = 1; i < lines.size(); ++i) {
    CHECK(lines[i][0] == ' ');
    CHECK(lines[i].size() <= 75);
  }
  CHECK(unfold(folded) == line);
}

TEST_CASE("folding never splits a UTF-8 sequence") {
  // "ä" is two octets and "🌱" four, so naive 75-octet cuts would land inside them.
  std::string line = "SUMMARY:";
  for (int i = 0; i < 40; ++i) line += "ä🌱";
  auto folded = fold_line(line);
  for (const auto& l : physical_lines(folded)) {
    CHECK(l.size() <= 75);
    auto content = l[0] == ' ' ? l.substr(1) : l;
    CHECK_FALSE(is_continuation(content.front()));
  }
  CHECK(unfold(folded) == line);
}

TEST_CASE("date-time and offset values") {
  using namespace std::chrono;
  auto day = date::year{2026} / 12 / 3;
  CHECK(ics_date(day) == "20261203");
  CHECK(ics_local(date::local_days{day} + hours{19}) == "20261203T190000");
  CHECK(ics_utc(date::sys_days{day} + hours{18} + minutes{5}) == "20261203T180500Z");
  CHECK(ics_utc_offset(hours{1}) == "+0100");
  CHECK(ics_utc_offset(-hours{5}) == "-0500");
  CHECK(ics_utc_offset(hours{5} + minutes{30}) == "+0530");
  CHECK(ics_utc_offset(hours{0}) == "+0000");
  CHECK(ics_utc_offset(-(minutes{53} + seconds{28})) == "-005328");
}
