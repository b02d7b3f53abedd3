// msol undo and msol log (SPEC section 7, issue 15): taking back the newest change, and listing
// what the undo journal holds.
#include "storage/journal.hpp"

#include <fmt/format.h>

#include <charconv>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

// SPEC section 9: log's keys are id, when, command, summary and undone; kind and undone_by add
// what a script needs to tell bookkeeping and migrations apart.
nlohmann::json entry_json(const storage::JournalEntry& e) {
  return {{"id", e.id},
          {"when", e.when},
          {"command", e.command},
          {"summary", e.summary},
          {"undone", e.undone_by.has_value()},
          {"undone_by", e.undone_by ? nlohmann::json(*e.undone_by) : nlohmann::json()},
          {"kind", e.kind}};
}

std::string status_of(const storage::JournalEntry& e) {
  if (e.undone_by) return fmt::format("taken back by {}", *e.undone_by);
  if (e.kind == "seal") return "sealed: nothing before it can be taken back";
  if (e.kind == "bookkeeping") return "bookkeeping (a plain undo passes over it)";
  if (e.kind == "undo") return "undo";
  return "-";
}

// ID as typed: a positive whole number, or exit 2 saying so.
std::int64_t entry_id(const std::string& text) {
  std::int64_t id = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size() || id < 1)
    throw UsageError(fmt::format(
        "'{}' is not a change's id: give a whole number from 'msol log', such as 12", text));
  return id;
}

void print_log(const Context& ctx, const std::vector<storage::JournalEntry>& entries) {
  if (ctx.globals.json) {
    auto doc = nlohmann::json::array();
    for (const auto& e : entries) doc.push_back(entry_json(e));
    return ctx.print_json(doc);
  }
  if (entries.empty()) return ctx.note("the journal is empty: no change has been made yet");
  Table t({"ID", "WHEN (UTC)", "COMMAND", "WHAT CHANGED", "STATUS"});
  for (const auto& e : entries)
    t.add({std::to_string(e.id), e.when, e.command, e.summary, status_of(e)});
  t.print(ctx.color());
}

void print_taken_back(const Context& ctx, const storage::JournalEntry& e, bool dry_run) {
  if (ctx.globals.json) {
    auto doc = entry_json(e);
    doc["dry_run"] = dry_run;
    return ctx.print_json(doc);
  }
  std::cout << wrap(fmt::format("{} change {} (made {}): {}",
                                dry_run ? "would take back" : "took back", e.id, e.when, e.command),
                    2)
            << wrap("  " + e.summary, 4);
  if (dry_run) ctx.note("--dry-run: nothing was changed");
}

}  // namespace

void register_journal(CLI::App& app, Context& ctx) {
  struct Options {
    std::optional<std::string> id;
    bool dry_run = false;
  };
  auto o = std::make_shared<Options>();
  auto* undo = app.add_subcommand(
      "undo",
      "Take back the most recent change that has not been taken back (again: the one before)");
  undo->add_option("ID", o->id, "Take back this change ('msol log' lists them) instead");
  undo->add_flag("--dry-run", o->dry_run, "Only print what would be taken back");
  example(undo, "  msol undo --dry-run\n  msol undo\n  msol undo 12");
  ctx.on_run(undo, [&ctx, o] {
    auto id = o->id ? std::optional(entry_id(*o->id)) : std::nullopt;
    auto db = ctx.open_file();
    if (o->dry_run) return print_taken_back(ctx, storage::entry_to_take_back(db.sql(), id), true);
    storage::JournalTag tag{storage::ChangeKind::undo};
    storage::JournalEntry taken;
    db.write(
        [&] {
          taken = storage::entry_to_take_back(db.sql(), id);
          tag.undoes = taken.id;
          storage::take_back(db.sql(), taken);
        },
        tag);
    print_taken_back(ctx, storage::journal_entry(db.sql(), taken.id).value_or(taken), false);
  });

  auto* log =
      app.add_subcommand("log", "List the recent changes, newest first, with their commands");
  example(log, "  msol log\n  msol log --json");
  ctx.on_run(log, [&ctx] {
    auto db = ctx.open_file();
    print_log(ctx, storage::journal_entries(db.sql()));
  });
}

}  // namespace msol::cli
