#include "context.hpp"

#include <date/tz.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "calendar/zone.hpp"
#include "domain/errors.hpp"

namespace msol::cli {
namespace {

std::optional<std::string> env(const char* var) {
  const char* v = std::getenv(var);
  if (v != nullptr && *v != '\0') return std::string(v);
  return std::nullopt;
}

// "YYYY-MM-DD HH:MM" as --now and $MSOL_NOW give it.
std::pair<Date, TimeOfDay> parse_now(const std::string& text, const char* what) {
  if (text.size() != 16 || text[10] != ' ')
    throw UsageError(
        fmt::format("{} '{}' is not a moment: write \"YYYY-MM-DD HH:MM\"", what, text));
  return {parse_date(text.substr(0, 10), what), parse_time(text.substr(11), what)};
}

std::pair<Date, TimeOfDay> clock_in(const std::string& timezone) {
  const date::time_zone* zone = nullptr;
  try {
    zone = timezone.empty() ? date::current_zone() : date::locate_zone(timezone);
  } catch (const std::exception&) {
    zone = date::locate_zone("UTC");
  }
  auto local = zone->to_local(std::chrono::system_clock::now());
  auto day = date::floor<date::days>(local);
  date::hh_mm_ss<std::chrono::minutes> tod{date::floor<std::chrono::minutes>(local - day)};
  return {Date{day}, TimeOfDay{static_cast<int>(tod.hours().count()),
                               static_cast<int>(tod.minutes().count())}};
}

// A flag beats its environment variable, and --now carries a date: flags first, then the
// environment, then the clock. --today alone means its day at 00:00.
std::optional<std::pair<Date, TimeOfDay>> given_moment(const Globals& g) {
  if (g.now) {
    auto moment = parse_now(*g.now, "--now");
    if (g.today && parse_date(*g.today, "--today") != moment.first)
      throw UsageError(fmt::format(
          "--today {} and --now '{}' name different days: give one of them", *g.today, *g.now));
    return moment;
  }
  if (g.today) return std::pair{parse_date(*g.today, "--today"), TimeOfDay{}};
  return std::nullopt;
}

}  // namespace

storage::Database Context::open_file() const {
  auto db = storage::Database::open(storage::locate_file(globals.file, "."),
                                    globals.allow_shared_file, {}, globals.command_line);
  for (const auto& n : db.notes()) std::cerr << n << "\n";
  return db;
}

Date Context::today(const std::string& timezone) const {
  if (auto moment = given_moment(globals)) return moment->first;
  if (auto t = env("MSOL_TODAY")) return parse_date(*t, "$MSOL_TODAY");
  return now(timezone).first;
}

std::pair<Date, TimeOfDay> Context::now(const std::string& timezone) const {
  if (auto moment = given_moment(globals)) return *moment;
  if (auto n = env("MSOL_NOW")) return parse_now(*n, "$MSOL_NOW");
  if (auto t = env("MSOL_TODAY")) return {parse_date(*t, "$MSOL_TODAY"), TimeOfDay{}};
  return clock_in(timezone);
}

void Context::note(const std::string& message) const {
  if (!globals.quiet) std::cerr << message << "\n";
}

void Context::warn(const std::string& message) const {
  std::cerr << "msol: warning: " << message << "\n";
}

// Stored text from an older msol may not be valid UTF-8: shown with U+FFFD rather than failing.
void Context::print_json(const nlohmann::json& doc) const {
  std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

bool Context::color() const {
  const char* no_color = std::getenv("NO_COLOR");
  return ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0');
}

void Context::on_run(CLI::App* sub, std::function<void()> action) {
  sub->callback([this, action = std::move(action)] { action_ = action; });
}

void Context::run() const {
  if (action_) action_();
}

void check_zone(const std::string& tz, const std::string& what) {
  try {
    calendar::find_zone(tz);
  } catch (const UsageError& e) {
    throw UsageError(fmt::format("{}: {}", what, e.what()));
  }
}

void example(CLI::App* sub, const std::string& lines) { sub->footer("\nExample:\n" + lines); }

}  // namespace msol::cli
