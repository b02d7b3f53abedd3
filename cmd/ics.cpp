// msol ics: the rhythms as iCalendar (RFC 5545), for calendar clients.
#include "calendar/ics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>

#include "calendar/schedule.hpp"
#include "calendar/zone.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "util/file_write.hpp"

namespace msol::cli {
namespace {

// Every commitment, past ones included, of open crews or of the one crew asked for; each ends
// where the crew's next one starts.
std::vector<calendar::CrewRhythm> exported(SQLite::Database& db, const std::string& only) {
  auto crews = storage::load_crews(db);
  if (!only.empty()) find_crew(crews, only);  // names an unknown crew
  auto rhythms = storage::load_rhythms(db);   // in the order they were set
  std::vector<calendar::CrewRhythm> out;
  for (size_t i = 0; i < rhythms.size(); ++i) {
    const auto& r = rhythms[i];
    const auto& crew = find_crew(crews, r.crew);
    if (!crew.open || (!only.empty() && !same_name(crew.name, only))) continue;
    auto revision = storage::calendar_revision(db, crew.name);
    calendar::CrewRhythm c{
        crew.name,         calendar::rotation(crew.members(), r.first_facilitator),
        r.rhythm,          std::nullopt,
        revision.sequence, revision.modified};
    auto next = std::find_if(rhythms.begin() + static_cast<long>(i) + 1, rhythms.end(),
                             [&](const storage::StoredRhythm& s) { return s.crew == r.crew; });
    if (next != rhythms.end()) c.ends_before = next->rhythm.from;
    out.push_back(std::move(c));
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
    // SPEC section 9: ics prints a format of its own.
    if (ctx.globals.json)
      throw UsageError(
          "ics writes iCalendar and has no --json: drop --json, or use 'msol agenda --json' or "
          "'msol export --format json' for the data");
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
    util::write_file(o->output, text, util::WriteMode::replace, util::Guard(db.path()));
    ctx.note(fmt::format("wrote {} commitment{} to {}", crews.size(), crews.size() == 1 ? "" : "s",
                         o->output));
  });
}

}  // namespace msol::cli
