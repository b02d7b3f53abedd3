#pragma once
// Every problem of a host's file, gathered so that one run reports them all (SPEC 8): a 46-row
// web-form export must not take seven dry runs to import.
#include <string>
#include <vector>

namespace msol::exchange {

// At most this many problems are spelled out; the rest are counted.
inline constexpr std::size_t kMaxReported = 50;

struct Problem {
  int line = 0;
  std::string column;      // as the file spells it; empty when the problem is the whole row
  std::string value;       // the offending text; empty when it is missing
  std::string message;     // what is wrong and the fix
  bool not_found = false;  // a name that is no member (exit 1) rather than malformed input
};

// "FILE:LINE: column 'C', value 'V': MESSAGE" (the column and value parts when known).
std::string format_problem(const std::string& source, const Problem& p);

// Does nothing when `problems` is empty. Otherwise throws one error: the problem itself when it
// is alone, else a count and every one on a line of its own, up to kMaxReported. UsageError
// (exit 2) when any is malformed input, Failure (exit 1) when every one is a name that is not a
// member (SPEC 2's exit codes).
void throw_problems(const std::string& source, const std::vector<Problem>& problems);

}  // namespace msol::exchange
