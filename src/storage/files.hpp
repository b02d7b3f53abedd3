#pragma once
// Whole-file reads and atomic, private writes for what msol reads from and gives to people.
#include <filesystem>
#include <string>

namespace msol::storage {

// The file's bytes without a UTF-8 byte-order mark at the start (drop_bom: spreadsheets write one,
// and it is never part of the first name). Throws Failure naming the file and the reason when it
// cannot be read.
std::string read_file(const std::filesystem::path& path);

// Writes via a temporary file and a rename, mode 0600: readers see the old or the new file whole.
void write_file_atomic(const std::filesystem::path& path, const std::string& content);

}  // namespace msol::storage
