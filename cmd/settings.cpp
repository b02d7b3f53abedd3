// msol settings show|set|import: the congregation's settings (SPEC section 7). The keys, their
// defaults and ranges are the table in src/domain/settings.hpp; this file only parses and prints.
#include "domain/settings.hpp"

#include <fmt/format.h>

#include <string>

#include "commands.hpp"
#include "context.hpp"
#include "exchange/settings_file.hpp"
#include "storage/settings_store.hpp"
#include "table.hpp"
#include "util/file_read.hpp"

namespace msol::cli {
namespace {

constexpr std::string_view kPoints = "points.";

// "points": the game's values by game key ("money.offer"), as before the table grew other keys.
nlohmann::json settings_json(const Settings& settings) {
  nlohmann::json points = nlohmann::json::object();
  auto all = nlohmann::json::array();
  for (const auto& spec : kSettings) {
    const auto value = settings.get(spec.key);
    if (spec.key.starts_with(kPoints)) points[std::string(spec.key.substr(kPoints.size()))] = value;
    all.push_back({{"key", spec.key},
                   {"value", value},
                   {"default", spec.fallback},
                   {"min", spec.min},
                   {"max", spec.max},
                   {"changed", settings.changed(spec.key)},
                   {"description", spec.description}});
  }
  return {{"points", points}, {"settings", all}};
}

void show_command(CLI::App& group, Context& ctx) {
  auto* sub = group.add_subcommand("show", "Show every setting (changed ones marked)");
  example(sub, "  msol settings show\n  msol settings show --json");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    const auto settings = storage::load_settings(db.sql());
    if (ctx.globals.json) return ctx.print_json(settings_json(settings));
    Table t({"KEY", "VALUE", "DEFAULT", "RANGE", "MEANING"});
    for (const auto& spec : kSettings)
      t.add({std::string(spec.key), std::to_string(settings.get(spec.key)),
             settings.changed(spec.key) ? std::to_string(spec.fallback) : "(default)",
             fmt::format("{}..{}", spec.min, spec.max), std::string(spec.description)});
    t.print(ctx.color());
  });
}

void set_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string key, value;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("set", "Change one setting (see 'msol settings show')");
  sub->add_option("KEY", o->key, "e.g. money.offer, remind.grace_minutes")->required();
  sub->add_option("VALUE", o->value, "A whole number in the key's range")->required();
  example(
      sub,
      "  msol settings set consistency.excused -2\n  msol settings set remind.grace_minutes 60");
  ctx.on_run(sub, [&ctx, o] {
    const auto& spec = setting_spec(o->key);
    const auto value = parse_setting(spec, o->value);
    auto db = ctx.open_file();
    db.write([&] {
      auto settings = storage::load_settings(db.sql());
      settings.set(spec.key, value);
      storage::save_settings(db.sql(), settings);
    });
    ctx.note(fmt::format("{} is now {}", spec.key, value));
  });
}

void import_command(CLI::App& group, Context& ctx) {
  auto path = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("import",
                                   "Read settings from the [points] or [settings] table of a TOML "
                                   "file (all or nothing)");
  sub->add_option("FILE", *path, "A TOML file with a [points] or [settings] table")->required();
  example(sub, "  msol settings import points.toml    # [points] money.offer = 3");
  ctx.on_run(sub, [&ctx, path] {
    const auto read = exchange::read_settings_text(util::read_file(*path), *path);
    const auto count = read.to_text().size();
    auto db = ctx.open_file();
    db.write([&] {
      auto settings = storage::load_settings(db.sql());
      settings.apply(read);
      storage::save_settings(db.sql(), settings);
    });
    ctx.note(fmt::format("set {} value{} from {}", count, count == 1 ? "" : "s", *path));
  });
}

}  // namespace

void register_settings(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("settings", "Show and change the congregation's settings");
  group->require_subcommand(1);
  example(group, "  msol settings show\n  msol settings set money.offer 3");
  show_command(*group, ctx);
  set_command(*group, ctx);
  import_command(*group, ctx);
}

}  // namespace msol::cli
