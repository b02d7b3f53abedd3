// msol crew list|show|create|add|remove|close, and the form command of crew_form.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "crew_views.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

// Loads members and crews, applies `change` to the crews, and saves them, in one transaction.
template <class Change>
void change_crews(Context& ctx, Change change) {
  auto db = ctx.open_file();
  db.write([&] {
    auto c = storage::load_congregation(db.sql());
    auto crews = storage::load_crews(db.sql());
    change(c, crews, ctx.today(c.timezone));
    storage::save_crews(db.sql(), crews);
    for (const auto& crew : crews)
      for (const auto& w : crew_warnings(crew)) ctx.warn(w);
  });
}

void list_command(CLI::App& group, Context& ctx) {
  auto* sub = group.add_subcommand("list", "List crews, open and closed");
  example(sub, "  msol crew list\n  msol crew list --json");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    auto crews = storage::load_crews(db.sql());
    std::stable_sort(crews.begin(), crews.end(),
                     [](const Crew& a, const Crew& b) { return listing_less(a.name, b.name); });
    if (ctx.globals.json) {
      auto doc = nlohmann::json::array();
      for (const auto& crew : crews) doc.push_back(crew_json(crew));
      return ctx.print_json(doc);
    }
    Table t({"CREW", "STATUS", "SIZE", "MEMBERS"});
    for (const auto& crew : crews)
      t.add({crew.name, crew.open ? "open" : "closed", std::to_string(crew.members().size()),
             join(crew.members())});
    t.print(ctx.color());
  });
}

void print_crew_details(const Crew& crew) {
  std::cout << crew.name << " (" << (crew.open ? "open" : "closed") << ")\n"
            << "  created: " << format_date(crew.created) << "\n";
  if (crew.closed) std::cout << "  closed:  " << format_date(*crew.closed) << "\n";
  std::cout << "  members: " << join(crew.members()) << "\n";
  for (const auto& r : crew.roster)
    if (r.left && (!crew.closed || *r.left != *crew.closed))
      std::cout << fmt::format("  earlier: {} ({} to {})\n", r.member, format_date(r.joined),
                               format_date(*r.left));
  for (const auto& w : crew_warnings(crew)) std::cout << "  warning: " << w << "\n";
}

void show_command(CLI::App& group, Context& ctx) {
  auto name = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("show", "Show a crew, its members and its history");
  sub->add_option("CREW", *name, "The crew")->required();
  example(sub, "  msol crew show \"Crew 1\"");
  ctx.on_run(sub, [&ctx, name] {
    auto db = ctx.open_file();
    auto crews = storage::load_crews(db.sql());
    const auto& crew = find_crew(crews, *name);
    if (!ctx.globals.json) return print_crew_details(crew);
    auto doc = crew_json(crew);
    auto roster = nlohmann::json::array();
    for (const auto& r : crew.roster)
      roster.push_back(
          {{"member", r.member},
           {"joined", format_date(r.joined)},
           {"left", r.left ? nlohmann::json(format_date(*r.left)) : nlohmann::json()}});
    doc["roster"] = roster;
    ctx.print_json(doc);
  });
}

void create_command(CLI::App& group, Context& ctx) {
  auto name = std::make_shared<std::string>();
  auto members = std::make_shared<std::string>();
  auto allow_similar = std::make_shared<bool>(false);
  auto* sub = group.add_subcommand("create", "Create a crew by hand");
  sub->add_option("NAME", *name, "The crew's name")->required();
  sub->add_option("--members", *members, "Its members: a,b,c")->required();
  sub->add_flag("--allow-similar", *allow_similar, "Accept a name that looks like another crew's");
  example(sub, "  msol crew create Hearth --members Ana,Ben,Caro");
  ctx.on_run(sub, [&ctx, name, members, allow_similar] {
    change_crews(ctx, [&](const Congregation& c, std::vector<Crew>& crews, Date today) {
      create_crew(c, crews, *name, split_list(*members), today, *allow_similar);
    });
    ctx.note(fmt::format("created crew {}", normalize_name(*name, "crew name")));
  });
}

void membership_commands(CLI::App& group, Context& ctx) {
  auto crew = std::make_shared<std::string>(), member = std::make_shared<std::string>();
  auto* add = group.add_subcommand("add", "Add a member to a crew");
  add->add_option("CREW", *crew, "The crew")->required();
  add->add_option("MEMBER", *member, "The member")->required();
  example(add, "  msol crew add Hearth Dan");
  ctx.on_run(add, [&ctx, crew, member] {
    change_crews(ctx, [&](const Congregation& c, std::vector<Crew>& crews, Date today) {
      add_to_crew(c, crews, *crew, *member, today);
    });
    ctx.note(fmt::format("{} joined {}", *member, *crew));
  });
  auto* remove = group.add_subcommand("remove", "Remove a member from a crew (history is kept)");
  remove->add_option("CREW", *crew, "The crew")->required();
  remove->add_option("MEMBER", *member, "The member")->required();
  example(remove, "  msol crew remove Hearth Dan");
  ctx.on_run(remove, [&ctx, crew, member] {
    change_crews(ctx, [&](const Congregation&, std::vector<Crew>& crews, Date today) {
      remove_from_crew(crews, *crew, *member, today);
    });
    ctx.note(fmt::format("{} left {}", *member, *crew));
  });
}

void close_command(CLI::App& group, Context& ctx) {
  auto name = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("close", "Close a crew; it stays in history");
  sub->add_option("CREW", *name, "The crew")->required();
  example(sub, "  msol crew close Hearth");
  ctx.on_run(sub, [&ctx, name] {
    change_crews(ctx, [&](const Congregation&, std::vector<Crew>& crews, Date today) {
      close_crew(crews, *name, today);
    });
    ctx.note(fmt::format("closed {}; its members are back in the pool", *name));
  });
}

}  // namespace

void register_crew(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("crew", "Form crews, and manage them by hand");
  group->require_subcommand(1);
  example(group, "  msol crew form --seed 7\n  msol crew list");
  register_crew_form(*group, ctx);
  list_command(*group, ctx);
  show_command(*group, ctx);
  create_command(*group, ctx);
  membership_commands(*group, ctx);
  close_command(*group, ctx);
}

}  // namespace msol::cli
