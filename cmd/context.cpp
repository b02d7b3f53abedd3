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

std::optional<std::string> flag_or_env(const std::optional<std::string>& flag, const char* var) {
  if (flag) return flag;
  const char* v = std::getenv(var);
  if (v != nullptr && *v != '\0') return std::string(v);
  return std::nullopt;
}

// "YYYY-MM-DD HH:MM" as --now and $MSOL_NOW give it.
std::pair<Date, TimeOfDay> parse_now(const std::string& text) {
  if (text.size() != 16 || text[10] != ' ')
    throw UsageError(fmt::format("--now '{}' is not a moment: write \"YYYY-MM-DD HH:MM\"", text));
  return {parse_date(text.substr(0, 10), "--now"), parse_time(text.substr(11), "--now")};
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

}  // namespace

storage::Database Context::open_file() const {
  return storage::Database::open(storage::locate_file(globals.file, "."),
                                 globals.allow_shared_file);
}

Date Context::today(const std::string& timezone) const {
  if (auto t = flag_or_env(globals.today, "MSOL_TODAY")) return parse_date(*t, "--today");
  return now(timezone).first;
}

std::pair<Date, TimeOfDay> Context::now(const std::string& timezone) const {
  if (auto n = flag_or_env(globals.now, "MSOL_NOW")) return parse_now(*n);
  if (auto t = flag_or_env(globals.today, "MSOL_TODAY"))
    return {parse_date(*t, "--today"), TimeOfDay{}};
  return clock_in(timezone);
}

void Context::note(const std::string& message) const {
  if (!globals.quiet) std::cerr << message << "\n";
}

void Context::warn(const std::string& message) const {
  std::cerr << "msol: warning: " << message << "\n";
}

void Context::print_json(const nlohmann::json& doc) const { std::cout << doc.dump(2) << "\n"; }

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
