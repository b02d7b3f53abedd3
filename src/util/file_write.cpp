#include "util/file_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "util/errors.hpp"

namespace msol::util {
namespace fs = std::filesystem;
namespace {

// What the person can do about the usual reasons a write fails.
std::string fix_for(int err) {
  switch (err) {
    case ENOSPC:
    case EDQUOT:
      return ": free some space on that disk, or choose another";
    case EACCES:
    case EPERM:
    case EROFS:
      return ": choose a folder you can write to";
    default:
      return "";
  }
}

[[noreturn]] void fail(const fs::path& target, int err) {
  throw Failure("cannot write '" + target.string() + "': " + os_reason(err) + fix_for(err));
}

bool same_inode(const fs::path& a, const fs::path& b) {
  struct stat sa {};
  struct stat sb {};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

// The names that belong to the congregation file `base` in its own folder.
bool companion_name(const std::string& name, const std::string& base) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    if (name == base + suffix) return true;
  return name.starts_with(base + ".") && name.ends_with(".bak");
}

fs::path folder_of(const fs::path& p) {
  return p.has_parent_path() ? p.parent_path() : fs::path(".");
}

// /dev/stdout, a FIFO, a terminal: written where they are; renaming over them would replace
// the device node or the shell's redirection instead of writing into it.
bool write_in_place(const fs::path& target) {
  auto abs = fs::absolute(target).lexically_normal().string();
  if (abs.starts_with("/dev/") || abs.starts_with("/proc/")) return true;
  struct stat st {};
  return ::stat(target.c_str(), &st) == 0 && !S_ISREG(st.st_mode);
}

void write_all(int fd, std::string_view content, const fs::path& target) {
  while (!content.empty()) {
    auto n = ::write(fd, content.data(), content.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      fail(target, err);
    }
    content.remove_prefix(static_cast<std::size_t>(n));
  }
}

void write_into(const fs::path& target, std::string_view content) {
  int fd = ::open(target.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) fail(target, errno);
  write_all(fd, content, target);
  if (::close(fd) != 0) fail(target, errno);
}

// A new private file beside `target`, named so that nobody takes it for the real one.
fs::path temp_beside(const fs::path& target) {
  auto name = (folder_of(target) / ("." + target.filename().string() + ".msol-tmpXXXXXX")).string();
  int fd = ::mkstemp(name.data());
  if (fd < 0) fail(target, errno);
  bool ok = ::fchmod(fd, 0600) == 0;
  int err = errno;
  ::close(fd);
  if (!ok) {
    ::unlink(name.c_str());
    fail(target, err);
  }
  return name;
}

void sync_path(const fs::path& path, const fs::path& target) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(target, errno);
  int err = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  if (err != 0) fail(target, err);
}

// The rename is durable only once the folder's entry is: best effort, as some file systems
// cannot sync a folder.
void sync_folder(const fs::path& target) {
  int fd = ::open(folder_of(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// Puts the filled temp file at `target`: link() never replaces an existing name, rename() does.
void put_in_place(const fs::path& temp, const fs::path& target, bool may_replace) {
  int rc =
      may_replace ? ::rename(temp.c_str(), target.c_str()) : ::link(temp.c_str(), target.c_str());
  int err = errno;
  if (rc != 0 || !may_replace) ::unlink(temp.c_str());
  if (rc == 0) return sync_folder(target);
  if (err == EEXIST)
    throw Failure("'" + target.string() +
                  "' already exists: msol never overwrites it here; choose a new file name");
  fail(target, err);
}

// A symlink keeps pointing where it did: the file it names is the one replaced.
fs::path resolved(const fs::path& target) {
  std::error_code ec;
  if (!fs::is_symlink(target, ec)) return target;
  auto real = fs::weakly_canonical(target, ec);
  return ec ? target : real;
}

}  // namespace

std::string os_reason(int err) { return std::strerror(err); }

Guard::Guard(fs::path congregation) : file_(std::move(congregation)) {}

void Guard::check(const fs::path& target) const {
  auto refuse = [&](const fs::path& which) {
    auto what = which == file_ ? std::string("the congregation file itself")
                               : "'" + which.string() + "', a companion of the congregation file";
    throw Failure("'" + target.string() + "' is " + what + " ('" + file_.string() +
                  "'): writing there would destroy the congregation; choose another file name");
  };
  std::error_code ec;
  auto base = file_.filename().string();
  auto canon_target = fs::weakly_canonical(fs::absolute(target, ec), ec);
  auto canon_folder = fs::weakly_canonical(fs::absolute(folder_of(file_), ec), ec);
  // Under another spelling or a symlink, or a name that is not there yet (a future -wal).
  if (canon_target.parent_path() == canon_folder &&
      companion_name(canon_target.filename().string(), base))
    refuse(canon_target.filename() == base ? file_ : canon_target);
  // A hard link has a name of its own: only the device and inode give it away.
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    if (same_inode(target, file_.string() + suffix)) refuse(file_.string() + suffix);
  for (const auto& entry : fs::directory_iterator(folder_of(file_), ec))
    if (companion_name(entry.path().filename().string(), base) && same_inode(target, entry.path()))
      refuse(entry.path());
}

void write_file(const fs::path& target, std::string_view content, WriteMode mode,
                const Guard& guard) {
  if (mode != WriteMode::privileged) guard.check(target);
  if (mode == WriteMode::replace && write_in_place(target)) return write_into(target, content);
  write_file_with(target, mode, guard, [&](const fs::path& temp) {
    int fd = ::open(temp.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail(target, errno);
    write_all(fd, content, target);
    if (::close(fd) != 0) fail(target, errno);
  });
}

void write_file_with(const fs::path& target, WriteMode mode, const Guard& guard,
                     const std::function<void(const fs::path&)>& fill) {
  if (mode != WriteMode::privileged) guard.check(target);
  auto real = mode == WriteMode::replace ? resolved(target) : target;
  auto temp = temp_beside(real);
  try {
    fill(temp);
    sync_path(temp, target);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  put_in_place(temp, real, mode == WriteMode::replace);
}

}  // namespace msol::util
