#include "util/shell.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <memory>
#include <string>

using msol::util::shell_line;
using msol::util::shell_word;

namespace {

// What bash makes of `line` as the arguments of printf '%s\0': the words it reads back.
std::string bash_reads(const std::string& line) {
  std::string script = "printf '%s\\0' " + line;
  std::string command = "bash -c " + shell_word(script);
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::string out;
  std::array<char, 256> buffer{};
  for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;)
    out.append(buffer.data(), n);
  return out;
}

}  // namespace

TEST_CASE("a shell word reads back as the same word in bash") {
  for (std::string word : {"Ana", "Crew 1", "O'Brien", "a\nb\tc", "\x1b[31mred\x1b[0m",
                           "Zo\xc3\xab", "e\xe2\x80\xaevil", "z\xe2\x80\x8bw", "$HOME `x`", ""})
    CHECK(bash_reads(shell_word(word)) == word + std::string(1, '\0'));
}

TEST_CASE("control and invisible characters never reach the terminal as they are") {
  CHECK(shell_word("a\nb") == "$'a\\x0ab'");
  CHECK(shell_word("\x1b[31m") == "$'\\x1b[31m'");
  CHECK(shell_word("e\xe2\x80\xaevil") == "$'e\\u202Evil'");
  CHECK(shell_word("Zo\xc3\xab") == "'Zo\xc3\xab'");
  CHECK(shell_line({"msol", "meet", "log", "Crew 1"}) == "msol meet log 'Crew 1'");
}
