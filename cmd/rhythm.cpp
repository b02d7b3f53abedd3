// msol rhythm set|show|skip|move: a crew's time-limited commitment to meet, and its exceptions.
#include <fmt/format.h>

#include <iostream>
#include <set>

#include "calendar/expand.hpp"
#include "calendar/rhythm_edit.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "storage/crews_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

const Crew& open_crew(const std::vector<Crew>& crews, const std::string& name) {
  const auto& crew = find_crew(crews, name);
  if (!crew.open)
    throw Failure(fmt::format("crew '{}' is closed: it has no rhythm any more", crew.name));
  return crew;
}

storage::StoredRhythm require_rhythm(SQLite::Database& db, const std::string& crew) {
  storage::crew_id(db, crew);  // an unknown crew is named as such
  if (auto r = storage::active_rhythm(db, crew)) return *r;
  throw Failure(
      fmt::format("crew '{}' has no rhythm: set one with 'msol rhythm set \"{}\" --every "
                  "week --count 6 --from DATE --at HH:MM'",
                  crew, crew));
}

std::vector<calendar::Occurrence> expand_for(const std::string& tz, const Crew& crew,
                                             const storage::StoredRhythm& s) {
  return calendar::expand(s.rhythm, tz, calendar::rotation(crew.members(), s.first_facilitator));
}

// Daylight-saving surprises are told once, when the meeting time is chosen.
void warn_shifts(const Context& ctx, const std::vector<calendar::Occurrence>& meetings) {
  for (const auto& o : meetings)
    if (!o.warning.empty()) ctx.warn(o.warning);
}

std::string summary(const std::string& crew, const std::vector<calendar::Occurrence>& meetings) {
  return fmt::format("{} now has {} meeting{}: the first on {}, the retrospective on {}", crew,
                     meetings.size(), meetings.size() == 1 ? "" : "s",
                     format_date(meetings.front().date), format_date(meetings.back().date));
}

void set_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string crew, every, from, at, until;
    std::optional<int> count;
    int duration = calendar::kDefaultDurationMinutes;
    bool rotate = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("set", "Commit a crew to a rhythm (replaces its current one)");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("--every", o->every,
                  "week, 2weeks, month (same day; a 31st falls on the month's last day), or an "
                  "ordinal weekday like first-tuesday, last-friday")
      ->required();
  auto* count = sub->add_option("--count", o->count, "Number of meetings, the last one the retro");
  sub->add_option("--until", o->until, "Last possible meeting date (inclusive)")->excludes(count);
  sub->add_option("--from", o->from, "First possible meeting date (YYYY-MM-DD)")->required();
  sub->add_option("--at", o->at, "Local start time (HH:MM)")->required();
  sub->add_option("--duration", o->duration, "Meeting length in minutes (default 90)");
  sub->add_flag("--rotate-facilitator", o->rotate, "Facilitation rotates through the members");
  example(sub, "  msol rhythm set Otters --every week --count 6 --from 2026-11-24 --at 19:00");
  ctx.on_run(sub, [&ctx, o] {
    calendar::Rhythm r;
    r.cadence = calendar::parse_cadence(o->every);
    r.from = parse_date(o->from, "--from");
    r.count = o->count;
    if (!o->until.empty()) r.until = parse_date(o->until, "--until");
    r.at = parse_time(o->at, "--at");
    r.duration_minutes = o->duration;
    r.rotate_facilitator = o->rotate;
    auto db = ctx.open_file();
    std::vector<calendar::Occurrence> meetings;
    std::string name;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto crews = storage::load_crews(db.sql());
      const auto& crew = open_crew(crews, o->crew);
      storage::StoredRhythm s{0, crew.name, r, "", true, ctx.today(c.timezone)};
      meetings = expand_for(c.timezone, crew, s);
      name = crew.name;
      storage::insert_rhythm(db.sql(), s);
    });
    warn_shifts(ctx, meetings);
    ctx.note(summary(name, meetings));
  });
}

