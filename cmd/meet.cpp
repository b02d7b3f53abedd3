// msol meet log|list: the crew's meeting log with attendance, also as a grid per crew.
#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "calendar/agenda.hpp"
#include "calendar/zone.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/crew.hpp"
#include "domain/errors.hpp"
#include "domain/meeting.hpp"
#include "domain/text.hpp"
#include "game/attendance.hpp"
#include "storage/crews_store.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

struct LogOptions {
  std::string crew, day, present, absent, excused, facilitator, note;
  bool replace = false;
};

std::vector<calendar::Occurrence> occurrences(const storage::CrewSchedule& s) {
  std::vector<calendar::Occurrence> out;
  for (const auto& m : s.meetings) out.push_back(m.occurrence);
  return out;
}

std::set<Date> logged_days(const std::vector<storage::LoggedMeeting>& log) {
  std::set<Date> out;
  for (const auto& m : log) out.insert(m.date);
  return out;
}

// What `meet log` needs to know about the crew's time: its meetings, those logged, and now.
struct Timeline {
  std::vector<calendar::Occurrence> held;
  std::set<Date> logged;
  std::pair<Date, TimeOfDay> now;
  std::string timezone;
};

// --date, or the latest meeting that has started and is not logged yet (SPEC 5).
Date meeting_day(const LogOptions& o, const Timeline& t, const std::string& crew) {
  if (!o.day.empty()) {
    auto day = parse_date(o.day, "--date");
    if (day > t.now.first)
      throw Failure(fmt::format("--date {} is after today ({}): log a meeting once it was held",
                                o.day, format_date(t.now.first)));
    return day;
  }
  auto now = calendar::resolve_local(calendar::find_zone(t.timezone), t.now.first, t.now.second);
  if (auto next = calendar::latest_to_log(t.held, t.logged, now.utc)) return next->date;
  if (!t.logged.empty())
    throw Failure(fmt::format(
        "crew '{}' has no meeting to log: every meeting that has started is logged, the last "
        "on {}; correct it with 'msol meet edit {} {}' or give --date",
        crew, format_date(*t.logged.rbegin()), crew, format_date(*t.logged.rbegin())));
  throw Failure(fmt::format("crew '{}' has no meeting that has started by {} {}: give --date", crew,
                            format_date(t.now.first), format_time(t.now.second)));
}

storage::LoggedMeeting logged(const LogOptions& o, const Crew& crew,
                              const std::vector<calendar::Occurrence>& held, Date day) {
  auto members = members_on(crew, day);
  auto roll = take_roll(
      members, {split_list(o.present), split_list(o.absent), split_list(o.excused)}, crew.name);
  const auto* scheduled = calendar::held_on(held, day);
  auto facilitator =
      o.facilitator.empty()
          ? default_facilitator(scheduled != nullptr ? scheduled->facilitator : "", roll)
          : check_facilitator(roll, members, o.facilitator, crew.name);
  return {crew.name, day,          scheduled != nullptr, facilitator,
          o.note,    roll.present, roll.absent,          roll.excused};
}

void refuse_relog(const LogOptions& o, const Timeline& t, const std::string& crew, Date day) {
  if (o.replace || !t.logged.count(day)) return;
  throw Failure(
      fmt::format("the meeting of {} on {} is already logged: change it with 'msol meet edit {} {} "
                  "--absent NAME' (or --present, --excused, --facilitator, --note), or log it anew "
                  "with --replace",
                  crew, format_date(day), crew, format_date(day)));
}

