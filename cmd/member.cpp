// msol member add|list|show|edit|leave: who is in the congregation and who invited them.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/roster.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

nlohmann::json or_null(const std::string& s) {
  return s.empty() ? nlohmann::json() : nlohmann::json(s);
}
nlohmann::json or_null(const std::optional<Date>& d) {
  return d ? nlohmann::json(format_date(*d)) : nlohmann::json();
}

std::string status(const Member& m) { return m.active() ? "active" : "left"; }

nlohmann::json member_json(const Member& m) {
  return {{"name", m.name},
          {"email", or_null(m.email)},
          {"status", status(m)},
          {"invited_by", or_null(m.invited_by)},
          {"joined", or_null(m.joined)},
          {"left", or_null(m.left)}};
}

void add_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string name, email, invited_by, joined;
    bool allow_similar = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("add", "Add a member (entry is by invitation: --invited-by)");
  sub->add_option("NAME", o->name, "The member's name (unique, any letters)")->required();
  sub->add_option("--email", o->email, "Email address");
  sub->add_option("--invited-by", o->invited_by, "The member who vouched for them");
  sub->add_option("--joined", o->joined, "Date they joined (default: today)");
  sub->add_flag("--allow-similar", o->allow_similar,
                "Accept a name that looks like an existing member's");
  example(sub, "  msol member add Ana --email ana@example.org --invited-by Nati");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    std::string added;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      Member m{o->name, o->email, o->invited_by, std::nullopt, std::nullopt, {}};
      m.joined = o->joined.empty() ? ctx.today(c.timezone) : parse_date(o->joined, "--joined");
      added = add_member(c, m, o->allow_similar);
      storage::save_members(db.sql(), c, {added});
    });
    ctx.note(fmt::format("added {}", added));
  });
}

void list_command(CLI::App& group, Context& ctx) {
  auto* sub = group.add_subcommand("list", "List members with their status and who invited them");
  example(sub, "  msol member list\n  msol member list --json");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    auto c = storage::load_congregation(db.sql());
    std::stable_sort(c.members.begin(), c.members.end(),
                     [](const Member& a, const Member& b) { return listing_less(a.name, b.name); });
    if (ctx.globals.json) {
      auto doc = nlohmann::json::array();
      for (const auto& m : c.members) doc.push_back(member_json(m));
      return ctx.print_json(doc);
    }
    Table t({"NAME", "STATUS", "INVITED BY", "JOINED", "EMAIL"});
    for (const auto& m : c.members)
      t.add({m.name, status(m), m.invited_by, m.joined ? format_date(*m.joined) : "", m.email});
    t.print(ctx.color());
  });
}

void print_member(const Congregation& c, const Member& m) {
  std::cout << m.name << " (" << status(m) << ")\n";
  if (!m.email.empty()) std::cout << "  email:      " << m.email << "\n";
  if (m.joined) std::cout << "  joined:     " << format_date(*m.joined) << "\n";
  if (m.left) std::cout << "  left:       " << format_date(*m.left) << "\n";
  auto chain = invitation_chain(c, m.name);
  std::cout << "  invited by: " << (chain.size() == 1 ? "(founding member)" : join(chain, " <- "))
            << "\n";
  auto invited = invitees(c, m.name);
  if (!invited.empty()) std::cout << "  invited:    " << join(invited) << "\n";
}

void show_command(CLI::App& group, Context& ctx) {
  auto name = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("show", "Show a member and their invitation chain");
  sub->add_option("NAME", *name, "The member")->required();
  example(sub, "  msol member show Ana");
  ctx.on_run(sub, [&ctx, name] {
    auto db = ctx.open_file();
    auto c = storage::load_congregation(db.sql());
    const auto& m = c.get(*name);
    if (!ctx.globals.json) return print_member(c, m);
    auto doc = member_json(m);
    doc["invitation_chain"] = invitation_chain(c, m.name);
    doc["invited"] = invitees(c, m.name);
    ctx.print_json(doc);
  });
}

void edit_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string name;
    std::optional<std::string> rename, email, invited_by, joined;
    bool allow_similar = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("edit", "Change a member's name, email, inviter or join date");
  sub->add_option("NAME", o->name, "The member")->required();
  sub->add_option("--rename", o->rename, "New name (history follows the member)");
  sub->add_option("--email", o->email, "New email address (empty to remove)");
  sub->add_option("--invited-by", o->invited_by, "Who vouched for them (empty: founding member)");
  sub->add_option("--joined", o->joined, "Date they joined");
  sub->add_flag("--allow-similar", o->allow_similar,
                "Accept a new name that looks like another member's");
  example(sub, "  msol member edit Ana --rename \"Ana María\" --email ana@example.net");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    std::string final_name;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      MemberEdit edit{o->rename, o->email, o->invited_by, std::nullopt, o->allow_similar};
      if (o->joined) edit.joined = parse_date(*o->joined, "--joined");
      auto old_name = c.get(o->name).name;
      final_name = edit_member(c, o->name, edit);
      storage::rename_member(db.sql(), old_name, final_name);
      storage::save_members(db.sql(), c, {final_name});
    });
    ctx.note(fmt::format("updated {}", final_name));
  });
}

void leave_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string name, date;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(
      "leave", "Record that a member left (history is kept; not offered to new crews)");
  sub->add_option("NAME", o->name, "The member")->required();
  sub->add_option("--date", o->date, "Date they left (default: today)");
  example(sub, "  msol member leave Ana --date 2026-05-01");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto when = o->date.empty() ? ctx.today(c.timezone) : parse_date(o->date, "--date");
      auto crews = storage::load_crews(db.sql());
      if (auto crew = member_leaves(c, crews, o->name, when))
        ctx.note(fmt::format("{} is no longer in crew {}", c.get(o->name).name, *crew));
      storage::save_members(db.sql(), c, {c.get(o->name).name});
      storage::save_crews(db.sql(), crews);
    });
    ctx.note(fmt::format("{} left; their history stays", o->name));
  });
}

}  // namespace

void register_member(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("member", "Add, list, show, edit members; record who left");
  group->require_subcommand(1);
  example(group, "  msol member add Ana --invited-by Nati\n  msol member list");
  add_command(*group, ctx);
  list_command(*group, ctx);
  show_command(*group, ctx);
  edit_command(*group, ctx);
  leave_command(*group, ctx);
}

}  // namespace msol::cli
