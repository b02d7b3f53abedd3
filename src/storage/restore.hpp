#pragma once
// `msol restore BACKUP` (SPEC 7): putting a backup back as the congregation file, safely.
#include <filesystem>
#include <optional>

namespace msol::storage {

// Checks `backup` (SQLite's quick_check, an msol schema this msol knows), saves the current
// file first as FILE.restore.YYYYMMDDTHHMMSS.bak, and copies the backup in through SQLite, so
// that the -wal and -shm stay consistent with it and other readers see it whole. With no
// current file, the backup becomes it (after any leftover -wal is moved aside with `force`).
// Refuses (Failure) while another process writes, and when the current file cannot be opened
// unless `force`, which then moves it with its -wal and -shm aside as FILE.replaced.*.bak.
// Returns where the file as it was is saved, if there was one.
std::optional<std::filesystem::path> restore(const std::filesystem::path& file,
                                             const std::filesystem::path& backup, bool force);

}  // namespace msol::storage
