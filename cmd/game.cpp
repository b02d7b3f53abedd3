// msol game listening|money|conflict|coowners|list|undo: logging the reciprocity game (SPEC 6).
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/game_levels.hpp"
#include "domain/participants.hpp"
#include "domain/text.hpp"
#include "game/filter.hpp"
#include "storage/crews_store.hpp"
#include "storage/game_store.hpp"
#include "storage/members_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

using MakeEvent = std::function<game::Event(const Congregation&, Date)>;

std::string kind_of(const game::Event& e) { return std::string(kind_name(game::event_level(e))); }

std::string describe(const game::Event& event) {
  struct Visitor {
    std::string operator()(const game::Listening& e) const {
      return "circle of " + join(e.participants);
    }
    std::string operator()(const game::Money& e) const {
      return fmt::format("{}{}; offers from {}", e.focus, e.asked ? " (asked)" : "",
                         join(e.offerers));
    }
    std::string operator()(const game::Conflict& e) const {
      return fmt::format("{} and {}, {}", e.a, e.b, e.resolved ? "resolved" : "unresolved");
    }
    std::string operator()(const game::CoOwners& e) const {
      return fmt::format("{} owned by {}", e.venture, join(e.owners));
    }
  };
  return std::visit(Visitor{}, event);
}

nlohmann::json details(const game::Event& event) {
  struct Visitor {
    nlohmann::json operator()(const game::Listening& e) const {
      return {{"participants", e.participants}};
    }
    nlohmann::json operator()(const game::Money& e) const {
      return {{"focus", e.focus}, {"asked", e.asked}, {"offers", e.offerers}};
    }
    nlohmann::json operator()(const game::Conflict& e) const {
      return {{"sides", {e.a, e.b}}, {"resolved", e.resolved}};
    }
    nlohmann::json operator()(const game::CoOwners& e) const {
      return {{"venture", e.venture}, {"owners", e.owners}};
    }
  };
  return std::visit(Visitor{}, event);
}

nlohmann::json event_json(const game::Event& e) {
  nlohmann::json doc = {{"id", game::event_id(e)},
                        {"kind", kind_of(e)},
                        {"date", format_date(game::event_date(e))},
                        {"members", game::participants(e)}};
  doc.update(details(e));
  return doc;
}

// Resolves, validates and stores one event in one transaction, then says what was logged.
void log_event(Context& ctx, const std::string& date, const MakeEvent& make) {
  auto db = ctx.open_file();
  game::Event event;
  db.write([&] {
    auto c = storage::load_congregation(db.sql());
    event = make(c, date.empty() ? ctx.today(c.timezone) : parse_date(date, "--date"));
    game::validate(event);
    const auto id = storage::insert_event(db.sql(), event);
    std::visit([id](auto& e) { e.id = id; }, event);
  });
  if (ctx.globals.json) return ctx.print_json(event_json(event));
  ctx.note(fmt::format("logged game event {} ({} on {}): {}", game::event_id(event), kind_of(event),
                       format_date(game::event_date(event)), describe(event)));
}

void add_date(CLI::App* sub, std::string& date) {
  sub->add_option("--date", date, "The day it happened (YYYY-MM-DD; default: today)");
}

void listening_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string with, date;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(
      std::string(kind_name(Level::Listening)),
      "Level 1: a circle where everyone said something true and everyone listened");
  sub->add_option("--with", o->with, "Everyone in the circle, comma-separated")->required();
  add_date(sub, o->date);
  example(sub, "  msol game listening --with Ana,Ben,Caro --date 2026-03-01");
  ctx.on_run(sub, [&ctx, o] {
    log_event(ctx, o->date, [o](const Congregation& c, Date day) -> game::Event {
      return game::Listening{0, day, resolve_members(c, split_list(o->with), day)};
    });
  });
}

void money_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string focus, offers, date;
    bool asked = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(
      std::string(kind_name(Level::Money)),
      "Level 2: a member talked about paid and meaningful work; others offered help");
  sub->add_option("--focus", o->focus, "The member who talked about their work")->required();
  sub->add_flag("--asked", o->asked, "The member asked for what they need");
  sub->add_option("--offers", o->offers, "The members who offered help, comma-separated")
      ->required();
  add_date(sub, o->date);
  example(sub, "  msol game money --focus Ana --asked --offers Ben,Caro");
  ctx.on_run(sub, [&ctx, o] {
    log_event(ctx, o->date, [o](const Congregation& c, Date day) -> game::Event {
      return game::Money{0, day, resolve_member(c, o->focus, day), o->asked,
                         resolve_members(c, split_list(o->offers), day)};
    });
  });
}

