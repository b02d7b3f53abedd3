#include "util/file_read.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "util/errors.hpp"
#include "util/file_write.hpp"
#include "util/utf8.hpp"

namespace msol::util {
namespace fs = std::filesystem;

namespace {
[[noreturn]] void cannot_read(const fs::path& path, int err) {
  throw Failure("cannot read '" + path.string() + "': " + os_reason(err));
}
}  // namespace

std::string read_file(const fs::path& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) cannot_read(path, errno);
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    throw Failure("'" + path.string() + "' is a folder, not a file");
  }
  std::string out;
  char buf[65536];
  for (;;) {
    auto n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      cannot_read(path, err);
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  // Spreadsheets and Windows editors begin UTF-8 files with a byte-order mark: it is no text, and
  // left in, it would become part of the first name or header (SPEC 2).
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);
  return out;
}

std::string read_text_file(const fs::path& path) {
  auto text = read_file(path);
  check_utf8_file(text, path.string());
  return text;
}

}  // namespace msol::util