std::string kind(const calendar::Occurrence& o) {
  return o.is_retrospective ? "retrospective" : "meeting";
}

nlohmann::json rhythm_json(const storage::StoredRhythm& s) {
  const auto& r = s.rhythm;
  nlohmann::json doc = {
      {"crew", s.crew},
      {"cadence", calendar::format_cadence(r.cadence)},
      {"from", format_date(r.from)},
      {"count", r.count ? nlohmann::json(*r.count) : nlohmann::json()},
      {"until", r.until ? nlohmann::json(format_date(*r.until)) : nlohmann::json()},
      {"at", format_time(r.at)},
      {"duration", r.duration_minutes},
      {"rotate_facilitator", r.rotate_facilitator},
      {"postponed", r.postponed},
      {"skipped", nlohmann::json::array()},
      {"moved", nlohmann::json::array()}};
  for (auto d : r.skipped) doc["skipped"].push_back(format_date(d));
  for (const auto& m : r.moved)
    doc["moved"].push_back({{"original", format_date(m.original)},
                            {"date", format_date(m.date)},
                            {"time", m.time ? nlohmann::json(format_time(*m.time)) : nullptr}});
  return doc;
}

nlohmann::json meeting_json(const std::string& crew, const calendar::Occurrence& o, bool logged) {
  auto f = o.facilitator.empty() ? nlohmann::json() : nlohmann::json(o.facilitator);
  return {{"crew", crew},
          {"date", date::format("%F", o.local_start)},
          {"time", date::format("%H:%M", o.local_start)},
          {"kind", kind(o)},
          {"facilitator", f},
          {"scheduled", format_date(o.scheduled)},
          {"moved", o.moved},
          {"logged", logged}};
}

std::string describe_rhythm(const storage::StoredRhythm& s) {
  const auto& r = s.rhythm;
  auto end = r.count ? fmt::format("{} meetings", *r.count)
                     : fmt::format("until {}", format_date(*r.until));
  auto extra = r.postponed ? fmt::format(" (+{} postponed)", r.postponed) : "";
  return fmt::format("{}: every {} from {} at {} for {} minutes, {}{}{}", s.crew,
                     calendar::format_cadence(r.cadence), format_date(r.from), format_time(r.at),
                     r.duration_minutes, end, extra,
                     r.rotate_facilitator ? "; facilitation rotates" : "");
}

bool is_logged(const std::vector<storage::LoggedMeeting>& log, const calendar::Occurrence& o) {
  for (const auto& m : log)
    if (m.date == o.date) return true;
  return false;
}

void print_show(const storage::StoredRhythm& s, const std::vector<calendar::Occurrence>& meetings,
                const std::vector<storage::LoggedMeeting>& log, bool color) {
  std::cout << wrap(describe_rhythm(s), 2);
  Table t({"DATE", "TIME", "KIND", "FACILITATOR", "NOTE"});
  for (const auto& o : meetings) {
    std::string note = is_logged(log, o) ? "logged" : "";
    if (o.moved) note += (note.empty() ? "" : ", ") + ("moved from " + format_date(o.scheduled));
    t.add({date::format("%F %a", o.local_start), date::format("%H:%M", o.local_start), kind(o),
           o.facilitator, note});
  }
  t.print(color);
  if (!s.rhythm.skipped.empty()) {
    std::cout << "skipped:";
    for (auto d : s.rhythm.skipped) std::cout << " " << format_date(d);
    std::cout << "\n";
  }
}

void show_command(CLI::App& group, Context& ctx) {
  auto crew = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("show", "Show a crew's rhythm and all its meetings");
  sub->add_option("CREW", *crew, "The crew")->required();
  example(sub, "  msol rhythm show Otters\n  msol rhythm show Otters --json");
  ctx.on_run(sub, [&ctx, crew] {
    auto db = ctx.open_file();
    auto c = storage::load_congregation(db.sql());
    auto crews = storage::load_crews(db.sql());
    const auto& found = find_crew(crews, *crew);
    auto s = require_rhythm(db.sql(), found.name);
    auto meetings = expand_for(c.timezone, found, s);
    auto log = storage::load_meetings(db.sql(), found.name);
    if (!ctx.globals.json) return print_show(s, meetings, log, ctx.color());
    auto doc = rhythm_json(s);
    doc["meetings"] = nlohmann::json::array();
    for (const auto& o : meetings)
      doc["meetings"].push_back(meeting_json(s.crew, o, is_logged(log, o)));
    ctx.print_json(doc);
  });
}

