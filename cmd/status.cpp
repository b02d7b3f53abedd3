// msol status: the congregation at a glance and what a steward should act on (SPEC 7).
#include <fmt/format.h>

#include <iostream>

#include "calendar/zone.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/health.hpp"
#include "domain/text.hpp"
#include "game/events.hpp"
#include "storage/health_store.hpp"
#include "storage/members_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

nlohmann::json attendance_json(const CrewAttendance& a) {
  return {{"crew", a.crew},     {"meetings", a.meetings}, {"present", a.present},
          {"absent", a.absent}, {"excused", a.excused},   {"rate", a.rate()}};
}

std::string level_label(int level) {
  if (level == 0) return "none yet";
  return fmt::format("{} {}", level, game::level_name(static_cast<game::Level>(level)));
}

nlohmann::json health_json(const Health& h) {
  nlohmann::json doc = {{"members", h.members},   {"left", h.left},
                        {"band", h.band},         {"crews", h.crews},
                        {"unplaced", h.unplaced}, {"not_looking", h.not_looking}};
  // "warnings" stays a list of sentences (SPEC 9); the kinds ride alongside for scripts.
  doc["warnings"] = nlohmann::json::array();
  doc["warning_details"] = nlohmann::json::array();
  for (const auto& w : h.warnings) {
    doc["warnings"].push_back(w.message);
    doc["warning_details"].push_back({{"kind", w.kind}, {"message", w.message}});
  }
  doc["attendance"] = nlohmann::json::array();
  for (const auto& a : h.attendance) doc["attendance"].push_back(attendance_json(a));
  doc["levels"] = nlohmann::json::array();
  for (int l = 0; l <= 5; ++l)
    doc["levels"].push_back(
        {{"level", l},
         {"name", l ? std::string(game::level_name(static_cast<game::Level>(l))) : "none"},
         {"members", h.levels[l]}});
  return doc;
}

void print_attendance(const Context& ctx, const Health& h) {
  if (h.attendance.empty()) return;
  std::cout << "\nAttendance\n";
  Table t({"CREW", "MEETINGS", "PRESENT", "ABSENT", "EXCUSED", "RATE"});
  for (const auto& a : h.attendance)
    t.add({a.crew, std::to_string(a.meetings), std::to_string(a.present), std::to_string(a.absent),
           std::to_string(a.excused), a.meetings ? fmt::format("{:.0f}%", 100 * a.rate()) : "-"});
  t.print(ctx.color());
}

void print_text(const Context& ctx, const std::string& name, const Health& h) {
  std::cout << fmt::format("{}: {} members ({} of the 30-200 band), {} left; {} open crews\n", name,
                           h.members, h.band, h.left, h.crews);
  if (!h.unplaced.empty()) std::cout << wrap("Looking, in no crew: " + join(h.unplaced), 2);
  if (!h.not_looking.empty())
    std::cout << wrap("Not looking, in no crew: " + join(h.not_looking), 2);
  print_attendance(ctx, h);
  std::cout << "\nReciprocity levels reached (members)\n";
  for (int l = 5; l >= 0; --l)
    std::cout << fmt::format("  {:<14} {}\n", level_label(l), h.levels[l]);
  std::cout << "\n";
  if (h.warnings.empty()) std::cout << "No warnings.\n";
  for (const auto& w : h.warnings) std::cout << wrap("warning: " + w.message, 2);
}

}  // namespace

void register_status(CLI::App& app, Context& ctx) {
  auto* sub = app.add_subcommand("status",
                                 "The congregation at a glance: size, crews, attendance, "
                                 "reciprocity, and warnings");
  example(sub, "  msol status\n  msol status --json | jq '.warnings[]'");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    const auto name = storage::load_congregation(db.sql()).name;
    const auto timezone = storage::get_setting(db.sql(), "timezone");
    const auto [day, time] = ctx.now(timezone);
    const auto now = calendar::resolve_local(calendar::find_zone(timezone), day, time).utc;
    const auto h = assess(storage::load_health_input(db.sql(), now));
    if (ctx.globals.json) return ctx.print_json(health_json(h));
    print_text(ctx, name, h);
  });
}

}  // namespace msol::cli
