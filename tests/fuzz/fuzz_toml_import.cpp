// libFuzzer harness: a host's TOML (or msol's JSON export) through the whole import, as
// `msol import` runs it up to the database. Only msol's own errors may come out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "domain/errors.hpp"
#include "exchange/member_records.hpp"
#include "exchange/toml_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto records = text.starts_with("{") ? msol::exchange::read_members_json(text, "fuzz.json")
                                         : msol::exchange::read_members_toml(text, "fuzz.toml");
    msol::exchange::ImportSummary summary;
    msol::exchange::merge_import(msol::Congregation{}, records, summary);
  } catch (const msol::UsageError&) {
  } catch (const msol::Failure&) {
  }
  return 0;
}
