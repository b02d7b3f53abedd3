#pragma once
// What msol checks about the congregation file on disk, beside what SQLite checks inside it:
// whether it may be written, whether a leftover WAL belongs to it, and whether the path still
// names the file that was opened. The rules and their false alarms: ARCHITECTURE.md.
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>

namespace msol::storage {

// A file's identity on disk: a rename over the path gives it another one.
struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const FileIdentity&) const = default;
};
std::optional<FileIdentity> identity_of(const std::filesystem::path& path);

// Why SQLite cannot write `path` (the file or its folder is read-only), with the fix; nullopt
// when it can.
std::optional<std::string> why_read_only(const std::filesystem::path& path);

// Throws Failure when FILE-wal is older than FILE, no program has FILE open, and the WAL holds
// pages that differ from the file's: the WAL then belongs to an earlier file (a backup put back
// with cp), and SQLite would replay its frames onto this one.
void check_wal_belongs(const std::filesystem::path& path);

// True when FILE-wal holds frames (more than its 32-byte header).
bool wal_has_frames(const std::filesystem::path& path);

// Gives the owner back read and write on FILE-wal and FILE-shm when an older msol left them
// with a mode that blocks the next write (it copied the mode of a read-only file).
void repair_companion_modes(const std::filesystem::path& path);

// "FILE.<what>.YYYYMMDDTHHMMSS.bak" beside FILE, in local time: a fresh name for each backup.
std::filesystem::path backup_name(const std::filesystem::path& path, const std::string& what);

}  // namespace msol::storage
