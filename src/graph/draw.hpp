#pragma once
// What a picture of the congregation shows. Avoids are private (SPEC: the file holds people's
// conflicts), so they are left out unless asked for; members who left are never drawn.
#include <optional>
#include <string>
#include <vector>

#include "domain/congregation.hpp"
#include "domain/crew.hpp"
#include "graph/dot.hpp"

namespace msol::graph {

struct DrawOptions {
  std::string title;
  bool show_avoid = false;
  // A crew's name: only its members, their ties and the people at the other end of them.
  std::optional<std::string> focus;
  // Only these members (e.g. a formation's pool); by default every active member.
  std::optional<std::vector<std::string>> people;
};

// Open crews become clusters. Throws Failure for an unknown or closed focus crew.
Drawing draw(const Congregation& c, const std::vector<Crew>& crews, const DrawOptions& options);

}  // namespace msol::graph
