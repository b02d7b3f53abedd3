// libFuzzer harness: every parser of dates, times, durations, sizes and cadences, and the rhythm
// they build expanded in a real time zone. Lines of the input feed the fields in turn:
//   cadence, from, count or until, time, zone, duration, size, skipped date.
// Only msol's own errors may come out.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "calendar/cadence.hpp"
#include "calendar/expand.hpp"
#include "domain/dates.hpp"
#include "domain/errors.hpp"
#include "domain/meeting.hpp"
#include "domain/member.hpp"
#include "domain/text.hpp"
#include "fuzz_lines.hpp"

namespace {

using msol::calendar::Rhythm;

template <typename F>
void guarded(F&& f) {
  try {
    f();
  } catch (const msol::UsageError&) {
  } catch (const msol::Failure&) {
  }
}

void parse_each(const std::string& text) {
  guarded([&] { msol::parse_date(text, "date"); });
  guarded([&] { msol::parse_time(text, "time"); });
  guarded([&] { msol::parse_duration(text, "duration"); });
  guarded([&] { msol::parse_size_range(text, "size"); });
  guarded([&] { msol::parse_yes_no(text, "looking"); });
  guarded([&] { msol::calendar::parse_cadence(text); });
}

// --count as CLI11 reads it: any int, so validate() must refuse what cannot be a commitment.
int count(const std::string& text) {
  int n = 0;
  std::from_chars(text.data(), text.data() + text.size(), n);
  return n;
}

// Builds the rhythm `rhythm set` would from the same words, then expands it.
void expand_rhythm(const std::vector<std::string>& f) {
  Rhythm r;
  r.cadence = msol::calendar::parse_cadence(f[0]);
  r.from = msol::parse_date(f[1], "--from");
  if (auto until = msol::try_parse_date(f[2]))
    r.until = *until;
  else
    r.count = count(f[2]);
  r.at = msol::parse_time(f[3], "--at");
  r.duration_minutes = static_cast<int>(msol::parse_duration(f[5], "--duration").count());
  if (auto skip = msol::try_parse_date(f[7])) r.skipped.push_back(*skip);
  msol::calendar::validate(r);
  msol::calendar::expand(r, f[4], {"Ana", "Ben"});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto fields = msol::fuzz::lines(data, size, 8);
  for (const auto& f : fields) parse_each(f);
  fields.resize(8);
  guarded([&] { expand_rhythm(fields); });
  return 0;
}
