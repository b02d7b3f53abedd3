// msol graph: the congregation as a picture (Graphviz DOT, or SVG rendered by Graphviz's dot).
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "context.hpp"
#include "domain/errors.hpp"
#include "domain/text.hpp"
#include "graph/draw.hpp"
#include "storage/crews_store.hpp"
#include "storage/members_store.hpp"
#include "util/file_write.hpp"

extern char** environ;

namespace msol::cli {
namespace {

namespace fs = std::filesystem;

struct GraphOptions {
  std::string format = "dot";
  std::string output;
  bool show_avoid = false;
  std::string crew;
};

std::optional<fs::path> find_on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  for (const auto& dir : split_list(path == nullptr ? "" : path, ':')) {
    fs::path candidate = fs::path(dir) / program;
    if (::access(candidate.c_str(), X_OK) == 0 && !fs::is_directory(candidate)) return candidate;
  }
  return std::nullopt;
}

std::string read_all(int fd) {
  std::string out;
  char buf[65536];
  for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) != 0;) {
    if (n > 0)
      out.append(buf, static_cast<std::size_t>(n));
    else if (errno != EINTR)
      break;
  }
  return out;
}

pid_t spawn(std::string exe, int in, int out) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
  char* argv[] = {exe.data(), const_cast<char*>("-Tsvg"), nullptr};
  pid_t pid = 0;
  int error = ::posix_spawn(&pid, exe.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  return error == 0 ? pid : -1;
}

void send_all(int fd, const std::string& text) {
  for (std::size_t sent = 0; sent < text.size();) {
    ssize_t n = ::send(fd, text.data() + sent, text.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno != EINTR) return;
    sent += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
}

// The input goes through a socket, not a pipe: if dot quits early, send() reports EPIPE instead
// of a SIGPIPE ending msol. dot reads the whole graph before it writes anything, so writing all
// of it first and only then reading cannot deadlock.
std::string render_svg(const fs::path& dot, const std::string& source) {
  int in[2], out[2];
  if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 || ::pipe2(out, O_CLOEXEC) != 0)
    throw Failure(fmt::format("cannot start Graphviz's dot: {}", std::strerror(errno)));
  pid_t pid = spawn(dot.string(), in[1], out[1]);
  ::close(in[1]);
  ::close(out[1]);
  if (pid > 0) send_all(in[0], source);
  ::close(in[0]);
  std::string svg = pid > 0 ? read_all(out[0]) : "";
  ::close(out[0]);
  int status = 0;
  if (pid <= 0 || ::waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw Failure(
        fmt::format("Graphviz's '{}' could not draw the graph; --format dot prints the "
                    "source to check by hand",
                    dot.string()));
  return svg;
}

void check_format(const GraphOptions& o) {
  if (o.format != "dot" && o.format != "svg")
    throw UsageError(fmt::format("--format '{}' is not known: use dot or svg", o.format));
}

std::string rendered(const GraphOptions& o, const std::string& source) {
  if (o.format == "dot") return source;
  auto dot = find_on_path("dot");
  if (!dot)
    throw Failure(
        "graph --format svg needs Graphviz's 'dot' (apt install graphviz); --format dot prints "
        "the source");
  return render_svg(*dot, source);
}

void write_output(const Context& ctx, const GraphOptions& o, const fs::path& file,
                  const std::string& text) {
  if (o.output.empty()) {
    std::cout << text;
    return;
  }
  util::write_file(o.output, text, util::WriteMode::replace, util::Guard(file));
  ctx.note(fmt::format("wrote the graph to {}", o.output));
}

void draw_graph(const Context& ctx, const GraphOptions& o) {
  if (ctx.globals.json)
    throw UsageError(
        "graph draws a picture and has no --json: use --format dot, or 'msol export --format "
        "json' for the data");
  check_format(o);
  auto db = ctx.open_file();
  auto c = storage::load_congregation(db.sql());
  graph::DrawOptions options{c.name.empty() ? "congregation" : c.name, o.show_avoid, {}, {}};
  if (!o.crew.empty()) options.focus = o.crew;
  auto source = graph::to_dot(graph::draw(c, storage::load_crews(db.sql()), options));
  write_output(ctx, o, db.path(), rendered(o, source));
}

}  // namespace

void register_graph(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GraphOptions>();
  auto* sub = app.add_subcommand(
      "graph", "Draw the congregation: crews as clusters, wants as arrows (Graphviz)");
  sub->add_option("--format", o->format, "dot (Graphviz source, default) or svg (needs dot)");
  sub->add_option("-o,--output", o->output, "Write to FILE (mode 0600) instead of stdout");
  sub->add_flag("--show-avoid", o->show_avoid,
                "Also draw avoids (dashed red); they are private, so hidden by default");
  sub->add_option("--crew", o->crew, "Only this crew, its members' wants and whom they reach");
  example(sub,
          "  msol graph | dot -Tpng > congregation.png\n  msol graph --format svg -o crews.svg\n"
          "  msol graph --crew Otters --show-avoid");
  ctx.on_run(sub, [&ctx, o] { draw_graph(ctx, *o); });
}

}  // namespace msol::cli
