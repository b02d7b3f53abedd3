// msol meet log|list: the crew's meeting log with attendance.
#include <fmt/format.h>

#include "calendar/agenda.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/meeting.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

struct LogOptions {
  std::string crew, day, present, absent, excused, facilitator, note;
};

std::vector<calendar::Occurrence> occurrences(const storage::CrewSchedule& s) {
  std::vector<calendar::Occurrence> out;
  for (const auto& m : s.meetings) out.push_back(m.occurrence);
  return out;
}

// --date, or the crew's most recent scheduled meeting on or before today.
Date meeting_day(const LogOptions& o, const std::vector<calendar::Occurrence>& held, Date today,
                 const std::string& crew) {
  if (!o.day.empty()) {
    auto day = parse_date(o.day, "--date");
    if (day > today)
      throw Failure(fmt::format("--date {} is after today ({}): log a meeting once it was held",
                                o.day, format_date(today)));
    return day;
  }
  if (auto last = calendar::most_recent_on_or_before(held, today)) return last->date;
  throw Failure(fmt::format("crew '{}' has no scheduled meeting on or before {}: give --date", crew,
                            format_date(today)));
}

const calendar::Occurrence* held_on(const std::vector<calendar::Occurrence>& held, Date day) {
  for (const auto& o : held)
    if (o.date == day) return &o;
  return nullptr;
}

// The rotation's facilitator stands by default, unless they were not there.
std::string default_facilitator(const calendar::Occurrence* o, const Roll& roll) {
  if (o == nullptr) return {};
  auto here = std::find(roll.present.begin(), roll.present.end(), o->facilitator);
  return here == roll.present.end() ? "" : o->facilitator;
}

storage::LoggedMeeting logged(const LogOptions& o, const Crew& crew,
                              const std::vector<calendar::Occurrence>& held, Date day) {
  auto members = members_on(crew, day);
  auto roll = take_roll(
      members, {split_list(o.present), split_list(o.absent), split_list(o.excused)}, crew.name);
  const auto* scheduled = held_on(held, day);
  auto facilitator = o.facilitator.empty()
                         ? default_facilitator(scheduled, roll)
                         : check_facilitator(roll, members, o.facilitator, crew.name);
  return {crew.name, day,          scheduled != nullptr, facilitator,
          o.note,    roll.present, roll.absent,          roll.excused};
}

void log_command(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<LogOptions>();
  auto* sub = group.add_subcommand("log", "Log a meeting and who was there");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("--date", o->day, "The meeting's date (default: the most recent scheduled one)");
  auto* present = sub->add_option("--present", o->present, "Who was there (the others: absent)");
  sub->add_option("--absent", o->absent, "Who was missing (the others: present)")
      ->excludes(present);
  sub->add_option("--excused", o->excused, "Who announced their absence in advance");
  sub->add_option("--facilitator", o->facilitator, "Who facilitated (default: the rotation's)");
  sub->add_option("--note", o->note, "A note, confidential to the crew");
  example(sub, "  msol meet log Otters --absent Ben --excused Caro --note \"moved to Ana's\"");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    storage::LoggedMeeting m;
    bool replaced = false;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto crews = storage::load_crews(db.sql());
      const auto& crew = find_crew(crews, o->crew);
      auto held = occurrences(storage::load_schedule(db.sql(), c.timezone, crew.name));
      m = logged(*o, crew, held, meeting_day(*o, held, ctx.today(c.timezone), crew.name));
      replaced = storage::save_meeting(db.sql(), m);
    });
    if (!m.scheduled)
      ctx.note(fmt::format("{} is not a scheduled meeting of {}: logged as unscheduled",
                           format_date(m.date), m.crew));
    ctx.note(fmt::format("{} the meeting of {} on {}: {} present, {} absent, {} excused",
                         replaced ? "updated" : "logged", m.crew, format_date(m.date),
                         m.present.size(), m.absent.size(), m.excused.size()));
  });
}

nlohmann::json meeting_json(const storage::LoggedMeeting& m) {
  auto f = m.facilitator.empty() ? nlohmann::json() : nlohmann::json(m.facilitator);
  return {{"crew", m.crew},     {"date", format_date(m.date)}, {"present", m.present},
          {"absent", m.absent}, {"excused", m.excused},        {"facilitator", f},
          {"note", m.note},     {"scheduled", m.scheduled}};
}

void list_command(CLI::App& group, Context& ctx) {
  auto crew = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("list", "List logged meetings, of one crew or of all");
  sub->add_option("CREW", *crew, "Only this crew");
  example(sub, "  msol meet list Otters\n  msol meet list --json");
  ctx.on_run(sub, [&ctx, crew] {
    auto db = ctx.open_file();
    auto meetings = storage::load_meetings(db.sql(), *crew);
    if (ctx.globals.json) {
      auto doc = nlohmann::json::array();
      for (const auto& m : meetings) doc.push_back(meeting_json(m));
      return ctx.print_json(doc);
    }
    if (meetings.empty()) return ctx.note("no meetings logged yet: log one with 'msol meet log'");
    Table t({"DATE", "CREW", "PRESENT", "ABSENT", "EXCUSED", "FACILITATOR", "NOTE"});
    for (const auto& m : meetings)
      t.add({format_date(m.date) + (m.scheduled ? "" : " *"), m.crew, join(m.present),
             join(m.absent), join(m.excused), m.facilitator, m.note});
    t.print(ctx.color());
  });
}

void register_meet(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("meet", "Log meetings and attendance; list the log");
  group->require_subcommand(1);
  example(group, "  msol meet log Otters\n  msol meet list Otters");
  log_command(*group, ctx);
  list_command(*group, ctx);
}

const bool registered = add_commands(44, register_meet);
}  // namespace

}  // namespace msol::cli
