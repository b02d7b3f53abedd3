// msol settings show|set|import: the reciprocity game's point values (SPEC 6), stored in the file
// under "points.<key>" and defaulting to the essay's values.
#include <fmt/format.h>
#include <toml++/toml.h>

#include <charconv>
#include <filesystem>
#include <utility>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "storage/game_store.hpp"
#include "table.hpp"

namespace msol::cli {
namespace {

// Accepts the key as shown ("money.offer") or as stored ("points.money.offer").
std::string game_key(std::string key) {
  const std::string prefix = storage::kPointsPrefix;
  if (key.starts_with(prefix)) key.erase(0, prefix.size());
  return key;
}

int parse_points(const std::string& text, const std::string& key) {
  int value = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end)
    throw UsageError(
        fmt::format("'{}' is not a whole number of points for '{}': write e.g. "
                    "'msol settings set {} 5' (penalties are negative: -5)",
                    text, key, key));
  return value;
}

// Flattens a [points] table ("[points.money] offer = 5" or "money.offer = 5") into game keys.
void flatten(const toml::table& table, const std::string& prefix, std::map<std::string, int>& out) {
  for (const auto& [k, node] : table) {
    const auto key = prefix + std::string(k.str());
    if (const auto* sub = node.as_table()) {
      flatten(*sub, key + ".", out);
    } else if (const auto* value = node.as_integer(); value && std::in_range<int>(value->get())) {
      out[key] = static_cast<int>(value->get());
    } else {
      throw UsageError(fmt::format("points.{} must be a whole number of points", key));
    }
  }
}

std::map<std::string, int> read_points_file(const std::string& path) {
  if (!std::filesystem::is_regular_file(path))
    throw Failure(fmt::format("cannot read '{}': no such file", path));
  toml::table doc;
  try {
    doc = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw UsageError(fmt::format("'{}' is not valid TOML (line {}): {}", path,
                                 e.source().begin.line, e.description()));
  }
  const auto* points = doc["points"].as_table();
  if (points == nullptr)
    throw UsageError(
        fmt::format("'{}' has no [points] table: write e.g.\n[points]\nmoney.offer = 5", path));
  std::map<std::string, int> out;
  flatten(*points, "", out);
  return out;
}

void show_command(CLI::App& group, Context& ctx) {
  auto* sub = group.add_subcommand("show", "Show the game's point values (changed ones marked)");
  example(sub, "  msol settings show\n  msol settings show --json");
  ctx.on_run(sub, [&ctx] {
    auto db = ctx.open_file();
    const auto changed = storage::load_point_overrides(db.sql());
    const auto values = game::to_map(storage::load_points(db.sql()));
    const auto defaults = game::to_map({});
    if (ctx.globals.json) return ctx.print_json({{"points", values}});
    Table t({"KEY", "POINTS", "DEFAULT"});
    for (const auto& key : game::point_keys())
      t.add({key, std::to_string(values.at(key)),
             changed.count(key) ? std::to_string(defaults.at(key)) : "(default)"});
    t.print(ctx.color());
  });
}

void set_command(CLI::App& group, Context& ctx) {
  struct Options {
    std::string key, value;
  };
  auto o = std::make_shared<Options>();
  auto* sub = group.add_subcommand("set", "Change one point value (see 'msol settings show')");
  sub->add_option("KEY", o->key, "e.g. money.offer, consistency.missed")->required();
  sub->add_option("VALUE", o->value, "Whole points; penalties are negative")->required();
  example(sub, "  msol settings set consistency.excused -2");
  ctx.on_run(sub, [&ctx, o] {
    const auto key = game_key(o->key);
    const auto value = parse_points(trim(o->value), key);
    auto db = ctx.open_file();
    db.write([&] { storage::save_points(db.sql(), {{key, value}}); });
    ctx.note(fmt::format("{} is now {} points", key, value));
  });
}

void import_command(CLI::App& group, Context& ctx) {
  auto path = std::make_shared<std::string>();
  auto* sub = group.add_subcommand("import",
                                   "Read point values from the [points] table of a TOML "
                                   "file (all or nothing)");
  sub->add_option("FILE", *path, "A TOML file with a [points] table")->required();
  example(sub, "  msol settings import points.toml    # [points] money.offer = 3");
  ctx.on_run(sub, [&ctx, path] {
    const auto values = read_points_file(*path);
    auto db = ctx.open_file();
    db.write([&] { storage::save_points(db.sql(), values); });
    ctx.note(fmt::format("set {} point value{} from {}", values.size(),
                         values.size() == 1 ? "" : "s", *path));
  });
}

}  // namespace

void register_settings(CLI::App& app, Context& ctx) {
  auto* group = app.add_subcommand("settings", "Show and change the reciprocity game's points");
  group->require_subcommand(1);
  example(group, "  msol settings show\n  msol settings set money.offer 3");
  show_command(*group, ctx);
  set_command(*group, ctx);
  import_command(*group, ctx);
}

}  // namespace msol::cli
