#include "exchange/import_diff.hpp"

#include <algorithm>

#include "domain/text.hpp"
#include "exchange/member_records.hpp"

namespace msol::exchange {
namespace {

int rank(const FieldChange& c) {
  if (!c.after.empty()) return 2;
  return c.key == "avoid" || c.key == "partner" ? 0 : 1;
}

}  // namespace

std::string field_text(const Member& m, const std::string& key) {
  const auto& p = m.prefs;
  auto date = [](const std::optional<Date>& d) { return d ? format_date(*d) : std::string(); };
  if (key == "name") return m.name;
  if (key == "email") return m.email;
  if (key == "invited_by") return m.invited_by;
  if (key == "joined") return date(m.joined);
  if (key == "left") return date(m.left);
  if (key == "want") return join(p.want);
  if (key == "avoid") return join(p.avoid);
  if (key == "partner") return join(p.partner);
  if (key == "interests") return join(p.interests);
  if (key == "slots") return join(p.slots);
  if (key == "size") return p.size ? format_size_range(*p.size) : std::string();
  if (key == "looking") return p.looking ? "yes" : "no";
  return {};
}

std::vector<FieldChange> member_changes(const Congregation& before, const Congregation& after) {
  std::vector<FieldChange> changes;
  for (const auto& m : after.members) {
    const Member* old = before.find(m.name);
    if (old == nullptr) continue;
    for (const auto& key : member_keys()) {
      auto was = field_text(*old, key), now = field_text(m, key);
      if (was != now) changes.push_back({m.name, key, was, now});
    }
  }
  std::stable_sort(changes.begin(), changes.end(),
                   [](const FieldChange& a, const FieldChange& b) { return rank(a) < rank(b); });
  return changes;
}

}  // namespace msol::exchange
