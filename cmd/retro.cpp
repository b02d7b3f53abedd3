// msol retro: the review at the end of a commitment: continue, change, or end with gratitude.
#include <fmt/format.h>

#include "calendar/expand.hpp"
#include "calendar/schedule.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/review.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"

namespace msol::cli {
namespace {

struct Options {
  std::string crew, decision, celebrate, change, next_facilitator;
  std::optional<int> renew, duration;
  std::string every, at, from;
  bool early = false;
};

// New rhythm flags belong to a change; anything else would be silently ignored.
void check_flags(const Options& o) {
  bool reshape = !o.every.empty() || !o.at.empty() || !o.from.empty() || o.duration;
  if (reshape && o.decision != "change")
    throw UsageError(
        fmt::format("--every, --at, --from and --duration go with --decision change, "
                    "not {}",
                    o.decision));
  if (o.renew && o.decision == "stop")
    throw UsageError("--renew goes with --decision continue or change: stop ends the commitment");
}

calendar::Renewal renewal_of(const Options& o) {
  calendar::Renewal r;
  r.count = o.renew;
  if (!o.every.empty()) r.cadence = calendar::parse_cadence(o.every);
  if (!o.at.empty()) r.at = parse_time(o.at, "--at");
  if (!o.from.empty()) r.from = parse_date(o.from, "--from");
  r.duration_minutes = o.duration;
  return r;
}

struct Outcome {
  std::string crew;
  std::vector<calendar::Occurrence> renewed;
};

Outcome renew(SQLite::Database& db, const std::string& tz, const Crew& crew, const Options& o,
              storage::Retro& retro) {
  auto old = storage::active_rhythm(db, crew.name);
  if (!old)
    throw Failure(
        fmt::format("crew '{}' has no rhythm to renew: set one with 'msol rhythm set'", crew.name));
  auto held =
      calendar::expand(old->rhythm, tz, calendar::rotation(crew.members(), old->first_facilitator));
  storage::StoredRhythm next{
      0,
      crew.name,
      calendar::renewed(old->rhythm, renewal_of(o)),
      calendar::first_of_renewal(crew.members(), old->rhythm.rotate_facilitator,
                                 old->first_facilitator, held, retro.next_facilitator),
      true,
      retro.date};
  retro.rhythm_id = old->id;
  retro.renew = next.rhythm.count;
  storage::insert_retro(db, retro);
  storage::insert_rhythm(db, next);
  return {crew.name, calendar::expand(next.rhythm, tz,
                                      calendar::rotation(crew.members(), next.first_facilitator))};
}

Outcome stop(SQLite::Database& db, std::vector<Crew>& crews, const Crew& crew,
             storage::Retro& retro) {
  if (auto old = storage::active_rhythm(db, crew.name)) {
    retro.rhythm_id = old->id;
    storage::deactivate_rhythm(db, old->id);
  }
  storage::insert_retro(db, retro);
  auto name = crew.name;
  close_crew(crews, name, retro.date);
  storage::save_crews(db, crews);
  return {name, {}};
}

// SPEC 5: from the day of the commitment's retrospective (or --early), once per commitment.
void check_day(SQLite::Database& db, const std::string& tz, const Crew& crew, Date today,
               bool early) {
  ReviewRequest request{std::nullopt, false, std::nullopt, today, early};
  auto active = storage::active_rhythm(db, crew.name);
  if (active) {
    auto held = calendar::expand(active->rhythm, tz, {});
    if (!held.empty()) request.retrospective = held.back().date;
  }
  for (const auto& past : storage::past_reviews(db, crew.name)) {
    request.last_review = past.date;
    if (active && past.rhythm_id == active->id) request.already_reviewed = true;
  }
  check_review(request, crew.name);
}

void report(const Context& ctx, const Options& o, const Outcome& out) {
  if (out.renewed.empty())
    return ctx.note(
        fmt::format("{} ends with gratitude: the crew is closed and its members are "
                    "back in the pool",
                    out.crew));
  for (const auto& m : out.renewed)
    if (!m.warning.empty()) ctx.warn(m.warning);
  ctx.note(fmt::format("{} {}s: {} more meetings from {}, the next retrospective on {}", out.crew,
                       o.decision, out.renewed.size(), format_date(out.renewed.front().date),
                       format_date(out.renewed.back().date)));
}

}  // namespace

void register_retro(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<Options>();
  auto* sub =
      app.add_subcommand("retro", "Record a crew's retrospective: continue, change or stop");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("--decision", o->decision, "continue, change or stop")
      ->required()
      ->check(CLI::IsMember({"continue", "change", "stop"}));
  sub->add_option("--celebrate", o->celebrate, "What the crew celebrates");
  sub->add_option("--change", o->change, "What the crew changes");
  sub->add_option("--renew", o->renew, "Meetings in the renewed commitment (default: as before)");
  sub->add_option("--next-facilitator", o->next_facilitator, "Who facilitates next");
  sub->add_option("--every", o->every, "change: a new cadence");
  sub->add_option("--at", o->at, "change: a new start time (HH:MM)");
  sub->add_option("--from", o->from, "change: a new first date");
  sub->add_option("--duration", o->duration, "change: a new meeting length in minutes");
  sub->add_flag("--early", o->early, "End the commitment before its retrospective, on purpose");
  example(sub,
          "  msol retro Otters --decision continue --renew 6 --celebrate \"we showed up\"\n"
          "  msol retro Otters --decision change --every 2weeks --at 18:30\n"
          "  msol retro Otters --decision stop --celebrate \"a good run\"");
  ctx.on_run(sub, [&ctx, o] {
    check_flags(*o);
    auto db = ctx.open_file();
    Outcome out;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto crews = storage::load_crews(db.sql());
      const auto& crew = find_crew(crews, o->crew);
      if (!crew.open) throw Failure(fmt::format("crew '{}' is already closed", crew.name));
      auto today = ctx.today(c.timezone);
      check_day(db.sql(), c.timezone, crew, today, o->early);
      storage::Retro retro{crew.name,    std::nullopt, today,        o->decision,
                           o->celebrate, o->change,    std::nullopt, ""};
      if (!o->next_facilitator.empty())
        retro.next_facilitator = member_spelled(crew, o->next_facilitator, "--next-facilitator");
      out = o->decision == "stop" ? stop(db.sql(), crews, crew, retro)
                                  : renew(db.sql(), c.timezone, crew, *o, retro);
    });
    report(ctx, *o, out);
  });
}

}  // namespace msol::cli
