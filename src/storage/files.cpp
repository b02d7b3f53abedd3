#include "storage/files.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "domain/errors.hpp"
#include "domain/names.hpp"

namespace msol::storage {
namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw Failure(fmt::format("'{}' is a folder, not a file", path.string()));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure(fmt::format("cannot read '{}': {}", path.string(), std::strerror(errno)));
  std::ostringstream buf;
  buf << in.rdbuf();
  return std::string(drop_bom(buf.str()));
}

void write_file_atomic(const fs::path& path, const std::string& content) {
  std::string tmp = path.string() + ".tmpXXXXXX";
  int fd = ::mkstemp(tmp.data());
  if (fd < 0)
    throw Failure(fmt::format("cannot write '{}': {}; choose a folder you can write to",
                              path.string(), std::strerror(errno)));
  bool ok = ::fchmod(fd, 0600) == 0 &&
            ::write(fd, content.data(), content.size()) == static_cast<ssize_t>(content.size()) &&
            ::fsync(fd) == 0;
  int err = errno;
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) {
    if (ok) err = errno;
    ::unlink(tmp.c_str());
    throw Failure(fmt::format("cannot write '{}': {}", path.string(), std::strerror(err)));
  }
}

}  // namespace msol::storage
