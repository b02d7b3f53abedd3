// msol crew form: propose crews from the members' preferences, explain them, optionally save.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <sstream>

#include "context.hpp"
#include "crew_views.hpp"
#include "domain/errors.hpp"
#include "domain/regroup.hpp"
#include "domain/text.hpp"
#include "graph/draw.hpp"
#include "solver/history.hpp"
#include "solver/pool.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "storage/rhythms_store.hpp"
#include "storage/settings_store.hpp"
#include "table.hpp"
#include "util/file_read.hpp"
#include "util/shell.hpp"

namespace msol::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct FormOptions {
  int min = 3, max = 8;
  bool force_size = false;
  std::string present, present_file;
  std::vector<std::string> together;
  std::optional<std::uint64_t> seed;
  std::optional<double> time_limit;
  bool save = false;
  bool dot = false;
  bool last = false;
  bool regroup = false;
};

// A live line on stderr while a search runs, rewritten in place with "\r" and wiped at the end.
// Only on a terminal: a script or a log sees stderr exactly as without it.
class ProgressLine {
 public:
  // Shorter searches than this end before a line would be worth reading.
  static constexpr double kShowAfterSeconds = 0.5;

  static bool wanted(const Context& ctx) { return !ctx.globals.quiet && ::isatty(STDERR_FILENO); }
  ProgressLine() = default;
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;
  ~ProgressLine() { clear(); }

  void show(const solver::Progress& p) {
    if (p.elapsed_seconds < kShowAfterSeconds) return;
    auto line = p.found
                    ? fmt::format("searching: best score {:g}, bound {:g}", p.best_score, p.bound)
                    : fmt::format("searching: no crews yet, bound {:g}", p.bound);
    if (p.unplaced > 0) line += fmt::format(", {} unplaced", p.unplaced);
    line += fmt::format(", {:.1f} s left", p.remaining_seconds);
    write(line);
  }

  void clear() {
    if (width_ > 0) std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
    width_ = 0;
  }

 private:
  // Spaces, not a terminal escape, cover the rest of a longer previous line: works on any tty.
  void write(const std::string& line) {
    std::cerr << '\r' << line << std::string(width_ > line.size() ? width_ - line.size() : 0, ' ')
              << std::flush;
    width_ = std::max(width_, line.size());
  }

  std::size_t width_ = 0;
};

std::optional<std::vector<std::string>> present_list(const FormOptions& o) {
  if (!o.present.empty()) return split_list(o.present);
  if (o.present_file.empty()) return std::nullopt;
  std::vector<std::string> names;
  for (auto& line : split_list(util::read_text_file(o.present_file), '\n'))
    if (!line.starts_with("#"))
      for (auto& n : split_list(line)) names.push_back(n);
  return names;
}

solver::PoolRequest pool_request(const FormOptions& o, SQLite::Database& db,
                                 const std::vector<Crew>& crews, Date today) {
  solver::PoolRequest r{o.min, o.max, o.force_size, present_list(o), {}, {}, crews, o.regroup};
  for (const auto& group : o.together) {
    auto names = split_list(group);
    if (names.size() < 2)
      throw UsageError(
          fmt::format("--together '{}' names fewer than two members: write A,B", group));
    r.together.push_back(names);
  }
  // SPEC section 7: formation.history_months, checked by the settings table.
  auto months = static_cast<int>(storage::load_settings(db).get("formation.history_months"));
  r.history = solver::shared_history(crews, today, months);
  return r;
}

// The command the host ran, with other crew sizes: what the solver suggests as options. It keeps
// the pool (--present, --together), seed and time limit, and adds --force-size when needed.
std::string rerun_command(const Context& ctx, const FormOptions& o, const solver::Resize& r) {
  std::vector<std::string> words{"msol"};
  if (ctx.globals.file) words.insert(words.end(), {"--file", *ctx.globals.file});
  words.insert(words.end(), {"crew", "form", "--min", std::to_string(r.min_size), "--max",
                             std::to_string(r.max_size)});
  if (r.min_size < kCrewMin || r.max_size > kCrewMax) words.push_back("--force-size");
  if (!o.present.empty()) words.insert(words.end(), {"--present", o.present});
  if (!o.present_file.empty()) words.insert(words.end(), {"--present-file", o.present_file});
  for (const auto& group : o.together) words.insert(words.end(), {"--together", group});
  if (o.regroup) words.push_back("--regroup");
  if (o.seed) words.insert(words.end(), {"--seed", std::to_string(*o.seed)});
  if (o.time_limit) words.insert(words.end(), {"--time-limit", fmt::format("{:g}", *o.time_limit)});
  return "`" + util::shell_line(words) + "`";
}

