// msol ics: the rhythms as iCalendar (RFC 5545), for calendar clients.
#include "calendar/ics.hpp"

#include <fmt/format.h>

#include <iostream>

#include "calendar/schedule.hpp"
#include "calendar/zone.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/files.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"

namespace msol::cli {
namespace {

// The active rhythms of open crews, or of the one crew asked for.
std::vector<calendar::CrewRhythm> exported(SQLite::Database& db, const std::string& only) {
  auto crews = storage::load_crews(db);
  if (!only.empty()) find_crew(crews, only);  // names an unknown crew
  std::vector<calendar::CrewRhythm> out;
  for (const auto& r : storage::load_rhythms(db)) {
    const auto& crew = find_crew(crews, r.crew);
    if (!r.active || !crew.open || (!only.empty() && !same_name(crew.name, only))) continue;
    out.push_back({crew.name, calendar::rotation(crew.members(), r.first_facilitator), r.rhythm});
  }
  if (!only.empty() && out.empty())
    throw Failure(
        fmt::format("crew '{}' has no rhythm to export: set one with 'msol rhythm set'", only));
  return out;
}

}  // namespace

void register_ics(CLI::App& app, Context& ctx) {
  struct Options {
    std::string crew, output;
    bool expand = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("ics", "Export the rhythms as iCalendar (RFC 5545)");
  sub->add_option("CREW", o->crew, "Only this crew");
  sub->add_option("-o,--output", o->output, "Write to FILE instead of standard output");
  sub->add_flag("--expand", o->expand, "One plain event per meeting, for clients without RRULE");
  example(sub, "  msol ics -o crews.ics\n  msol ics Otters --expand > otters.ics");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    auto tz = storage::load_congregation(db.sql()).timezone;
    auto crews = exported(db.sql(), o->crew);
    // --now (or --today) pins DTSTAMP so that the same data exports the same bytes.
    auto [day, time] = ctx.now(tz);
    auto stamp = calendar::resolve_local(calendar::find_zone(tz), day, time).utc;
    auto text = calendar::to_ics(crews, {tz, stamp, o->expand});
    if (o->output.empty()) {
      std::cout << text;
      return;
    }
    storage::write_file_atomic(o->output, text);
    ctx.note(fmt::format("wrote {} rhythm{} to {}", crews.size(), crews.size() == 1 ? "" : "s",
                         o->output));
  });
}

}  // namespace msol::cli
