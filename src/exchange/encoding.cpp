#include "exchange/encoding.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>

#include <iterator>
#include <memory>

#include "domain/errors.hpp"

namespace msol::exchange {
namespace {

// The length of the UTF-8 sequence starting at s[i], or 0 when it is not one (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  std::size_t len = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
  if (len == 0 || i + len > s.size()) return 0;
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMinimum[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

struct ConverterClose {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

}  // namespace

void check_utf8(std::string_view text, const std::string& source) {
  int line = 1, column = 1;
  for (std::size_t i = 0; i < text.size();) {
    auto len = sequence_length(text, i);
    if (len == 0)
      throw UsageError(fmt::format(
          "{}:{}:{}: byte 0x{:02X} is not UTF-8 text: save the file as UTF-8 (in a spreadsheet: "
          "CSV UTF-8), or name its encoding, e.g. --encoding windows-1252",
          source, line, column, static_cast<unsigned char>(text[i])));
    if (text[i] == '\n') {
      ++line;
      column = 0;
    }
    ++column;
    i += len;
  }
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
