#pragma once
// Pictures of a congregation as Graphviz DOT text: people as nodes, crews as clusters, wants,
// partners and avoids as edges. Pure: a Drawing in, DOT text out, in the Drawing's order, so the
// same data always gives the same bytes.
#include <string>
#include <string_view>
#include <vector>

namespace msol::graph {

enum class Tie {
  Want,     // from wants to; drawn as an arrow
  Mutual,   // both want each other; drawn once, with two heads
  Avoid,    // either avoids the other; drawn without heads
  Partner,  // partners (always both ways); drawn as a double line without heads
};

struct Edge {
  std::string from;
  std::string to;
  Tie tie = Tie::Want;
  bool met = false;  // both ends share a crew (for wants: the want is met)
};

struct Cluster {
  std::string label;  // the crew's name
  std::vector<std::string> people;
};

struct Drawing {
  std::string title;
  std::vector<Cluster> clusters;
  std::vector<std::string> loose;  // people in no crew
  std::vector<Edge> edges;
};

// A DOT quoted string: backslashes and double quotes escaped, newlines as \n; other bytes,
// UTF-8 included, kept as they are (the graph declares charset UTF-8).
std::string quote(std::string_view text);

std::string to_dot(const Drawing& drawing);

}  // namespace msol::graph
