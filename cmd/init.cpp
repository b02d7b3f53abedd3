// msol init: create a new, private congregation file.
#include <date/tz.h>
#include <fmt/format.h>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"

namespace msol::cli {
namespace {

std::string system_zone() {
  try {
    return date::current_zone()->name();
  } catch (const std::exception&) {
    return "UTC";
  }
}

}  // namespace

void register_init(CLI::App& app, Context& ctx) {
  struct Options {
    std::string name = "Our congregation";
    std::string timezone;
  };
  auto opts = std::make_shared<Options>();
  auto* sub = app.add_subcommand("init", "Create a new congregation file (mode 0600)");
  sub->add_option("--name", opts->name, "The congregation's name");
  sub->add_option("--timezone", opts->timezone,
                  "IANA time zone of meetings (default: the system's)");
  example(sub, "  msol init --name \"Western Europe\" --timezone Europe/Berlin");
  ctx.on_run(sub, [&ctx, opts] {
    auto tz = opts->timezone.empty() ? system_zone() : opts->timezone;
    check_zone(tz, "--timezone");
    auto path = storage::init_target(ctx.globals.file);
    storage::Database::create(path, opts->name, tz);
    ctx.note(fmt::format("created {} for '{}' (time zone {})", path.string(), opts->name, tz));
  });
}

}  // namespace msol::cli
