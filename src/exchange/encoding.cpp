#include "exchange/encoding.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include "domain/errors.hpp"
#include "util/utf8.hpp"

namespace msol::exchange {
namespace {

struct ConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

void check_utf8(std::string_view text, const std::string& source) {
  const auto at = util::invalid_utf8_at(text);
  if (!at) return;
  // Everything before `at` is valid UTF-8, so the column counts code points: lead bytes only.
  const auto before = text.substr(0, *at);
  const auto line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  const auto column =
      1 + std::count_if(before.begin() + static_cast<std::ptrdiff_t>(line_start), before.end(),
                        [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
  throw UsageError(fmt::format(
      "{}:{}:{}: byte 0x{:02X} is not UTF-8 text: save the file as UTF-8 (in a spreadsheet: "
      "CSV UTF-8), or name its encoding, e.g. --encoding windows-1252",
      source, line, column, static_cast<unsigned char>(text[*at])));
}

std::string to_utf8(std::string_view bytes, const std::string& encoding,
                    const std::string& source) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterClose> from(ucnv_open(encoding.c_str(), &status));
  if (U_FAILURE(status))
    throw UsageError(fmt::format(
        "--encoding '{}' is not an encoding ICU knows: try windows-1252, latin1 or UTF-16",
        encoding));
  // Stop at a byte the encoding has no character for, rather than writing U+FFFD silently.
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::unique_ptr<UConverter, ConverterClose> to(ucnv_open("UTF-8", &status));
  std::string out(bytes.size() * 4 + 16, '\0');
  char* target = out.data();
  const char* input = bytes.data();
  UChar pivot[1024];
  UChar* pivot_source = pivot;
  UChar* pivot_target = pivot;
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &input,
                 bytes.data() + bytes.size(), pivot, &pivot_source, &pivot_target,
                 pivot + std::size(pivot), true, true, &status);
  if (U_FAILURE(status))
    throw UsageError(fmt::format(
        "{}: the bytes near offset {} are not {} text: check the encoding the file was saved in",
        source, input - bytes.data(), encoding));
  out.resize(static_cast<std::size_t>(target - out.data()));
  if (out.starts_with("\xEF\xBB\xBF")) out.erase(0, 3);
  return out;
}

}  // namespace msol::exchange