void log_command(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<LogOptions>();
  auto* sub = group.add_subcommand("log", "Log a meeting and who was there");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("--date", o->day,
                  "The meeting's date (default: the latest started one not yet logged)");
  auto* present = sub->add_option("--present", o->present, "Who was there (the others: absent)");
  sub->add_option("--absent", o->absent, "Who was missing (the others: present)")
      ->excludes(present);
  sub->add_option("--excused", o->excused, "Who announced their absence in advance");
  sub->add_option("--facilitator", o->facilitator, "Who facilitated (default: the rotation's)");
  sub->add_option("--note", o->note, "A note, confidential to the crew");
  sub->add_flag("--replace", o->replace, "Log a date already logged anew, from these flags only");
  example(sub, "  msol meet log Otters --absent Ben --excused Caro --note \"moved to Ana's\"");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    storage::LoggedMeeting m;
    bool replaced = false;
    db.write([&] {
      auto c = storage::load_congregation(db.sql());
      auto crews = storage::load_crews(db.sql());
      const auto& crew = find_crew(crews, o->crew);
      Timeline t{occurrences(storage::load_schedule(db.sql(), c.timezone, crew.name)),
                 logged_days(storage::load_meetings(db.sql(), crew.name)), ctx.now(c.timezone),
                 c.timezone};
      auto day = meeting_day(*o, t, crew.name);
      m = logged(*o, crew, t.held, day);  // bad names and lists first: they exit 2
      refuse_relog(*o, t, crew.name, day);
      replaced = storage::save_meeting(db.sql(), m);
    });
    if (!m.scheduled)
      ctx.note(fmt::format("{} is not a scheduled meeting of {}: logged as unscheduled",
                           format_date(m.date), m.crew));
    ctx.note(fmt::format("{} the meeting of {} on {}: {} present, {} absent, {} excused",
                         replaced ? "replaced" : "logged", m.crew, format_date(m.date),
                         m.present.size(), m.absent.size(), m.excused.size()));
  });
}

struct EditOptions {
  std::string crew, day, present, absent, excused, facilitator;
  std::optional<std::string> note;
};

storage::LoggedMeeting find_logged(SQLite::Database& db, const std::string& crew, Date day) {
  for (auto& m : storage::load_meetings(db, crew))
    if (m.date == day) return m;
  throw Failure(
      fmt::format("no meeting of {} is logged on {}: log it with 'msol meet log {} "
                  "--date {}'",
                  crew, format_date(day), crew, format_date(day)));
}

// SPEC 5: only what is given changes; the rest of the record stays as it was logged.
void edit(storage::LoggedMeeting& m, const EditOptions& o) {
  Roll roll{m.present, m.absent, m.excused};
  roll =
      edit_roll(roll, {split_list(o.present), split_list(o.absent), split_list(o.excused)}, m.crew);
  if (!o.facilitator.empty())
    m.facilitator = check_facilitator(roll, on_roll(roll), o.facilitator, m.crew);
  else if (!m.facilitator.empty() && default_facilitator(m.facilitator, roll).empty())
    throw UsageError(
        fmt::format("{} facilitated but would no longer be present: name who "
                    "facilitated with --facilitator",
                    m.facilitator));
  if (o.note) m.note = *o.note;
  m.present = roll.present;
  m.absent = roll.absent;
  m.excused = roll.excused;
}

void edit_command(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<EditOptions>();
  auto* sub = group.add_subcommand("edit", "Correct a logged meeting: only what is given changes");
  sub->add_option("CREW", o->crew, "The crew")->required();
  sub->add_option("DATE", o->day, "The logged meeting's date")->required();
  sub->add_option("--present", o->present, "These members were there after all");
  sub->add_option("--absent", o->absent, "These members were missing");
  sub->add_option("--excused", o->excused, "These members had announced their absence");
  sub->add_option("--facilitator", o->facilitator, "Who facilitated");
  sub->add_option("--note", o->note, "The note, replaced (\"\" clears it)");
  example(sub,
          "  msol meet edit Otters 2026-11-17 --excused Ben\n"
          "  msol meet edit Otters 2026-11-17 --note \"at Caro's\"");
  ctx.on_run(sub, [&ctx, o] {
    auto day = parse_date(o->day, "DATE");
    auto db = ctx.open_file();
    storage::LoggedMeeting m;
    db.write([&] {
      auto crews = storage::load_crews(db.sql());
      m = find_logged(db.sql(), find_crew(crews, o->crew).name, day);
      edit(m, *o);
      storage::save_meeting(db.sql(), m);
    });
    ctx.note(fmt::format("edited the meeting of {} on {}: {} present, {} absent, {} excused",
                         m.crew, format_date(m.date), m.present.size(), m.absent.size(),
                         m.excused.size()));
  });
}

