#include "graph/dot.hpp"

#include <fmt/format.h>

namespace msol::graph {
namespace {

// Wants that crews meet are drawn solid, the others dotted: the eye finds who is still apart.
std::string edge_style(const Edge& e) {
  const char* met = e.met ? "" : ", style=dotted";
  switch (e.tie) {
    case Tie::Want:
      return fmt::format("color=\"{}\"{}", e.met ? "#444444" : "#888888", met);
    case Tie::Mutual:
      return fmt::format("dir=both, penwidth=2.5, color=\"#1f6fb4\"{}", met);
    case Tie::Partner:
      return fmt::format("dir=none, color=\"#2ca02c:#2ca02c\", penwidth=1.5{}", met);
    case Tie::Avoid:
      // constraint=false: an avoid must not pull two people's places together in the layout.
      return "dir=none, style=dashed, color=\"#d62728\", constraint=false";
  }
  return "";
}

void write_cluster(std::string& out, const Cluster& c, std::size_t index) {
  out += fmt::format("  subgraph cluster_{} {{\n    label={};\n", index + 1, quote(c.label));
  out += "    style=\"rounded,filled\"; fillcolor=\"#f4f4f4\"; color=\"#999999\";\n";
  for (const auto& person : c.people) out += fmt::format("    {};\n", quote(person));
  out += "  }\n";
}

}  // namespace

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char ch : text) {
    if (ch == '"' || ch == '\\') out += '\\';
    if (ch == '\n')
      out += "\\n";
    else
      out += ch;
  }
  return out + "\"";
}

std::string to_dot(const Drawing& d) {
  std::string out =
      "// Arrows are wants; two heads: a mutual want; dotted: not met by the crews drawn.\n"
      "digraph congregation {\n";
  out += fmt::format("  graph [label={}, labelloc=t, charset=\"UTF-8\", fontname=\"Helvetica\"];\n",
                     quote(d.title));
  out += "  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n";
  for (std::size_t i = 0; i < d.clusters.size(); ++i) write_cluster(out, d.clusters[i], i);
  for (const auto& person : d.loose) out += fmt::format("  {};\n", quote(person));
  for (const auto& e : d.edges)
    out += fmt::format("  {} -> {} [{}];\n", quote(e.from), quote(e.to), edge_style(e));
  return out + "}\n";
}

}  // namespace msol::graph