void conflict_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string a, b, date;
    bool resolved = false, unresolved = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(std::string(kind_name(Level::Conflict)),
                                   "Level 4: a hurt between two members, repaired or not");
  sub->add_option("A", o->a, "One side")->required();
  sub->add_option("B", o->b, "The other side")->required();
  auto* yes =
      sub->add_flag("--resolved", o->resolved, "Apology, responsibility, amends, forgiveness");
  auto* no = sub->add_flag("--unresolved", o->unresolved, "No mutually agreeable resolution");
  yes->excludes(no);
  add_date(sub, o->date);
  example(sub, "  msol game conflict Ben Caro --resolved");
  ctx.on_run(sub, [&ctx, o] {
    if (o->resolved == o->unresolved)
      throw UsageError("say how the conflict ended: --resolved or --unresolved");
    log_event(ctx, o->date, [o](const Congregation& c, Date day) -> game::Event {
      return game::Conflict{0, day, resolve_member(c, o->a, day), resolve_member(c, o->b, day),
                            o->resolved};
    });
  });
}

void coowners_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string venture, owners, date;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(std::string(kind_name(Level::CoOwners)),
                                   "Level 5: legal ownership of a venture is shared");
  sub->add_option("--venture", o->venture, "The venture's name")->required();
  sub->add_option("--owners", o->owners, "Its owners, comma-separated (at least two)")->required();
  add_date(sub, o->date);
  example(sub, "  msol game coowners --venture \"Bakery\" --owners Ana,Eve");
  ctx.on_run(sub, [&ctx, o] {
    log_event(ctx, o->date, [o](const Congregation& c, Date day) -> game::Event {
      return game::CoOwners{0, day, trim(o->venture),
                            resolve_members(c, split_list(o->owners), day)};
    });
  });
}

// The events to list: all, or those of one member, or those held within one crew.
std::vector<game::Event> select_events(SQLite::Database& db, const std::string& member,
                                       const std::string& crew) {
  auto events = storage::load_events(db);
  if (!member.empty()) {
    const auto name = storage::load_congregation(db).get(member).name;
    std::erase_if(events, [&](const game::Event& e) { return !game::involves(e, name); });
  }
  if (!crew.empty()) {
    const auto crews = storage::load_crews(db);
    const auto& found = find_crew(crews, crew);
    std::erase_if(events, [&](const game::Event& e) { return !game::held_within(e, found); });
  }
  return events;
}

void list_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string member, crew;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("list", "List game events with their ids, oldest first");
  sub->add_option("--member", o->member, "Only events this member took part in");
  sub->add_option("--crew", o->crew,
                  "Only events held within this crew (all took part as members)");
  example(sub, "  msol game list\n  msol game list --member Ana --json");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    const auto events = select_events(db.sql(), o->member, o->crew);
    if (ctx.globals.json) {
      auto doc = nlohmann::json::array();
      for (const auto& e : events) doc.push_back(event_json(e));
      return ctx.print_json(doc);
    }
    if (events.empty()) return ctx.note("no game events yet: log one with 'msol game listening'");
    Table t({"ID", "DATE", "KIND", "WHAT"});
    for (const auto& e : events)
      t.add({std::to_string(game::event_id(e)), format_date(game::event_date(e)), kind_of(e),
             describe(e)});
    t.print(ctx.color());
  });
}

void undo_command(CLI::App& group, Context& ctx) {
  auto id = std::make_shared<std::int64_t>(0);
  auto* sub = group.add_subcommand("undo", "Remove a mistyped game event by its id");
  sub->add_option("ID", *id, "The event's id, as 'msol game list' shows it")->required();
  example(sub, "  msol game undo 12");
  ctx.on_run(sub, [&ctx, id] {
    auto db = ctx.open_file();
    game::Event removed;
    db.write([&] { removed = storage::delete_event(db.sql(), *id); });
    if (ctx.globals.json) return ctx.print_json(event_json(removed));
    ctx.note(fmt::format("removed game event {} ({} on {}): {}", *id, kind_of(removed),
                         format_date(game::event_date(removed)), describe(removed)));
  });
}

}  // namespace

void register_game(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("game",
                                   "Log the reciprocity game: listening, money, conflict, "
                                   "co-owners (consistency comes from meetings)");
  group->require_subcommand(1);
  example(group, "  msol game listening --with Ana,Ben,Caro\n  msol game list\n  msol game undo 3");
  listening_command(*group, ctx);
  money_command(*group, ctx);
  conflict_command(*group, ctx);
  coowners_command(*group, ctx);
  list_command(*group, ctx);
  undo_command(*group, ctx);
}

}  // namespace msol::cli
