// msol remind: what a steward's cron job mails: meetings coming up, meetings not logged,
// commitments without a retrospective. Prints nothing at all when nothing is due.
#include <fmt/format.h>

#include <iostream>

#include "calendar/zone.hpp"
#include "commands.hpp"
#include "context.hpp"
#include "domain/meeting.hpp"
#include "domain/text.hpp"
#include "output.hpp"
#include "storage/meetings_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/settings_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

Slot slot_of(const std::string& crew, const calendar::CrewMeeting& m) {
  const auto& o = m.occurrence;
  auto local_day = date::floor<date::days>(o.local_start);
  date::hh_mm_ss<std::chrono::seconds> tod{o.local_start - local_day};
  return {crew,
          Date{local_day},
          TimeOfDay{static_cast<int>(tod.hours().count()), static_cast<int>(tod.minutes().count())},
          o.utc_start,
          o.utc_start + std::chrono::minutes{o.duration_minutes},
          m.current && o.is_retrospective,
          o.facilitator};
}

RemindInput gather(SQLite::Database& db, const std::string& tz, std::chrono::sys_seconds now,
                   std::chrono::minutes within) {
  RemindInput in{{}, {}, now, within, storage::remind_grace(db)};
  for (const auto& s : storage::load_schedules(db, tz))
    if (s.open)
      for (const auto& m : s.meetings) in.slots.push_back(slot_of(s.crew, m));
  for (const auto& m : storage::load_meetings(db)) in.logged.insert({name_key(m.crew), m.date});
  return in;
}

nlohmann::json reminder_json(const Reminder& r) {
  auto f = r.facilitator.empty() ? nlohmann::json() : nlohmann::json(r.facilitator);
  return {{"kind", kind_name(r.kind)},   {"crew", r.crew},   {"date", format_date(r.date)},
          {"time", format_time(r.time)}, {"facilitator", f}, {"message", describe(r)}};
}

void print(const Context& ctx, const std::vector<Reminder>& due) {
  if (ctx.globals.json) {
    auto doc = nlohmann::json::array();
    for (const auto& r : due) doc.push_back(reminder_json(r));
    return ctx.print_json(doc);
  }
  for (const auto& r : due) std::cout << wrap(describe(r), 18);
}

}  // namespace

void register_remind(CLI::App& app, Context& ctx) {
  struct Options {
    std::string within = "2d";
    bool mark = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand(
      "remind", "For cron: what is due (prints nothing when nothing is, so cron sends no mail)");
  sub->add_option("--within", o->within, "How far ahead: 30m, 12h, 2d, 1w (default 2d)");
  sub->add_flag("--mark", o->mark, "Print each reminder once only, across runs");
  example(sub,
          "  msol remind --within 1d --mark\n"
          "  crontab: */5 * * * * /usr/local/bin/msol --file /srv/crew/congregation.msol remind "
          "--within 1d --mark");
  ctx.on_run(sub, [&ctx, o] {
    auto within = parse_duration(o->within, "--within");
    auto db = ctx.open_file();
    auto tz = storage::load_congregation(db.sql()).timezone;
    const auto [day, time] = ctx.now(tz);
    auto now = calendar::resolve_local(calendar::find_zone(tz), day, time).utc;
    const auto stamp = fmt::format("{} {}", format_date(day), format_time(time));
    std::vector<Reminder> due;
    if (!o->mark) {
      due = due_reminders(gather(db.sql(), tz, now, within));
      return print(ctx, due);
    }
    // Selecting, printing and recording in one IMMEDIATE transaction: of two overlapping runs,
    // the second waits and then finds the first one's keys; output that fails (a full disk, a
    // closed pipe) throws before the commit, so no reminder is marked that nobody saw.
    db.write(
        [&] {
          due = not_sent(due_reminders(gather(db.sql(), tz, now, within)),
                         storage::sent_reminders(db.sql()));
          for (const auto& r : due) storage::mark_sent(db.sql(), r.key(), stamp);
          print(ctx, due);
          flush_stdout();
        },
        {storage::ChangeKind::bookkeeping});
  });
}

}  // namespace msol::cli