// Applies `edit` to the meeting held on `day` of the crew's active rhythm and stores the result;
// returns the new meetings. A logged meeting stays as it is (SPEC 5): its log would be orphaned.
template <typename Edit>
std::vector<calendar::Occurrence> edit_rhythm(Context& ctx, const std::string& crew_name, Date day,
                                              std::string_view verb, Edit edit) {
  auto db = ctx.open_file();
  std::vector<calendar::Occurrence> meetings;
  db.write([&] {
    auto c = storage::load_congregation(db.sql());
    auto crews = storage::load_crews(db.sql());
    const auto& crew = open_crew(crews, crew_name);
    auto s = require_rhythm(db.sql(), crew.name);
    std::set<Date> logged;
    for (const auto& m : storage::load_meetings(db.sql(), crew.name)) logged.insert(m.date);
    calendar::check_not_logged(logged, day, crew.name, verb);
    s.rhythm = edit(s.rhythm);
    meetings = expand_for(c.timezone, crew, s);
    storage::save_rhythm_edits(db.sql(), s.id, s.rhythm);
  });
  return meetings;
}

void skip_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string crew, day;
    bool postpone = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand(
      "skip", "Skip one meeting (the commitment keeps its end; --postpone adds one at the end)");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("DATE", o->day, "The meeting's date")->required();
  sub->add_flag("--postpone", o->postpone, "Add a meeting at the end instead");
  example(sub, "  msol rhythm skip Otters 2026-12-22 --postpone");
  ctx.on_run(sub, [&ctx, o] {
    auto day = parse_date(o->day, "DATE");
    auto meetings = edit_rhythm(ctx, o->crew, day, "skip", [&](const calendar::Rhythm& r) {
      return calendar::with_skip(r, day, o->postpone);
    });
    warn_shifts(ctx, meetings);
    ctx.note(fmt::format("skipped {}; {}", format_date(day), summary(o->crew, meetings)));
  });
}

void move_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string crew, day, new_day, at;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("move", "Hold one meeting on another day (or at another time)");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("DATE", o->day, "The meeting's current date")->required();
  sub->add_option("NEWDATE", o->new_day, "The day it is held instead")->required();
  sub->add_option("--at", o->at, "Another start time for that meeting (HH:MM)");
  example(sub, "  msol rhythm move Otters 2026-12-22 2026-12-23 --at 18:30");
  ctx.on_run(sub, [&ctx, o] {
    auto day = parse_date(o->day, "DATE");
    auto new_day = parse_date(o->new_day, "NEWDATE");
    std::optional<TimeOfDay> at;
    if (!o->at.empty()) at = parse_time(o->at, "--at");
    auto meetings = edit_rhythm(ctx, o->crew, day, "move", [&](const calendar::Rhythm& r) {
      return calendar::with_move(r, day, new_day, at);
    });
    for (const auto& m : meetings)
      if (m.date == new_day && !m.warning.empty()) ctx.warn(m.warning);
    ctx.note(fmt::format("moved the meeting of {} to {}", format_date(day), format_date(new_day)));
  });
}

}  // namespace

void register_rhythm(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("rhythm", "Set, show, skip and move a crew's meeting rhythm");
  group->require_subcommand(1);
  example(group,
          "  msol rhythm set Otters --every week --count 6 --from 2026-11-24 --at 19:00\n"
          "  msol rhythm show Otters");
  set_command(*group, ctx);
  show_command(*group, ctx);
  skip_command(*group, ctx);
  move_command(*group, ctx);
}

}  // namespace msol::cli
