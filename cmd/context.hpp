#pragma once
// What every command shares: the global flags, the file, today's date, and how to print.
#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "domain/congregation.hpp"
#include "domain/dates.hpp"
#include "storage/database.hpp"

namespace msol::cli {

struct Globals {
  std::optional<std::string> file;
  std::optional<std::string> today;
  std::optional<std::string> now;
  bool json = false;
  bool quiet = false;
  bool allow_shared_file = false;
  std::optional<size_t> width;        // --width: cut tables and wrap prose to this many columns
  std::string command_line = "msol";  // as typed, for the undo journal: "msol meet log ..."
};

class Context {
 public:
  Globals globals;

  storage::Database open_file() const;
  // SPEC 2: a flag beats its environment variable and --now sets today too: --today or --now's
  // day, then $MSOL_TODAY, then $MSOL_NOW's day, then the date in the congregation's zone.
  // Throws UsageError for a malformed value or --today and --now on different days.
  Date today(const std::string& timezone) const;
  // --now, then --today at 00:00, then $MSOL_NOW, then $MSOL_TODAY at 00:00, then the clock,
  // local to the congregation.
  std::pair<Date, TimeOfDay> now(const std::string& timezone) const;

  // A note for the person at the terminal (stderr), silenced by --quiet.
  void note(const std::string& message) const;
  void warn(const std::string& message) const;
  void print_json(const nlohmann::json& doc) const;
  bool color() const;

  // Makes `sub` run `action` once parsing has finished and every global flag is known.
  void on_run(CLI::App* sub, std::function<void()> action);
  void run() const;

 private:
  std::function<void()> action_;
};

// calendar::find_zone, with `what` (the flag or file) named in the message.
void check_zone(const std::string& tz, const std::string& what);

// Adds the "Example:" footer every command's --help shows.
void example(CLI::App* sub, const std::string& lines);

}  // namespace msol::cli
