// DOT text: quoting that Graphviz reads back as the same names, clusters, edge styles, order.
#include "graph/dot.hpp"

#include <doctest/doctest.h>

#include <string>

namespace msol::graph {
namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST_CASE("quote escapes backslashes and double quotes and keeps UTF-8") {
  CHECK(quote("Ana") == "\"Ana\"");
  CHECK(quote("Ana \"Nana\" B") == "\"Ana \\\"Nana\\\" B\"");
  CHECK(quote("back\\") == "\"back\\\\\"");
  CHECK(quote("Søren Zoë Ayşe 李") == "\"Søren Zoë Ayşe 李\"");
  CHECK(quote("two\nlines") == "\"two\\nlines\"");
  CHECK(quote("") == "\"\"");
}

TEST_CASE("crews become clusters, loose people stay outside them") {
  Drawing d{"Spree", {{"Otters", {"Ana", "Ben"}}, {"Crew \"2\"", {"Caro"}}}, {"Dan"}, {}};
  auto dot = to_dot(d);
  CHECK(dot.find("digraph congregation {") != std::string::npos);
  CHECK(dot.find("label=\"Spree\"") != std::string::npos);
  CHECK(dot.find("charset=\"UTF-8\"") != std::string::npos);
  CHECK(dot.find("subgraph cluster_1 {\n    label=\"Otters\";") != std::string::npos);
  CHECK(dot.find("subgraph cluster_2 {\n    label=\"Crew \\\"2\\\"\";") != std::string::npos);
  CHECK(dot.find("    \"Ana\";\n    \"Ben\";\n  }") != std::string::npos);
  CHECK(dot.find("  }\n  \"Dan\";\n") != std::string::npos);
  CHECK(dot.substr(dot.size() - 2) == "}\n");
}

TEST_CASE("each tie has its own look") {
  Drawing d{"t", {}, {"A", "B", "C"}, {}};
  d.edges = {{"A", "B", Tie::Mutual, true},
             {"A", "C", Tie::Want, false},
             {"B", "C", Tie::Avoid, false},
             {"C", "A", Tie::Want, true}};
  auto dot = to_dot(d);
  CHECK(dot.find("\"A\" -> \"B\" [dir=both, penwidth=2.5, color=\"#1f6fb4\"];") !=
        std::string::npos);
  CHECK(dot.find("\"A\" -> \"C\" [color=\"#888888\", style=dotted];") != std::string::npos);
  CHECK(dot.find("\"B\" -> \"C\" [dir=none, style=dashed, color=\"#d62728\", constraint=false];") !=
        std::string::npos);
  CHECK(dot.find("\"C\" -> \"A\" [color=\"#444444\"];") != std::string::npos);
  CHECK(count(dot, " -> ") == 4);
  CHECK(dot.find("\"A\" -> \"B\"") < dot.find("\"C\" -> \"A\""));
}

TEST_CASE("people named like DOT keywords are drawn as people, once each, in their crew") {
  Drawing d{"t", {{"graph", {"node", "edge"}}}, {"subgraph"}, {{"node", "subgraph", Tie::Want}}};
  auto dot = to_dot(d);
  auto cluster = dot.substr(dot.find("subgraph cluster_1 {"));
  cluster = cluster.substr(0, cluster.find("\n  }\n"));
  CHECK(cluster.find("label=\"graph\";") != std::string::npos);
  CHECK(cluster.find("\n    \"node\";\n    \"edge\"") != std::string::npos);
  CHECK(count(dot, "\"node\";") == 1);
  CHECK(count(dot, "\"edge\";") == 1);
  CHECK(count(dot, "\"subgraph\";") == 1);
  CHECK(dot.find("\"node\" -> \"subgraph\"") != std::string::npos);
  CHECK(dot.find(" node;") == std::string::npos);
}

}  // namespace
}  // namespace msol::graph
