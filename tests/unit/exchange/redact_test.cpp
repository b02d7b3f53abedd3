// export --redact (SPEC 5): every field that domain/confidential.hpp lists is seeded with a marker,
// the whole redacted export (TOML and JSON) is searched for it, and the rest must survive.
#include <doctest/doctest.h>

#include <string>

#include "domain/confidential.hpp"
#include "exchange/export.hpp"

using namespace msol;
using namespace msol::exchange;

namespace {

Date day(const char* iso) { return parse_date(iso, "test date"); }

// Puts the marker "SECRET-<n>" into field `f`; no default, so a new field needs a seed here.
void seed(Snapshot& s, Confidential f, const std::string& marker) {
  auto& h = s.history;
  switch (f) {
    case Confidential::meeting_note:
      h.meetings.push_back({1, "Otters", day("2026-03-03"), true, "", marker, {"Ana"}, {}, {}, 0});
      return;
    case Confidential::member_avoid:
      s.congregation.members.front().prefs.avoid.push_back(marker);
      return;
    case Confidential::money_event:
      h.events.push_back({game::Money{1, day("2026-03-04"), marker, true, {marker + "-offer"}}, 0});
      return;
    case Confidential::conflict_event:
      h.events.push_back({game::Conflict{2, day("2026-03-05"), marker, marker + "-b", true}, 0});
      return;
    case Confidential::retro_celebrate:
      h.retros.push_back({"Otters", 1, day("2026-03-10"), "continue", marker, "", 2, "", 0});
      return;
    case Confidential::retro_change:
      h.retros.push_back({"Otters", 1, day("2026-03-11"), "continue", "", marker, 2, "", 0});
      return;
  }
}

Snapshot everything_marked() {
  Snapshot s;
  s.congregation.name = "Spree";
  s.congregation.timezone = "UTC";
  Member ana;
  ana.name = "Ana";
  ana.prefs.want = {"Ben"};
  s.congregation.members.push_back(ana);
  s.history.events.push_back({game::Listening{3, day("2026-03-06"), {"Ana", "Ben"}}, 0});
  int n = 0;
  for (const auto& f : kConfidentialFields) seed(s, f.field, "SECRET-" + std::to_string(++n));
  return s;
}

}  // namespace

TEST_CASE("a redacted export carries no confidential field, in TOML or JSON") {
  auto s = everything_marked();
  for (auto format : {Format::Toml, Format::Json}) {
    auto full = export_snapshot(s, format);
    auto shared = export_snapshot(redacted(s), format);
    for (std::size_t n = 1; n <= kConfidentialFields.size(); ++n) {
      auto marker = "SECRET-" + std::to_string(n);
      CAPTURE(kConfidentialFields[n - 1].name);
      CHECK(full.find(marker) != std::string::npos);  // the seed reached the export
      CHECK(shared.find(marker) == std::string::npos);
    }
    // What a congregation shows outside stays: members, wants, listening circles, meetings.
    CHECK(shared.find("Ana") != std::string::npos);
    CHECK(shared.find("Ben") != std::string::npos);
    CHECK(shared.find("listening") != std::string::npos);
    CHECK(shared.find("2026-03-03") != std::string::npos);
  }
}
