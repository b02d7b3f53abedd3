#pragma once
// Standard output that is checked (SPEC 1: a failed write to stdout ends the command with
// exit 1): every byte goes through one buffer whose failures keep the OS's reason.
#include <streambuf>

namespace msol::cli {

// Thrown when the reader of a pipe went away (`msol ... | head -1`): that ends the command
// silently, as SIGPIPE does when it is not ignored.
struct ReaderGone {};

// While alive, std::cout writes through a checked buffer to file descriptor 1.
class CheckedStdout {
 public:
  CheckedStdout();
  ~CheckedStdout();
  CheckedStdout(const CheckedStdout&) = delete;
  CheckedStdout& operator=(const CheckedStdout&) = delete;

 private:
  std::streambuf* previous_;
};

// Flushes std::cout. Throws Failure("cannot write to standard output: <reason>") when any
// write so far failed or came up short, and ReaderGone for a closed pipe.
void flush_stdout();

}  // namespace msol::cli
