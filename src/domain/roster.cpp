#include "domain/roster.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "util/ranges.hpp"

namespace msol {
namespace {

// The stored spelling of a referenced member, or a Failure saying how to fix the reference.
std::string canonical(const Congregation& c, std::string_view name, std::string_view what,
                      std::string_view owner) {
  if (const auto* m = c.find(name)) {
    if (same_name(m->name, owner))
      throw UsageError(fmt::format("{} of '{}' names '{}' themselves", what, owner, name));
    return m->name;
  }
  std::vector<std::string> names;
  for (const auto& m : c.members) names.push_back(m.name);
  throw Failure(
      fmt::format("{} of '{}' names '{}', who is not a member: check the spelling, or "
                  "add them first with 'msol member add {}'.{}",
                  what, owner, name, name, did_you_mean(name, names)));
}

std::vector<std::string> canonical_list(const Congregation& c, const std::vector<std::string>& in,
                                        std::string_view what, std::string_view owner) {
  std::vector<std::string> out;
  for (const auto& n : in) {
    auto name = canonical(c, n, what, owner);
    if (!util::push_unique(out, name))
      throw UsageError(fmt::format("{} of '{}' names '{}' twice", what, owner, name));
  }
  return out;
}

// The spelling of a tag first seen in the congregation (members in order), so that "Tue-Eve"
// and "tue-eve" are one slot everywhere and print as whoever wrote it first.
std::string first_spelling(const Congregation& c, const std::string& tag,
                           std::vector<std::string> Preferences::*kind) {
  const auto key = name_key(tag);
  for (const auto& m : c.members)
    for (const auto& t : m.prefs.*kind)
      if (name_key(t) == key) return t;
  return tag;
}

std::vector<std::string> unique_tags(const Congregation& c, const std::vector<std::string>& tags,
                                     std::vector<std::string> Preferences::*kind,
                                     std::string_view what) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& t : tags) {
    if (trim(t).empty()) continue;
    auto tag = first_spelling(c, normalize_tag(t, what), kind);
    if (seen.insert(name_key(tag)).second) out.push_back(tag);
  }
  return out;
}

void check_email(const std::string& email, std::string_view owner) {
  if (email.empty()) return;
  if (email.find('@') == std::string::npos || email.find_first_of(" \t,;") != std::string::npos)
    throw UsageError(
        fmt::format("email '{}' of '{}' is not an address like ana@example.org", email, owner));
}

Preferences checked_preferences(const Congregation& c, std::string_view owner, Preferences p) {
  p.want = canonical_list(c, p.want, "want", owner);
  p.avoid = canonical_list(c, p.avoid, "avoid", owner);
  p.partner = canonical_list(c, p.partner, "partner", owner);
  for (const auto& w : p.want)
    if (util::contains(p.avoid, w))
      throw UsageError(
          fmt::format("'{}' both wants and avoids '{}': keep one of the two", owner, w));
  p.interests = unique_tags(c, p.interests, &Preferences::interests, "interest");
  p.slots = unique_tags(c, p.slots, &Preferences::slots, "slot");
  return p;
}

void check_member_fields(const Congregation& c, Member& m) {
  m.name = normalize_name(m.name, "member name");
  check_email(m.email, m.name);
  if (!m.invited_by.empty()) m.invited_by = canonical(c, m.invited_by, "invited-by", m.name);
  if (m.joined && m.left && *m.left < *m.joined)
    throw UsageError(fmt::format("'{}' would leave on {} before joining on {}", m.name,
                                 format_date(*m.left), format_date(*m.joined)));
}

}  // namespace

void check_not_confusable(const Congregation& c, std::string_view name, std::string_view except) {
  std::vector<std::string> others;
  for (const auto& m : c.members)
    if (!same_name(m.name, except)) others.push_back(m.name);
  if (auto similar = confusable_with(name, others))
    throw Failure(fmt::format(
        "'{}' looks like the existing member '{}' (their letters are confusable): if they are "
        "different people, choose a name that tells them apart, or pass --allow-similar",
        name, *similar));
}

std::string add_member(Congregation& c, Member m, bool allow_similar) {
  m.name = normalize_name(m.name, "member name");
  if (const auto* existing = c.find(m.name))
    throw Failure(
        fmt::format("a member named '{}' already exists: names are unique "
                    "(case does not count); choose another, e.g. '{} B.'",
                    existing->name, m.name));
  if (!allow_similar) check_not_confusable(c, m.name);
  Congregation next = c;
  next.members.push_back(m);
  next.members.back() = checked_member(next, std::move(m));
  c = std::move(next);
  return c.members.back().name;
}

