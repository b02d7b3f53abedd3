#include "storage/file_safety.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <ctime>
#include <map>

#include "domain/errors.hpp"
#include "util/file_read.hpp"

namespace msol::storage {
namespace fs = std::filesystem;
namespace {

// SQLite's unix VFS holds a shared lock on this byte of FILE-shm for as long as a connection
// is open ("DMS", sqlite3 os_unix.c: UNIX_SHM_BASE 120 + 8 lock slots).
constexpr off_t kShmDmsByte = 128;

bool someone_has_it_open(const fs::path& path) {
  int fd = ::open((path.string() + "-shm").c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;  // no -shm: no connection in WAL mode
  struct flock probe {};
  probe.l_type = F_WRLCK;
  probe.l_whence = SEEK_SET;
  probe.l_start = kShmDmsByte;
  probe.l_len = 1;
  bool held = ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
  ::close(fd);
  return held;
}

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
  return v;
}

// Whether the WAL holds a page that the file does not already hold as is: the newest frame of
// each page (of the WAL's current generation: its salts) against the file's page
// (https://sqlite.org/fileformat.html#the_write_ahead_log). A WAL whose every page is already
// in the file (a writer killed after its last checkpoint) changes nothing when replayed.
bool wal_changes_file(const fs::path& path) {
  std::string wal;
  std::string file;
  try {
    wal = util::read_file(path.string() + "-wal");
    file = util::read_file(path);
  } catch (const Failure&) {
    return true;  // cannot tell: treat it as changes
  }
  constexpr std::size_t kHeader = 32, kFrameHeader = 24;
  std::size_t page = big_endian(wal, 8);
  if (page < 512 || page > 65536) return true;
  std::map<std::uint32_t, std::size_t> newest;  // page number -> offset of its data
  for (std::size_t at = kHeader; at + kFrameHeader + page <= wal.size(); at += kFrameHeader + page)
    if (wal.compare(at + 8, 8, wal, 16, 8) == 0) newest[big_endian(wal, at)] = at + kFrameHeader;
  for (const auto& [number, data] : newest) {
    std::size_t in_file = (static_cast<std::size_t>(number) - 1) * page;
    if (number == 0 || in_file + page > file.size() ||
        wal.compare(data, page, file, in_file, page) != 0)
      return true;
  }
  return false;
}

// Writers that take turns touch the file and its WAL within moments of each other, and one may
// open the file just after someone_has_it_open() looked (seen under 8 concurrent writers). A copy
// put back by hand comes well after the writer that left the WAL crashed, so only a WAL older by
// more than kStaleMargin counts.
constexpr std::int64_t kStaleMarginSeconds = 5;

bool older(const struct stat& a, const struct stat& b) {
  return a.st_mtim.tv_sec + kStaleMarginSeconds < b.st_mtim.tv_sec;
}

}  // namespace

std::optional<FileIdentity> identity_of(const fs::path& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileIdentity{st.st_dev, st.st_ino};
}

std::optional<std::string> why_read_only(const fs::path& path) {
  auto folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  if (::access(path.c_str(), W_OK) != 0)
    return fmt::format("'{}' is read-only: to change it, run 'chmod u+w {}'", path.string(),
                       path.string());
  if (::access(folder.c_str(), W_OK) != 0)
    return fmt::format(
        "'{}' is in a read-only folder ('{}'), where SQLite cannot keep its -wal and -shm "
        "files: make the folder writable, or copy the file to a folder you can write to",
        path.string(), folder.string());
  return std::nullopt;
}

bool wal_has_frames(const fs::path& path) {
  struct stat st {};
  return ::stat((path.string() + "-wal").c_str(), &st) == 0 && st.st_size > 32;
}

void check_wal_belongs(const fs::path& path) {
  struct stat file {};
  struct stat wal {};
  auto wal_path = path.string() + "-wal";
  if (!wal_has_frames(path) || ::stat(path.c_str(), &file) != 0 ||
      ::stat(wal_path.c_str(), &wal) != 0 || !older(wal, file) || someone_has_it_open(path) ||
      !wal_changes_file(path))
    return;
  throw Failure(fmt::format(
      "'{}' is older than '{}' and no program has the file open: it holds changes from before "
      "the file was put there (a backup copied back by hand?), and folding them in would mix two "
      "versions. To open '{}' as it is, move them aside: 'mv {} {}.old; rm -f {}-shm'; to put a "
      "backup back, use 'msol restore BACKUP'",
      wal_path, path.string(), path.string(), wal_path, wal_path, path.string()));
}

void repair_companion_modes(const fs::path& path) {
  for (const char* suffix : {"-wal", "-shm"}) {
    auto companion = path.string() + suffix;
    struct stat st {};
    if (::stat(companion.c_str(), &st) == 0 && st.st_uid == ::geteuid() &&
        (st.st_mode & 0600) != 0600)
      ::chmod(companion.c_str(), (st.st_mode & 07777) | 0600);
  }
}

fs::path backup_name(const fs::path& path, const std::string& what) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%S", &local);
  // Two attempts within one second (a migration stopped by a name collision, then retried with
  // --rename) must not collide: the second copy gets the next free suffix, never the old name.
  fs::path name = path.string() + "." + what + "." + stamp + ".bak";
  std::error_code ec;
  for (int n = 2; fs::exists(name, ec); ++n)
    name = path.string() + "." + what + "." + stamp + "-" + std::to_string(n) + ".bak";
  return name;
}

}  // namespace msol::storage
