#pragma once
// The one way msol writes a file (SPEC 1: nothing is lost silently; no -o may name the
// congregation file or its companions). Every file msol gives to people goes through here.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace msol::util {

enum class WriteMode {
  // A new file, mode 0600; refuses a path that exists (backup: never overwrites anything).
  create_only,
  // Temp file beside the target (0600), fsync, rename: readers see the old or the new file
  // whole. A target that is not a regular file (/dev/stdout, a FIFO) is written in place.
  replace,
  // create_only without the guard: only restore and migrations, for the congregation's own
  // backups (FILE.*.bak), which every other write refuses.
  privileged,
};

// The congregation file, its -wal, -shm and -journal and its backups (FILE.*.bak beside it).
class Guard {
 public:
  explicit Guard(std::filesystem::path congregation);
  // Throws Failure when `target` names one of them under any alias: another spelling of the
  // path, a symlink, a hard link (same device and inode).
  void check(const std::filesystem::path& target) const;

 private:
  std::filesystem::path file_;
};

// Writes `content` to `target` in `mode`. Throws Failure naming the path, the OS's own reason
// and a fix where there is one; a failed write leaves no temp file and no partial target.
void write_file(const std::filesystem::path& target, std::string_view content, WriteMode mode,
                const Guard& guard);

// The same for content that another library writes by path (SQLite's online backup): `fill`
// receives a new empty file (mode 0600) to write into; it is synced and put in place after.
void write_file_with(const std::filesystem::path& target, WriteMode mode, const Guard& guard,
                     const std::function<void(const std::filesystem::path&)>& fill);

// The OS's reason for `err` (strerror), captured where the call failed.
std::string os_reason(int err);

}  // namespace msol::util
