// libFuzzer harness: a CSV export of a web form through the whole import, as `msol import` runs
// it up to the database. Only msol's own errors may come out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/errors.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/encoding.hpp"
#include "exchange/member_records.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    msol::exchange::check_utf8(text, "fuzz.csv");
    // The first byte picks --replace, so that both blank-cell rules are reached.
    bool replace = !text.empty() && (static_cast<unsigned char>(text[0]) & 1);
    auto records = msol::exchange::read_members_csv(text, "fuzz.csv");
    msol::exchange::ImportSummary summary;
    msol::exchange::merge_import(msol::Congregation{}, records, summary, {replace});
  } catch (const msol::UsageError&) {
  } catch (const msol::Failure&) {
  }
  return 0;
}