solver::Options solver_options(const Context& ctx, const FormOptions& o, Clock::time_point start) {
  double limit = o.time_limit.value_or(2.0);
  if (!(limit >= 0.1 && limit <= 3600))
    throw UsageError(
        fmt::format("--time-limit {:g} is out of range: give seconds between 0.1 and 3600", limit));
  solver::Options s;
  s.time_limit_seconds = limit;
  s.started = start;
  s.deterministic = o.seed.has_value();
  s.seed = o.seed.value_or(std::random_device{}());
  s.rerun = [&ctx, o](const solver::Resize& r) { return rerun_command(ctx, o, r); };
  return s;
}

// Running crews change only with --regroup (the pool holds their members only then): the
// members placed anew leave, and a crew left below --min closes and its rhythm ends.
void save(SQLite::Database& db, std::vector<Crew> crews, const std::vector<Crew>& made,
          const std::vector<CrewChange>& changes, const solver::Result& result,
          const nlohmann::json& explanation, const FormOptions& o, Date today) {
  apply_crew_changes(crews, changes, today);
  for (const auto& change : changes)
    if (auto rhythm = change.closes ? storage::active_rhythm(db, change.crew) : std::nullopt)
      storage::deactivate_rhythm(db, rhythm->id);
  storage::save_crews(db, crews);
  auto formation =
      storage::insert_formation(db, today, o.seed, result.score, result.bound, explanation.dump());
  storage::save_crews(db, made, formation);
}

nlohmann::json changes_json(const std::vector<CrewChange>& changes) {
  auto out = nlohmann::json::array();
  for (const auto& c : changes)
    out.push_back(
        {{"name", c.crew}, {"leaving", c.leaving}, {"staying", c.staying}, {"closes", c.closes}});
  return out;
}

// The running crews a formation changes, after the proposal: what a host must see before --save.
void print_changes(const Context& ctx, const std::vector<CrewChange>& changes, bool saved) {
  if (changes.empty() || ctx.globals.json) return;
  std::cout << (saved ? "Running crews changed:\n" : "Running crews this would change:\n");
  for (const auto& c : changes) std::cout << wrap("- " + describe(c), 2);
}

// SPEC 4: members of open crews stay out of the pool without --regroup; one line says so.
void note_pool(const Context& ctx, const solver::Pool& pool) {
  for (const auto& n : pool.left_out) ctx.warn(fmt::format("{} is present but not placed", n));
  if (pool.names.empty())
    throw Failure(
        pool.in_open_crews > 0
            ? fmt::format("there is no crew to form: nobody is looking for a crew outside the "
                          "open crews; add --regroup to form crews from the {} looking member(s) "
                          "in them",
                          pool.in_open_crews)
            : "there is no crew to form: nobody is looking for a crew (see 'msol prefs set "
              "NAME --looking yes')");
  if (pool.in_open_crews > 0)
    ctx.note(
        fmt::format("{} looking member(s) left out: they are in open crews, which carry on; add "
                    "--regroup to form crews from them too",
                    pool.in_open_crews));
}

// The proposal as a picture: proposed crews as clusters, the unplaced outside them, and each
// want solid when the crews meet it, dotted when they do not.
void print_dot(const Context& ctx, const Congregation& c, const solver::Pool& pool,
               const solver::Result& result, const std::vector<Crew>& made, std::uint64_t seed) {
  auto title = fmt::format("Proposed crews: score {:g}, no partition above {:g}", result.score,
                           result.bound);
  std::cout << graph::to_dot(graph::draw(c, made, {title, false, {}, pool.names}));
  ctx.note(fmt::format("seed {}; searched {} moves in {:.2f} s", seed, result.moves_evaluated,
                       result.seconds));
}

// When this process started, on the steady clock: --time-limit counts the whole command, from
// exec through loading the file. Linux keeps the start in /proc/self/stat (field 22, in clock
// ticks since boot); elsewhere, or if that cannot be read, from now.
Clock::time_point process_start() {
  auto now = Clock::now();
  std::ifstream stat("/proc/self/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  auto close = text.rfind(')');  // the command name in parentheses may hold spaces
  timespec boot{};
  if (close == std::string::npos || ::clock_gettime(CLOCK_BOOTTIME, &boot) != 0) return now;
  std::istringstream fields(text.substr(close + 2));
  std::string field;
  for (int k = 3; k < 22 && fields >> field; ++k) {
  }
  unsigned long long ticks = 0;
  if (!(fields >> ticks)) return now;
  double since_boot = static_cast<double>(boot.tv_sec) + static_cast<double>(boot.tv_nsec) * 1e-9;
  double age =
      since_boot - static_cast<double>(ticks) / static_cast<double>(::sysconf(_SC_CLK_TCK));
  if (age < 0 || age > 60) return now;  // not believable: count from now
  return now - std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(age));
}

