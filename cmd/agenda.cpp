// msol agenda: the meetings and retrospectives coming up, across crews.
#include "calendar/agenda.hpp"

#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "domain/text.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

struct Entry {
  std::string crew;
  calendar::Occurrence meeting;
};

// The current commitments' meetings of open crews (or of one crew) in the window, by start time.
std::vector<Entry> agenda(const std::vector<storage::CrewSchedule>& schedules,
                          const std::string& only, Date today, int days) {
  std::vector<Entry> out;
  for (const auto& s : schedules) {
    if (!s.open || (!only.empty() && !same_name(s.crew, only))) continue;
    std::vector<calendar::Occurrence> current;
    for (const auto& m : s.meetings)
      if (m.current) current.push_back(m.occurrence);
    for (auto& o : calendar::upcoming(current, today, days)) out.push_back({s.crew, std::move(o)});
  }
  std::stable_sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
    return a.meeting.utc_start < b.meeting.utc_start;
  });
  return out;
}

nlohmann::json entry_json(const Entry& e) {
  const auto& o = e.meeting;
  auto f = o.facilitator.empty() ? nlohmann::json() : nlohmann::json(o.facilitator);
  return {{"crew", e.crew},
          {"date", date::format("%F", o.local_start)},
          {"time", date::format("%H:%M", o.local_start)},
          {"kind", o.is_retrospective ? "retrospective" : "meeting"},
          {"facilitator", f},
          {"duration", o.duration_minutes},
          {"moved", o.moved}};
}

}  // namespace

void register_agenda(CLI::App& app, Context& ctx) {
  struct Options {
    int days = 14;
    std::string crew;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("agenda", "Upcoming meetings and retrospectives of every crew");
  sub->add_option("--days", o->days, "How many days ahead, today included (default 14)");
  sub->add_option("--crew", o->crew, "Only this crew");
  example(sub, "  msol agenda --days 30\n  msol agenda --crew Otters --json");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    auto c = storage::load_congregation(db.sql());
    if (!o->crew.empty()) storage::crew_id(db.sql(), o->crew);  // names an unknown crew
    auto today = ctx.today(c.timezone);
    auto entries = agenda(storage::load_schedules(db.sql(), c.timezone), o->crew, today, o->days);
    if (ctx.globals.json) {
      auto doc = nlohmann::json::array();
      for (const auto& e : entries) doc.push_back(entry_json(e));
      return ctx.print_json(doc);
    }
    if (entries.empty())
      return ctx.note(
          fmt::format("nothing scheduled in the {} days from {}", o->days, format_date(today)));
    Table t({"DATE", "TIME", "CREW", "KIND", "FACILITATOR"});
    for (const auto& e : entries) {
      auto j = entry_json(e);
      t.add({date::format("%F %a", e.meeting.local_start), j["time"], e.crew, j["kind"],
             e.meeting.facilitator});
    }
    t.print(ctx.color());
  });
}

}  // namespace msol::cli