nlohmann::json meeting_json(const storage::LoggedMeeting& m) {
  auto f = m.facilitator.empty() ? nlohmann::json() : nlohmann::json(m.facilitator);
  return {{"crew", m.crew},     {"date", format_date(m.date)}, {"present", m.present},
          {"absent", m.absent}, {"excused", m.excused},        {"facilitator", f},
          {"note", m.note},     {"scheduled", m.scheduled}};
}

std::vector<game::Meeting> game_meetings(const std::vector<storage::LoggedMeeting>& log) {
  std::vector<game::Meeting> out;
  for (const auto& m : log) out.push_back({0, m.crew, m.date, m.present, m.absent, m.excused});
  return out;
}

nlohmann::json cell_json(game::Presence p) {
  switch (p) {
    case game::Presence::Present:
      return "present";
    case game::Presence::Absent:
      return "absent";
    case game::Presence::Excused:
      return "excused";
    case game::Presence::NotMember:
      break;
  }
  return nullptr;
}

nlohmann::json grid_json(const game::AttendanceGrid& g) {
  auto dates = nlohmann::json::array();
  for (const auto& d : g.meetings) dates.push_back(format_date(d));
  auto rows = nlohmann::json::array();
  for (const auto& r : g.rows) {
    auto cells = nlohmann::json::array();
    for (auto c : r.cells) cells.push_back(cell_json(c));
    rows.push_back({{"member", r.member}, {"cells", cells}, {"rate", r.rate()}});
  }
  return {{"crew", g.crew}, {"meetings", dates}, {"rows", rows}};
}

// Shapes that tell the cells apart without colour; colour only repeats them.
std::string cell_text(game::Presence p, bool color) {
  switch (p) {
    case game::Presence::Present:
      return paint("●", "32", color);
    case game::Presence::Absent:
      return paint("○", "31", color);
    case game::Presence::Excused:
      return paint("e", "33", color);
    case game::Presence::NotMember:
      break;
  }
  return " ";
}

// Every meeting takes a space and two digits; the rate takes two spaces and "100%"; long names
// give way on a terminal so that the meetings keep the room.
constexpr size_t kColumnWidth = 3;
constexpr size_t kRateWidth = 6;
constexpr size_t kMaxNameWidth = 16;

size_t name_width(const game::AttendanceGrid& g) {
  size_t width = display_width("month");
  for (const auto& r : g.rows) width = std::max(width, display_width(r.member));
  return terminal_width() == kUnlimited ? width : std::min(width, kMaxNameWidth);
}

// How many of the latest meetings fit beside the names and the rates; at least one.
size_t meetings_that_fit(const game::AttendanceGrid& g, size_t names) {
  const size_t width = terminal_width();
  const size_t room = width > names + kRateWidth ? (width - names - kRateWidth) / kColumnWidth : 0;
  return std::min(g.meetings.size(), std::max<size_t>(room, 1));
}

// Dates stacked in two lines, the month only where it changes, so a column is two digits wide;
// the year is in the title.
void print_dates(const std::vector<Date>& days, size_t first, size_t names) {
  std::string months = pad("month", names), numbers = pad("day", names);
  for (size_t i = first; i < days.size(); ++i) {
    const bool new_month = i == first || days[i].month() != days[i - 1].month() ||
                           days[i].year() != days[i - 1].year();
    months += new_month ? fmt::format(" {:02}", unsigned{days[i].month()}) : "   ";
    numbers += fmt::format(" {:02}", unsigned{days[i].day()});
  }
  months.erase(months.find_last_not_of(' ') + 1);
  std::cout << months << "\n" << numbers << "  rate\n";
}

