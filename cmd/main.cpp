// msol: the entry point.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "run.hpp"

// Closing standard output is the last write (NFS reports some errors only here); a reader that
// went away is not an error, as everywhere else.
int main(int argc, char** argv) {
  int rc = msol::cli::run(argc, argv);
  if (::close(STDOUT_FILENO) != 0 && rc == 0 && errno != EBADF && errno != EPIPE) {
    std::cerr << "msol: cannot write to standard output: " << std::strerror(errno) << "\n";
    return 1;
  }
  return rc;
}
