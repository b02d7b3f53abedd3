#pragma once
// The text of a host's file as UTF-8: checked as it is, or converted from the encoding the host
// names (SPEC 8, `--encoding`), with ICU's converters.
#include <string>
#include <string_view>

namespace msol::exchange {

// Throws UsageError "SOURCE:LINE:COLUMN: ..." at the first byte that is not UTF-8, with the fix
// (save as UTF-8, or give --encoding). Columns count characters from 1.
void check_utf8(std::string_view text, const std::string& source);

// `bytes` converted from `encoding` (any converter name ICU knows, e.g. windows-1252, latin1,
// UTF-16) to UTF-8, without a leading byte-order mark. Throws UsageError for an unknown
// converter name and for bytes that are not text in that encoding.
std::string to_utf8(std::string_view bytes, const std::string& encoding, const std::string& source);

}  // namespace msol::exchange
