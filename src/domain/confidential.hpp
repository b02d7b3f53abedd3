#pragma once
// The one list of what stays inside the congregation (SPEC 5: `msol export --redact`, for
// sharing outside, leaves out every crew-confidential or interpersonal field). A field added
// here is left out of every redacted export; the exporter's switch over it has no default, so
// the compiler names a field that is listed but not yet handled.
#include <array>
#include <string_view>

namespace msol {

enum class Confidential {
  meeting_note,     // notes are confidential to the crew
  member_avoid,     // who will not sit with whom
  money_event,      // level 2: paid vs meaningful work, asks and offers
  conflict_event,   // level 4: a hurt and its repair
  retro_celebrate,  // a crew's own review of itself
  retro_change,
};

struct ConfidentialField {
  Confidential field;
  std::string_view name;  // as the export spells it
};

inline constexpr std::array kConfidentialFields{
    ConfidentialField{Confidential::meeting_note, "meeting.note"},
    ConfidentialField{Confidential::member_avoid, "member.avoid"},
    ConfidentialField{Confidential::money_event, "event kind money"},
    ConfidentialField{Confidential::conflict_event, "event kind conflict"},
    ConfidentialField{Confidential::retro_celebrate, "retro.celebrate"},
    ConfidentialField{Confidential::retro_change, "retro.change"},
};

}  // namespace msol