// --last: the saved formation's explanation, exactly as it was printed when it was saved.
void print_last(const Context& ctx) {
  auto db = ctx.open_file();
  auto saved = storage::last_explanation(db.sql());
  if (!saved)
    throw Failure(
        "no saved formation with an explanation: run 'msol crew form --save' first (formations "
        "saved before msol kept explanations, or imported ones, have none)");
  print_formation(ctx, nlohmann::json::parse(*saved));
}

void form(Context& ctx, const FormOptions& o) {
  auto start = process_start();  // --time-limit caps the whole command from here
  if (o.dot && ctx.globals.json)
    throw UsageError("crew form --dot prints a picture and --json a document: choose one of them");
  if (o.last) return print_last(ctx);
  auto db = ctx.open_file();
  auto run = [&] {
    auto c = storage::load_congregation(db.sql());
    auto today = ctx.today(c.timezone);
    auto crews = storage::load_crews(db.sql());
    auto pool = solver::build_pool(c, pool_request(o, db.sql(), crews, today));
    note_pool(ctx, pool);
    auto options = solver_options(ctx, o, start);
    ProgressLine progress;
    if (ProgressLine::wanted(ctx))
      options.on_progress = [&progress](const solver::Progress& p) { progress.show(p); };
    auto result = solver::form_crews(pool.instance, options);
    progress.clear();
    auto made = solver::proposed_crews(pool, result, crews, today);
    auto changes = crew_changes(crews, made, o.min);
    auto doc = formation_json(pool, result, made, options.seed);
    doc["changed_crews"] = changes_json(changes);
    bool complete = result.unplaced.empty();
    if (o.save && complete) save(db.sql(), crews, made, changes, result, doc, o, today);
    if (o.dot) {
      print_dot(ctx, c, pool, result, made, options.seed);
    } else {
      print_formation(ctx, doc);
      print_changes(ctx, changes, o.save && complete);
    }
    if (!complete)
      throw Failure(fmt::format("{} member(s) could not be placed: {}{}", result.unplaced.size(),
                                unplaced_summary(pool, result),
                                o.save ? "; nothing was saved" : ""));
    if (!o.save) return;
    ctx.note(fmt::format("saved {} crew(s)", made.size()));
    for (const auto& change : changes)
      if (change.closes)
        ctx.note(fmt::format("closed crew '{}' and ended its rhythm: {}", change.crew,
                             change.staying.empty() ? "nobody stays in it"
                                                    : join(change.staying) + " back in the pool"));
  };
  if (o.save)
    db.write(run);
  else
    run();
}

}  // namespace

void register_crew_form(CLI::App& group, Context& ctx) {
  auto o = std::make_shared<FormOptions>();
  auto* sub = group.add_subcommand("form", "Propose crews from the members' preferences");
  sub->add_option("--min", o->min, "Smallest crew (default 3)");
  sub->add_option("--max", o->max, "Largest crew (default 8)");
  sub->add_flag("--force-size", o->force_size, "Allow --max above 8");
  auto* present = sub->add_option("--present", o->present, "Only these members: A,B,...");
  sub->add_option("--present-file", o->present_file, "Only the members named in FILE")
      ->excludes(present);
  sub->add_option("--together", o->together, "Keep these members in one crew: A,B (repeatable)");
  sub->add_option("--seed", o->seed, "Same input and seed give the same crews");
  sub->add_option("--time-limit", o->time_limit, "Seconds the whole command may take (default 2)");
  sub->add_flag("--regroup", o->regroup,
                "Also place members of open crews; names the running crews that change");
  auto* save = sub->add_flag("--save", o->save, "Record the crews (without it nothing is written)");
  sub->add_flag("--last", o->last, "Print the last saved formation's explanation again")
      ->excludes(save);
  sub->add_flag("--dot", o->dot, "Print the proposal as a Graphviz graph instead of text");
  example(sub,
          "  msol crew form --seed 7\n  msol crew form --last\n  msol crew form --present-file "
          "tonight.txt "
          "--together Ana,Ben --save\n  msol crew form --dot | dot -Tsvg > proposal.svg");
  ctx.on_run(sub, [&ctx, o] { form(ctx, *o); });
}

}  // namespace msol::cli