std::string grid_title(const game::AttendanceGrid& g) {
  return fit(fmt::format("{}: {} meeting{} from {} to {}", g.crew, g.meetings.size(),
                         g.meetings.size() == 1 ? "" : "s", format_date(g.meetings.front()),
                         format_date(g.meetings.back())),
             terminal_width());
}

void print_grid(const game::AttendanceGrid& g, bool color) {
  const size_t names = name_width(g);
  const size_t first = g.meetings.size() - meetings_that_fit(g, names);
  std::cout << paint(grid_title(g), "1", color) << "\n";
  print_dates(g.meetings, first, names);
  for (const auto& r : g.rows) {
    std::string line = pad(fit(r.member, names), names);
    for (size_t i = first; i < r.cells.size(); ++i) line += "  " + cell_text(r.cells[i], color);
    std::cout << line << fmt::format("  {:>3.0f}%\n", 100 * r.rate());
  }
  // Its own line, so that a narrow terminal cannot cut it off the title.
  if (first > 0)
    std::cout << fmt::format("{} earlier meeting{} not shown\n", first, first == 1 ? "" : "s");
}

// The cells' meanings, wrapped to the terminal like the grid above them.
void print_legend(bool color) {
  using P = game::Presence;
  std::vector<std::pair<std::string, std::string>> items;  // as printed, and without colour
  for (auto [cell, word] : {std::pair{P::Present, " present"}, std::pair{P::Absent, " absent"},
                            std::pair{P::Excused, " excused"}})
    items.push_back({cell_text(cell, color) + word, cell_text(cell, false) + word});
  items.push_back({"blank: not in the crew then", "blank: not in the crew then"});
  size_t used = 0;
  for (const auto& [text, plain] : items) {
    if (used > 0 && used + 2 + display_width(plain) > terminal_width()) {
      std::cout << "\n";
      used = 0;
    } else if (used > 0) {
      std::cout << "  ";
      used += 2;
    }
    std::cout << text;
    used += display_width(plain);
  }
  std::cout << "\n";
}

void print_grids(const std::vector<game::AttendanceGrid>& grids, bool color) {
  for (const auto& g : grids) {
    print_grid(g, color);
    std::cout << "\n";
  }
  print_legend(color);
}

struct ListOptions {
  std::string crew;
  bool grid = false;
};

void list_grid(const Context& ctx, const std::vector<storage::LoggedMeeting>& meetings) {
  const auto grids = game::attendance_grids(game_meetings(meetings));
  if (ctx.globals.json) {
    auto doc = nlohmann::json::array();
    for (const auto& g : grids) doc.push_back(grid_json(g));
    return ctx.print_json(doc);
  }
  if (grids.empty()) return ctx.note("no meetings logged yet: log one with 'msol meet log'");
  print_grids(grids, ctx.color());
}

void list_command(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<ListOptions>();
  auto* sub = group.add_subcommand("list", "List logged meetings, of one crew or of all");
  sub->add_option("CREW", o->crew, "Only this crew");
  sub->add_flag("--grid", o->grid,
                "Attendance per crew: a row per member, a column per meeting, with rates");
  example(sub, "  msol meet list Otters\n  msol meet list --grid\n  msol meet list --json");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    auto meetings = storage::load_meetings(db.sql(), o->crew);
    if (o->grid) return list_grid(ctx, meetings);
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

}  // namespace

void register_meet(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("meet", "Log meetings and attendance; list the log");
  group->require_subcommand(1);
  example(group, "  msol meet log Otters\n  msol meet list Otters");
  log_command(*group, ctx);
  edit_command(*group, ctx);
  list_command(*group, ctx);
}

}  // namespace msol::cli
