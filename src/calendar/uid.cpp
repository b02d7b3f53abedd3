#include "calendar/uid.hpp"

#include <fmt/format.h>

#include <cstdint>

#include "calendar/ics_text.hpp"

namespace msol::calendar {
namespace {

// FNV-1a: tiny, and unlike std::hash its value is fixed across platforms and library versions.
std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string identity_hash(std::string_view crew, const Rhythm& rhythm) {
  auto identity =
      fmt::format("{}\n{}\n{}", crew, format_cadence(rhythm.cadence), format_date(rhythm.from));
  return fmt::format("{:016x}", fnv1a(identity));
}

}  // namespace

std::string rhythm_uid(std::string_view crew, const Rhythm& rhythm) {
  return fmt::format("msol-{}-{}@msol", identity_hash(crew, rhythm), ics_date(rhythm.from));
}

std::string meeting_uid(std::string_view crew, const Rhythm& rhythm, Date scheduled) {
  return fmt::format("msol-{}-{}-{}@msol", identity_hash(crew, rhythm), ics_date(rhythm.from),
                     ics_date(scheduled));
}

}  // namespace msol::calendar
