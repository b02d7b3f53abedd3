// msol import|export: members and preferences in from a host's file, the whole congregation out
// and back in (SPEC 1, 8).
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/export.hpp"
#include "exchange/history_check.hpp"
#include "exchange/toml_reader.hpp"
#include "storage/files.hpp"
#include "storage/members_store.hpp"
#include "storage/snapshot_store.hpp"

namespace msol::cli {
namespace {

exchange::ImportData read_import(const std::string& path) {
  auto text = storage::read_file(path);
  auto ext = name_key(std::filesystem::path(path).extension().string());
  if (ext == ".csv") return exchange::read_members_csv(text, path);
  if (ext == ".json" || trim(text).starts_with("{"))
    return exchange::read_members_toml(exchange::json_to_toml(text, path), path);
  return exchange::read_members_toml(text, path);
}

std::string history_counts(const exchange::History& h) {
  return fmt::format(
      "{} formation(s), {} crew(s), {} rhythm(s), {} meeting(s), {} retro(s), "
      "{} game event(s), {} sent reminder(s), {} setting(s)",
      h.formations.size(), h.crews.size(), h.rhythms.size(), h.meetings.size(), h.retros.size(),
      h.events.size(), h.reminders.size(), h.settings.size());
}

void report(const Context& ctx, const exchange::ImportData& data, const exchange::ImportSummary& s,
            bool dry_run) {
  auto verb = dry_run ? "would add" : "added";
  auto history = data.history.has_records() || !data.history.settings.empty()
                     ? fmt::format("; {} {}", verb, history_counts(data.history))
                     : "";
  ctx.note(fmt::format("{} {} member(s), {} {} member(s){}{}", verb, s.added.size(),
                       dry_run ? "would update" : "updated", s.updated.size(), history,
                       dry_run ? " (dry run: nothing written)" : ""));
}

// Crews, meetings and events cannot be merged with others' by name alone, so an export's history
// goes only into a file that has none; members alone keep merging (hosts re-import web forms).
void check_room(storage::Database& db, const exchange::ImportData& data) {
  if (data.history.has_records() && storage::has_history(db.sql()))
    throw Failure(fmt::format(
        "'{}' holds crews, rhythms, meetings or game events, and '{}' already has some: such an "
        "export is imported only into a file without them; try 'msol init --file new.msol' and "
        "'msol --file new.msol import {}'",
        data.source, db.path().string(), data.source));
}

void write_import(storage::Database& db, const exchange::ImportData& data,
                  const Congregation& next) {
  if (data.name) storage::put_setting(db.sql(), "name", next.name);
  if (data.timezone) storage::put_setting(db.sql(), "timezone", next.timezone);
  std::vector<std::string> names;
  for (const auto& r : data.members) names.push_back(next.get(r.member.name).name);
  storage::save_members(db.sql(), next, names);
  storage::save_history(db.sql(), data.history);
}

// Thrown to roll a dry run back after every check, the writing ones included, has passed.
struct DryRunDone {};

void import_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string file;
    bool dry_run = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand(
      "import", "Read members and preferences from TOML, CSV or an msol export (all or nothing)");
  sub->add_option("FILE", o->file, "A .toml, .csv or .json file")->required();
  sub->add_flag("--dry-run", o->dry_run, "Check the file and report, without writing");
  example(sub, "  msol import members.toml --dry-run\n  msol import form-export.csv");
  ctx.on_run(sub, [&ctx, o] {
    auto data = read_import(o->file);
    auto db = ctx.open_file();
    exchange::ImportSummary summary;
    try {
      db.write([&] {
        auto c = storage::load_congregation(db.sql());
        auto next = exchange::merge_import(c, data, summary);
        if (data.timezone) check_zone(*data.timezone, fmt::format("{}: timezone", o->file));
        exchange::check_history(next, data.history, o->file);
        check_room(db, data);
        write_import(db, data, next);
        if (o->dry_run) throw DryRunDone{};
      });
    } catch (const DryRunDone&) {
    }
    report(ctx, data, summary, o->dry_run);
  });
}

void export_command(CLI::App& app, Context& ctx) {
  struct Options {
    std::string format = "toml";
    std::string output;
    bool redact = false;
  };
  auto o = std::make_shared<Options>();
  auto* sub = app.add_subcommand("export", "Write the whole congregation as TOML or JSON");
  sub->add_option("--format", o->format, "toml or json")->check(CLI::IsMember({"toml", "json"}));
  sub->add_option("-o,--output", o->output, "Write to FILE (mode 0600) instead of stdout");
  sub->add_flag("--redact", o->redact,
                "Leave out meeting notes, money rounds and conflicts (to share outside)");
  example(sub,
          "  msol export -o backup.toml\n  msol export --format json\n"
          "  msol export --redact -o public.toml");
  ctx.on_run(sub, [&ctx, o] {
    auto db = ctx.open_file();
    auto snapshot = storage::load_exchange_snapshot(db.sql());
    if (o->redact) snapshot = exchange::redacted(std::move(snapshot));
    bool json = o->format == "json" || ctx.globals.json;
    auto text =
        exchange::export_snapshot(snapshot, json ? exchange::Format::Json : exchange::Format::Toml);
    if (o->output.empty()) {
      std::cout << text;
      return;
    }
    std::error_code ec;
    if (std::filesystem::equivalent(o->output, db.path(), ec))
      throw Failure(
          fmt::format("-o '{}' is the congregation file itself: exporting over it would "
                      "destroy it; choose another file name",
                      o->output));
    storage::write_file_atomic(o->output, text);
    ctx.note(
        fmt::format("exported {} members to {}", snapshot.congregation.members.size(), o->output));
  });
}

}  // namespace

void register_exchange(CLI::App& app, Context& ctx) {
  import_command(app, ctx);
  export_command(app, ctx);
}

}  // namespace msol::cli
