#pragma once
// Whole-file reads of what people give to msol: the raw bytes, or text checked at the UTF-8
// boundary (util/utf8.hpp) with the line of the first bad byte.
#include <filesystem>
#include <string>

namespace msol::util {

// The bytes of `path`, without a UTF-8 byte-order mark at the start; throws Failure naming the file
// and the OS's reason when it cannot be read.
std::string read_file(const std::filesystem::path& path);

// read_file, then check_utf8_file: throws UsageError naming the file and line of bad text.
std::string read_text_file(const std::filesystem::path& path);

}  // namespace msol::util