std::string edit_member(Congregation& c, std::string_view name, const MemberEdit& edit) {
  Congregation next = c;
  auto& m = next.get(name);
  const std::string old_name = m.name;
  const auto rename =
      edit.rename ? std::optional(normalize_name(*edit.rename, "new name")) : std::nullopt;
  if (rename && !same_name(*rename, old_name)) {
    if (next.find(*rename))
      throw Failure(
          fmt::format("cannot rename '{}' to '{}': that name is taken", old_name, *rename));
    if (!edit.allow_similar) check_not_confusable(next, *rename, old_name);
  }
  if (rename) m.name = *rename;
  if (edit.email) m.email = *edit.email;
  if (edit.invited_by) m.invited_by = *edit.invited_by;
  if (edit.joined) m.joined = edit.joined;
  const std::string new_name = m.name;
  for (auto& other : next.members) {
    auto follow = [&](std::string& ref) {
      if (same_name(ref, old_name)) ref = new_name;
    };
    follow(other.invited_by);
    std::for_each(other.prefs.want.begin(), other.prefs.want.end(), follow);
    std::for_each(other.prefs.avoid.begin(), other.prefs.avoid.end(), follow);
    std::for_each(other.prefs.partner.begin(), other.prefs.partner.end(), follow);
  }
  check_member_fields(next, next.get(new_name));
  invitation_chain(next, new_name);
  c = std::move(next);
  return new_name;
}

void leave_member(Congregation& c, std::string_view name, Date when) {
  auto& m = c.get(name);
  if (m.left) throw Failure(fmt::format("'{}' already left on {}", m.name, format_date(*m.left)));
  if (m.joined && when < *m.joined)
    throw UsageError(fmt::format("'{}' joined on {}: the leaving date {} comes before it", m.name,
                                 format_date(*m.joined), format_date(when)));
  m.left = when;
}

void set_preferences(Congregation& c, std::string_view name, Preferences p) {
  auto& m = c.get(name);
  auto old_partners = m.prefs.partner;
  m.prefs = checked_preferences(c, m.name, std::move(p));
  auto partners = m.prefs.partner;
  m.prefs.partner = old_partners;
  link_partners(c, m.name, partners);
}

void link_partners(Congregation& c, std::string_view name,
                   const std::vector<std::string>& partners) {
  auto& m = c.get(name);
  auto named = [&](const std::string& who) {
    return std::any_of(partners.begin(), partners.end(),
                       [&](const std::string& p) { return same_name(p, who); });
  };
  // Partners kept stay where they are in both lists; only those dropped go, on both sides.
  for (const auto& old : m.prefs.partner)
    if (!named(old))
      std::erase_if(c.get(old).prefs.partner,
                    [&](const std::string& n) { return same_name(n, m.name); });
  std::erase_if(m.prefs.partner, [&](const std::string& p) { return !named(p); });
  for (const auto& p : partners) add_partners(c, m.name, p);
}

void add_partners(Congregation& c, std::string_view a, std::string_view b) {
  auto& first = c.get(a);
  auto& second = c.get(b);
  if (same_name(first.name, second.name))
    throw UsageError(fmt::format("partner of '{}' names '{}' themselves", first.name, b));
  auto link = [](Member& from, const Member& to) {
    auto& list = from.prefs.partner;
    if (std::none_of(list.begin(), list.end(),
                     [&](const std::string& n) { return same_name(n, to.name); }))
      list.push_back(to.name);
  };
  link(first, second);
  link(second, first);
}

Member checked_member(const Congregation& c, Member m) {
  check_member_fields(c, m);
  m.prefs = checked_preferences(c, m.name, std::move(m.prefs));
  return m;
}

void check_roster(const Congregation& c) {
  std::set<std::string> keys;
  for (const auto& m : c.members) {
    normalize_name(m.name, "member name");
    if (!keys.insert(name_key(m.name)).second)
      throw UsageError(fmt::format("member '{}' appears twice (case does not count)", m.name));
  }
  for (const auto& m : c.members) checked_member(c, m);
  for (const auto& m : c.members) invitation_chain(c, m.name);
}

std::vector<std::string> invitation_chain(const Congregation& c, std::string_view name) {
  std::vector<std::string> chain{c.get(name).name};
  while (!c.get(chain.back()).invited_by.empty()) {
    auto next = c.get(chain.back()).invited_by;
    if (std::any_of(chain.begin(), chain.end(), [&](auto& n) { return same_name(n, next); }))
      throw UsageError(fmt::format("the invitations of '{}' go round in a circle: {} -> {}", name,
                                   join(chain, " -> "), next));
    chain.push_back(next);
  }
  return chain;
}

std::vector<std::string> invitees(const Congregation& c, std::string_view name) {
  const auto& host = c.get(name);
  std::vector<std::string> out;
  for (const auto& m : c.members)
    if (same_name(m.invited_by, host.name)) out.push_back(m.name);
  return out;
}

}  // namespace msol
