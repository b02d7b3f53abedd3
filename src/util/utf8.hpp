#pragma once
// The one UTF-8 boundary (SPEC 2: "text that is not valid UTF-8 is refused at input"). Every
// text that enters msol (arguments, files, cells) passes here before any lookup.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace msol::util {

// The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629:
// no overlong forms, no surrogates, nothing above U+10FFFF), or nullopt when all of `text` is.
std::optional<std::size_t> invalid_utf8_at(std::string_view text);

// Throws UsageError naming `what` (a flag, a field) unless `text` is valid UTF-8.
void check_utf8(std::string_view text, std::string_view what);

// Throws UsageError naming `file` and the line of the first bad byte unless `text` is valid.
void check_utf8_file(std::string_view text, std::string_view file);

// `text` with every ill-formed sequence replaced by U+FFFD, for showing damaged stored text.
std::string repaired_utf8(std::string_view text);

}  // namespace msol::util
