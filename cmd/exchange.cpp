// msol import|export: members and preferences in from a host's file, the whole congregation out
// and back in (SPEC 1, 8).
#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "exchange/csv_reader.hpp"
#include "exchange/encoding.hpp"
#include "exchange/export.hpp"
#include "exchange/history_check.hpp"
#include "exchange/import_diff.hpp"
#include "exchange/toml_reader.hpp"
#include "storage/members_store.hpp"
#include "storage/snapshot_store.hpp"
#include "util/file_read.hpp"
#include "util/file_write.hpp"

namespace msol::cli {
namespace {

struct ImportFlags {
  std::string file;
  bool dry_run = false;
  bool replace = false;
  bool strict = false;
  bool allow_similar = false;
  std::vector<std::string> map;
  std::string map_file, delimiter, encoding;
};

// The file's text as UTF-8: converted from --encoding, or refused at the first byte that is not.
std::string read_text(const std::string& path, const std::string& encoding) {
  auto bytes = util::read_file(path);
  if (!encoding.empty()) return exchange::to_utf8(bytes, encoding, path);
  exchange::check_utf8(bytes, path);
  return bytes;
}

exchange::CsvOptions csv_options(const ImportFlags& o) {
  exchange::CsvOptions csv;
  csv.strict = o.strict;
  if (!o.delimiter.empty()) csv.delimiter = exchange::parse_delimiter(o.delimiter);
  if (!o.map_file.empty()) exchange::read_map_file(csv.map, read_text(o.map_file, ""), o.map_file);
  for (const auto& entry : o.map) exchange::add_mapping(csv.map, entry, "--map");
  return csv;
}

exchange::ImportData read_import(const ImportFlags& o) {
  auto text = read_text(o.file, o.encoding);
  auto ext = name_key(std::filesystem::path(o.file).extension().string());
  if (ext == ".csv" || ext == ".tsv")
    return exchange::read_members_csv(text, o.file, csv_options(o));
  if (!o.map.empty() || !o.map_file.empty() || o.strict || !o.delimiter.empty())
    throw UsageError(
        fmt::format("--map, --map-file, --strict and --delimiter read CSV columns, "
                    "and '{}' is not a .csv file: rename it to .csv if it is one",
                    o.file));
  if (ext == ".json" || trim(text).starts_with("{"))
    return exchange::read_members_json(text, o.file);
  return exchange::read_members_toml(text, o.file);
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

// Columns ignored and blank cells that kept an avoid or a partner: said even on a real import.
void notes(const Context& ctx, const exchange::ImportData& data, const exchange::ImportSummary& s) {
  if (!data.ignored.empty())
    ctx.note(
        fmt::format("{}: ignored {} column(s) msol does not know: '{}' (map one with --map "
                    "\"Header=key\", or refuse them with --strict)",
                    data.source, data.ignored.size(), join(data.ignored, "', '")));
  for (const auto& k : s.kept) ctx.note(k);
}

// The congregation's own name and time zone, which an import may silently change otherwise.
std::vector<std::string> congregation_changes(const Congregation& before, const Congregation& after,
                                              bool dry_run) {
  std::vector<std::string> out;
  auto verb = dry_run ? "would change" : "changed";
  if (before.name != after.name)
    out.push_back(
        fmt::format("{} the congregation's name from '{}' to '{}'", verb, before.name, after.name));
  if (before.timezone != after.timezone)
    out.push_back(fmt::format("{} the congregation's time zone from {} to {}", verb,
                              before.timezone, after.timezone));
  return out;
}

// The dry run's list on stdout: additions, then clearings (hard constraints first), then changes.
void print_plan(const Congregation& before, const Congregation& after,
                const exchange::ImportSummary& s) {
  for (const auto& line : congregation_changes(before, after, true)) std::cout << line << "\n";
  for (const auto& name : s.added) std::cout << "would add " << name << "\n";
  for (const auto& c : exchange::member_changes(before, after)) {
    if (c.after.empty())
      std::cout << fmt::format("would clear {} of {} (was: {})\n", c.key, c.member, c.before);
    else
      std::cout << fmt::format("would change {} of {}: {} -> {}\n", c.key, c.member,
                               c.before.empty() ? "-" : c.before, c.after);
  }
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
  storage::put_setting(db.sql(), "name", next.name);
  storage::put_setting(db.sql(), "timezone", next.timezone);
  std::vector<std::string> names;
  for (const auto& r : data.members) names.push_back(next.get(r.member.name).name);
  storage::save_members(db.sql(), next, names);
  storage::save_history(db.sql(), data.history);
}

// Thrown to roll a dry run back after every check, the writing ones included, has passed.
struct DryRunDone {};

nlohmann::json plan_json(const Congregation& before, const Congregation& after,
                         const exchange::ImportData& data, const exchange::ImportSummary& s,
                         bool dry_run) {
  auto changes = nlohmann::json::array();
  for (const auto& c : exchange::member_changes(before, after))
    changes.push_back(
        {{"member", c.member}, {"key", c.key}, {"before", c.before}, {"after", c.after}});
  return {{"dry_run", dry_run},
          {"added", s.added},
          {"updated", s.updated},
          {"changes", changes},
          {"congregation", congregation_changes(before, after, dry_run)},
          {"ignored_columns", data.ignored},
          {"kept", s.kept}};
}

void import_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ImportFlags>();
  auto* sub = app.add_subcommand(
      "import", "Read members and preferences from TOML, CSV or an msol export (all or nothing)");
  sub->add_option("FILE", o->file, "A .toml, .csv or .json file")->required();
  sub->add_flag(
      "--dry-run", o->dry_run,
      "Check the file and list what would be added, changed and cleared, writing nothing");
  sub->add_option("--map", o->map,
                  "CSV: read the column HEADER as KEY (\"HEADER=KEY\", repeatable)")
      ->allow_extra_args(false);
  sub->add_option("--map-file", o->map_file, "CSV: a TOML [columns] table of \"HEADER\" = \"KEY\"");
  sub->add_flag("--strict", o->strict, "CSV: refuse columns neither known nor mapped");
  sub->add_option("--delimiter", o->delimiter, "CSV field separator: ',', ';' or tab (detected)");
  sub->add_option("--encoding", o->encoding,
                  "The file's encoding when not UTF-8, e.g. windows-1252 (ICU names)");
  sub->add_flag("--allow-similar", o->allow_similar,
                "Accept new names that look like existing members' names");
  sub->add_flag("--replace", o->replace,
                "Blank cells clear stored values: the file is authoritative for its columns");
  example(sub,
          "  msol import members.toml --dry-run\n  msol import form-export.csv\n"
          "  msol import responses.csv --map-file form-map.toml --encoding windows-1252");
  ctx.on_run(sub, [&ctx, o] {
    auto data = read_import(*o);
    auto db = ctx.open_file();
    exchange::ImportSummary summary;
    Congregation before, after;
    try {
      db.write([&] {
        before = storage::load_congregation(db.sql());
        after = exchange::merge_import(before, data, summary,
                                       exchange::ImportOptions{o->replace, o->allow_similar});
        if (data.timezone) check_zone(*data.timezone, fmt::format("{}: timezone", o->file));
        exchange::check_history(after, data.history, o->file);
        check_room(db, data);
        write_import(db, data, after);
        if (o->dry_run) throw DryRunDone{};
      });
    } catch (const DryRunDone&) {
    }
    notes(ctx, data, summary);
    if (ctx.globals.json)
      return ctx.print_json(plan_json(before, after, data, summary, o->dry_run));
    if (o->dry_run)
      print_plan(before, after, summary);
    else
      for (const auto& line : congregation_changes(before, after, false)) ctx.note(line);
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
    util::write_file(o->output, text, util::WriteMode::replace, util::Guard(db.path()));
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
