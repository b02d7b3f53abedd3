// What a picture of the congregation shows: crews, wants once each, avoids only when asked,
// members who left never.
#include "graph/draw.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "domain/errors.hpp"

namespace msol::graph {
namespace {

Member member(std::string name, std::vector<std::string> want,
              std::vector<std::string> avoid = {}) {
  Member m;
  m.name = std::move(name);
  m.prefs.want = std::move(want);
  m.prefs.avoid = std::move(avoid);
  return m;
}

Crew crew(std::string name, const std::vector<std::string>& members, bool open = true) {
  Crew c;
  c.name = std::move(name);
  c.open = open;
  for (const auto& m : members) c.roster.push_back({m, Date{}, std::nullopt});
  return c;
}

// Ana and Ben want each other and share a crew; Caro wants Ana across crews; Dan avoids Caro;
// Eve left.
Congregation congregation() {
  Congregation c;
  c.members = {member("Ana", {"ben", "Caro"}), member("Ben", {"Ana"}), member("Caro", {"Ana"}),
               member("Dan", {"Eve"}, {"Caro"}), member("Eve", {"Ana"})};
  c.members[4].left = Date{};
  return c;
}

std::vector<Crew> crews() {
  return {crew("Otters", {"Ana", "Ben"}), crew("Owls", {"Caro", "Dan"})};
}

std::size_t ties(const Drawing& d, Tie tie) {
  return static_cast<std::size_t>(
      std::count_if(d.edges.begin(), d.edges.end(), [&](const Edge& e) { return e.tie == tie; }));
}

const Edge* edge(const Drawing& d, const std::string& from, const std::string& to) {
  for (const auto& e : d.edges)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}

TEST_CASE("open crews are clusters, everyone else is loose, leavers are not drawn") {
  auto all = crews();
  all.push_back(crew("Closed", {"Dan"}, false));
  auto d = draw(congregation(), all, {"Spree", false, {}, {}});
  CHECK(d.title == "Spree");
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[0].label == "Otters");
  CHECK(d.clusters[0].people == std::vector<std::string>{"Ana", "Ben"});
  CHECK(d.loose.empty());
  auto loose = draw(congregation(), {crew("Otters", {"Ana", "Ben"})}, {});
  CHECK(loose.loose == std::vector<std::string>{"Caro", "Dan"});
}

TEST_CASE("a mutual want is one edge; wants are met inside a crew") {
  auto d = draw(congregation(), crews(), {});
  CHECK(ties(d, Tie::Mutual) == 2);
  REQUIRE(edge(d, "Ana", "Ben") != nullptr);
  CHECK(edge(d, "Ana", "Ben")->tie == Tie::Mutual);
  CHECK(edge(d, "Ana", "Ben")->met);
  CHECK(edge(d, "Ben", "Ana") == nullptr);
  // Ana wants Caro and Caro wants Ana: mutual too, but across crews.
  REQUIRE(edge(d, "Ana", "Caro") != nullptr);
  CHECK(edge(d, "Ana", "Caro")->tie == Tie::Mutual);
  CHECK_FALSE(edge(d, "Ana", "Caro")->met);
  CHECK(edge(d, "Caro", "Ana") == nullptr);
  CHECK(edge(d, "Dan", "Eve") == nullptr);
  CHECK(d.edges.size() == 2);
}

TEST_CASE("a one-way want is an arrow from the one who wants") {
  auto c = congregation();
  c.members[1].prefs.want.clear();
  auto d = draw(c, crews(), {});
  REQUIRE(edge(d, "Ana", "Ben") != nullptr);
  CHECK(edge(d, "Ana", "Ben")->tie == Tie::Want);
  CHECK(edge(d, "Ana", "Ben")->met);
}

TEST_CASE("avoids are hidden unless asked for") {
  CHECK(ties(draw(congregation(), crews(), {}), Tie::Avoid) == 0);
  auto d = draw(congregation(), crews(), {"", true, {}, {}});
  CHECK(ties(d, Tie::Avoid) == 1);
  REQUIRE(edge(d, "Dan", "Caro") != nullptr);
  CHECK(edge(d, "Dan", "Caro")->tie == Tie::Avoid);
}

TEST_CASE("an avoid in both directions is drawn once") {
  auto c = congregation();
  c.members[2].prefs.avoid = {"Dan"};
  CHECK(ties(draw(c, crews(), {"", true, {}, {}}), Tie::Avoid) == 1);
}

TEST_CASE("only the given people are drawn") {
  auto d = draw(congregation(), crews(), {"", false, {}, std::vector<std::string>{"ana", "Caro"}});
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[0].people == std::vector<std::string>{"Ana"});
  CHECK(d.edges.size() == 1);
}

TEST_CASE("a focus crew keeps its ties and whom they reach") {
  auto c = congregation();
  c.members.push_back(member("Finn", {}));
  auto d = draw(c, crews(), {"", false, std::string("otters"), {}});
  REQUIRE(d.clusters.size() == 2);
  CHECK(d.clusters[1].people == std::vector<std::string>{"Caro"});
  CHECK(d.loose.empty());
  CHECK(d.edges.size() == 2);
  CHECK_THROWS_AS(draw(c, crews(), {"", false, std::string("Nobody"), {}}), Failure);
  CHECK_THROWS_AS(draw(c, {crew("Old", {"Ana"}, false)}, {"", false, std::string("Old"), {}}),
                  Failure);
}

}  // namespace
}  // namespace msol::graph

namespace msol::graph {

TEST_CASE("partners are one edge each, drawn from the one who comes first") {
  auto c = congregation();
  c.members[1].prefs.partner = {"Dan"};  // Ben and Dan, stored both ways
  c.members[3].prefs.partner = {"ben"};
  auto d = draw(c, crews(), {"Spree", false, {}, {}});
  CHECK(ties(d, Tie::Partner) == 1);
  const Edge* e = edge(d, "Ben", "Dan");
  REQUIRE(e != nullptr);
  CHECK(e->tie == Tie::Partner);
  CHECK_FALSE(e->met);  // Otters and Owls: apart
  CHECK(to_dot(d).find("\"Ben\" -> \"Dan\" [dir=none, color=\"#2ca02c:#2ca02c\"") !=
        std::string::npos);
}

}  // namespace msol::graph
