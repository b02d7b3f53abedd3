// msol tally: points and the highest level reached per member, crew or partnership (SPEC 6).
// Listings are sorted by name, never ranked: the game is a mirror, not a competition.
#include "game/tally.hpp"

#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "game/timeline.hpp"
#include "storage/game_store.hpp"
#include "storage/settings_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

struct Options {
  std::string by = "member";
  std::string since;
  bool explain = false;
};

// Twelve periods: a year by month, a quarter by week; narrow enough for an 80-column table.
constexpr int kPeriods = 12;

// One listed figure: its name as printed, its JSON key and value, the figure itself, and its
// points over time.
struct Row {
  std::string label;
  nlohmann::json who;
  const game::Figure* figure;
  std::vector<int> timeline;
};

std::vector<Row> rows(const game::Tally& t, const std::string& by, game::Span span,
                      std::string& key) {
  std::vector<Row> out;
  auto add = [&](std::string label, nlohmann::json who, const game::Figure& f) {
    out.push_back(
        {std::move(label), std::move(who), &f, game::timeline(f.entries, span, kPeriods)});
  };
  key = by == "pair" ? "members" : by;
  if (by == "member")
    for (const auto& m : t.members) add(m.member, m.member, m.figure);
  if (by == "crew")
    for (const auto& c : t.crews) add(c.crew, c.crew, c.figure);
  if (by == "pair")
    for (const auto& p : t.pairs)
      add(p.a + " & " + p.b, nlohmann::json::array({p.a, p.b}), p.figure);
  return out;
}

std::string level_text(int level) {
  if (level == 0) return "-";
  return fmt::format("{} {}", level, game::level_name(static_cast<game::Level>(level)));
}

nlohmann::json entry_json(const game::Entry& e) {
  return {{"date", format_date(e.date)},
          {"id", e.id},
          {"source", e.level == game::Level::Consistency ? "meeting" : "event"},
          {"level", static_cast<int>(e.level)},
          {"member", e.member},
          {"points", e.points},
          {"description", e.description}};
}

void print_json(const Context& ctx, const std::vector<Row>& list, const std::string& key,
                game::Span span, bool explain) {
  auto doc = nlohmann::json::array();
  for (const auto& r : list) {
    nlohmann::json item = {{key, r.who},
                           {"points", r.figure->points},
                           {"level", r.figure->level},
                           {"timeline", r.timeline},
                           {"timeline_from", format_date(span.from)},
                           {"timeline_to", format_date(span.to)}};
    if (explain) {
      item["entries"] = nlohmann::json::array();
      for (const auto& e : r.figure->entries) item["entries"].push_back(entry_json(e));
    }
    doc.push_back(item);
  }
  ctx.print_json(doc);
}

// Every entry on its own line, so the figure above it can be checked by hand.
void print_entries(const game::Figure& f) {
  for (const auto& e : f.entries)
    std::cout << fmt::format("    {}  {} {:<5} {:>+5}  {:<12} {}\n", format_date(e.date),
                             e.level == game::Level::Consistency ? "meeting" : "event  ",
                             fmt::format("#{}", e.id), e.points, e.member, e.description);
}

void print_text(const Context& ctx, const std::vector<Row>& list, const std::string& by,
                game::Span span, bool explain) {
  if (list.empty()) return ctx.note("nothing to tally yet: log game events or meetings first");
  if (!explain) {
    const std::string who = by == "pair" ? "PARTNERSHIP" : by == "crew" ? "CREW" : "MEMBER";
    // The sparkline's header names where its time axis starts; it ends today (or at the latest
    // entry), in twelve equal periods.
    Table t({who, "POINTS", "LEVEL", "SINCE " + format_date(span.from)});
    for (const auto& r : list)
      t.add({r.label, std::to_string(r.figure->points), level_text(r.figure->level),
             game::sparkline(r.timeline)});
    return t.print(ctx.color());
  }
  for (const auto& r : list) {
    std::cout << fmt::format("{}: {} points, level {}\n", r.label, r.figure->points,
                             level_text(r.figure->level));
    print_entries(*r.figure);
  }
}

void run_tally(Context& ctx, const Options& o) {
  auto db = ctx.open_file();
  std::optional<Date> since;
  if (!o.since.empty()) since = parse_date(o.since, "--since");
  const auto t = game::tally(storage::load_events(db.sql()), storage::load_meeting_log(db.sql()),
                             storage::load_points(db.sql()), since);
  const auto today = ctx.today(storage::get_setting(db.sql(), "timezone"));
  const auto span = game::timeline_span(t, today, since);
  std::string key;
  const auto list = rows(t, o.by, span, key);
  if (ctx.globals.json) return print_json(ctx, list, key, span, o.explain);
  print_text(ctx, list, o.by, span, o.explain);
}

}  // namespace

void register_tally(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand(
      "tally", "Points and highest level per member, crew or partnership, sorted by name");
  sub->add_option("--by", o->by, "member (default), crew or pair")
      ->check(CLI::IsMember({"member", "crew", "pair"}));
  sub->add_option("--since", o->since, "Only points earned on or after this date (YYYY-MM-DD)");
  sub->add_flag("--explain", o->explain, "List the events and meetings behind every figure");
  example(sub, "  msol tally\n  msol tally --by pair --since 2026-01-01 --explain");
  ctx.on_run(sub, [&ctx, o] { run_tally(ctx, *o); });
}

}  // namespace msol::cli
