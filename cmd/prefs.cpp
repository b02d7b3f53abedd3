// msol prefs set|show: what a member wants from a crew.
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/roster.hpp"
#include "domain/text.hpp"
#include "storage/members_store.hpp"

namespace msol::cli {
namespace {

nlohmann::json prefs_json(const Member& m) {
  const auto& p = m.prefs;
  return {{"name", m.name},
          {"want", p.want},
          {"avoid", p.avoid},
          {"partner", p.partner},
          {"interests", p.interests},
          {"slots", p.slots},
          {"size", p.size ? nlohmann::json(format_size_range(*p.size)) : nlohmann::json()},
          {"looking", p.looking}};
}

void print_prefs(const Member& m) {
  const auto& p = m.prefs;
  auto or_dash = [](const std::vector<std::string>& v) { return v.empty() ? "-" : join(v); };
  std::cout << m.name << "\n"
            << "  want:      " << or_dash(p.want) << "\n"
            << "  avoid:     " << or_dash(p.avoid) << "\n"
            << "  partner:   " << or_dash(p.partner) << "\n"
            << "  interests: " << or_dash(p.interests) << "\n"
            << "  slots:     " << or_dash(p.slots) << "\n"
            << "  size:      " << (p.size ? format_size_range(*p.size) : "any (3-8)") << "\n"
            << "  looking:   " << (p.looking ? "yes" : "no") << "\n";
}

struct SetOptions {
  std::string name;
  std::optional<std::string> want, avoid, partner, interests, slots, size, looking;
};

Preferences apply(const SetOptions& o, Preferences p) {
  if (o.want) p.want = split_list(*o.want);
  if (o.avoid) p.avoid = split_list(*o.avoid);
  if (o.partner) p.partner = split_list(*o.partner);
  if (o.interests) p.interests = split_list(*o.interests);
  if (o.slots) p.slots = split_list(*o.slots);
  if (o.size)
    p.size =
        trim(*o.size).empty() ? std::nullopt : std::optional(parse_size_range(*o.size, "--size"));
  if (o.looking) p.looking = parse_yes_no(*o.looking, "--looking");
  return p;
}

void set_command(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<SetOptions>();
  auto* sub = group.add_subcommand("set", "Set a member's crew preferences (only the flags given)");
  sub->add_option("NAME", o->name, "The member")->required();
  sub->add_option("--want", o->want, "Members they would like to crew with, in priority order");
  sub->add_option("--avoid", o->avoid, "Members they must not be placed with");
  sub->add_option("--partner", o->partner,
                  "Members who always share their crew (a couple); stored both ways");
  sub->add_option("--interests", o->interests, "Free tags: housing,food,art,...");
  sub->add_option("--slots", o->slots, "When they can meet: tue-eve,sat-am,...");
  sub->add_option("--size", o->size, "Preferred crew size MIN-MAX inside 3-8");
  sub->add_option("--looking", o->looking, "Whether they want a (new) crew: yes or no");
  example(sub, "  msol prefs set Ana --want Ben,Caro --avoid Dan --slots tue-eve --size 4-6");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto& m = c.get(o->name);
      // A partner dropped or added changes the other side too: save both sides.
      auto touched = m.prefs.partner;
      set_preferences(c, m.name, apply(*o, m.prefs));
      for (const auto& p : c.get(m.name).prefs.partner) touched.push_back(p);
      touched.push_back(m.name);
      storage::save_members(db.sql(), c, touched);
    });
    ctx.note(fmt::format("preferences of {} saved", o->name));
  });
}

void show_command(CLI::App& group, Context& ctx) {
  auto name = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("show", "Show a member's crew preferences");
  sub->add_option("NAME", *name, "The member")->required();
  example(sub, "  msol prefs show Ana");
  ctx.on_run(sub, [&ctx, name] {
    auto db = ctx.open_file();
    auto c = storage::load_congregation(db.sql());
    const auto& m = c.get(*name);
    if (ctx.globals.json) return ctx.print_json(prefs_json(m));
    print_prefs(m);
  });
}

}  // namespace

void register_prefs(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("prefs", "Set and show crew preferences");
  group->require_subcommand(1);
  example(group, "  msol prefs set Ana --want Ben,Caro --interests food\n  msol prefs show Ana");
  set_command(*group, ctx);
  show_command(*group, ctx);
}

}  // namespace msol::cli
