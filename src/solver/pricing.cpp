#include "solver/pricing.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace msol::solver {
namespace {

using Clock = std::chrono::steady_clock;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

constexpr double kNone = -std::numeric_limits<double>::infinity();
constexpr std::size_t kWorkPerClockCheck = 20000;
constexpr std::size_t kMaxColumns = 40;  // per pricing round

// A unit that may still join the crew under construction. `p` is exact: its own term at the
// target size (gains among its members, minus its duals and size costs) plus its pair gains with
// the units already chosen. `q` adds the most its pairs with further candidates could give.
struct Candidate {
  int unit;
  double p;
  double q;
};

// The most that `count` more members could add, from sorted candidates: with units of one
// member, exactly the best `count`; otherwise at least ceil(count / largest unit) of them plus
// the positive rest.
struct Fill {
  std::vector<double> prefix{0.0};    // of the candidates' q, best first
  std::vector<double> positive{0.0};  // of max(0, q)
  int largest = 1;

  double operator()(int count) const {
    if (count <= 0) return 0.0;
    auto n = static_cast<int>(prefix.size()) - 1;
    int must = (count + largest - 1) / largest;
    if (must > n) return kNone;
    int upto = std::min(count, n);
    return prefix[idx(must)] + positive[idx(upto)] - positive[idx(must)];
  }
};

// Depth-first branch and bound for crews of exactly `size` members, one size at a time.
class Search {
 public:
  Search(const Pricer& pricer, const std::vector<int>& inner,
         const std::vector<std::vector<int>>& top, const std::vector<double>& duals,
         double threshold, Clock::time_point deadline, std::size_t enough)
      : pr_(pricer),
        m_(pricer.model()),
        inner_(inner),
        top_(top),
        duals_(duals),
        deadline_(deadline) {
    out_.best = threshold;
    threshold_ = threshold;
    enough_ = enough;
  }

  Priced run() {
    buffers_.resize(idx(m_.max_size) + 2);
    fills_.resize(idx(m_.max_size) + 2);
    for (size_ = std::max(1, m_.min_size); size_ <= m_.max_size && !stopped_; ++size_) {
      auto& root = buffers_[0];
      root.clear();
      for (int u = 0; u < static_cast<int>(m_.units.size()); ++u)
        if (unit_size(u) <= size_) root.push_back({u, own_term(u), 0});
      node(root, size_, 0);
    }
    out_.complete = !stopped_;
    keep_best();
    return std::move(out_);
  }

 private:
  int unit_size(int u) const { return static_cast<int>(m_.units[idx(u)].size()); }

  double own_term(int u) const {
    double v = inner_[idx(u)] - duals_[idx(u)];
    for (int x : m_.units[idx(u)]) v -= m_.size_cost(x, size_);
    return v;
  }

  // A node costs about its number of candidates (sorting, bounds), so the clock is read after
  // a fixed amount of that work: often enough for large pools, rarely for small ones.
  bool out_of_time(std::size_t work) {
    work_ += work;
    if (work_ >= kWorkPerClockCheck) {
      work_ = 0;
      if (Clock::now() >= deadline_) stopped_ = true;
    }
    return stopped_;
  }

  // `left` members still to add to crew_, whose exact partial value (without the isolation
  // penalty, which only lowers it) is `value`.
  void node(std::vector<Candidate>& cands, int left, double value) {
    if (left == 0) return leaf();
    if (out_of_time(cands.size() + 1) || cands.empty()) return;
    const Fill& fill = completion(cands, left);
    for (std::size_t i = 0; i < cands.size() && !stopped_; ++i) {
      const Candidate& c = cands[i];
      // Any crew containing c from here is worth at most c's share plus the best fill of the
      // rest from all candidates (a superset of those after c).
      if (value + c.q + fill(left - unit_size(c.unit)) <= out_.best) continue;
      branch(cands, i, left, value);
    }
  }

  // Takes cands[i] into the crew; the candidates after it that still fit become the child's.
  void branch(const std::vector<Candidate>& cands, std::size_t i, int left, double value) {
    int u = cands[i].unit;
    int rest = left - unit_size(u);
    const auto& members = m_.units[idx(u)];
    crew_.insert(crew_.end(), members.begin(), members.end());
    chosen_.push_back(u);
    auto& child = buffers_[chosen_.size()];  // one buffer per depth: no allocation per node
    child.clear();
    for (std::size_t j = i + 1; j < cands.size(); ++j)
      if (fits(cands[j].unit, rest, u))
        child.push_back({cands[j].unit, cands[j].p + pr_.unit_gain(u, cands[j].unit), 0});
    node(child, rest, value + cands[i].p);
    chosen_.pop_back();
    crew_.resize(crew_.size() - members.size());
  }

  // Whether unit v, a candidate of the crew before `added` joined it, still may: size, avoids
  // and slots, each of which only gets harder as the crew grows, so a misfit here is a misfit
  // in every larger crew.
  bool fits(int v, int room, int added) {
    if (unit_size(v) > room || pr_.unit_apart(added, v)) return false;
    const auto& members = m_.units[idx(v)];
    crew_.insert(crew_.end(), members.begin(), members.end());
    bool ok = m_.common_slot(crew_);
    crew_.resize(crew_.size() - members.size());
    return ok;
  }

  // Fills in each candidate's q and sorts them best first (see Fill).
  const Fill& completion(std::vector<Candidate>& cands, int left) {
    Fill& f = fills_[chosen_.size()];
    f.prefix.assign(1, 0.0);
    f.positive.assign(1, 0.0);
    f.largest = 1;
    int partners = std::min(left - 1, m_.max_size - 1);  // top_ has max_size entries
    for (auto& c : cands) {
      c.q = c.p + top_[idx(c.unit)][idx(std::max(0, partners))] / 2.0;
      f.largest = std::max(f.largest, unit_size(c.unit));
    }
    std::sort(cands.begin(), cands.end(),
              [](const Candidate& a, const Candidate& b) { return a.q > b.q; });
    for (auto& c : cands) {
      f.prefix.push_back(f.prefix.back() + c.q);
      f.positive.push_back(f.positive.back() + std::max(0.0, c.q));
    }
    return f;
  }

  // Every allowed crew reached above the threshold becomes a column, not only the improving
  // ones: more columns per round, fewer rounds. The bound prunes with the best so far.
  void leaf() {
    if (!crew_allowed(m_, crew_)) return;  // the solver's own test has the last word
    int value = crew_value(m_, crew_);
    double reduced = value;
    for (int u : chosen_) reduced -= duals_[idx(u)];
    if (reduced <= threshold_) return;
    out_.best = std::max(out_.best, reduced);
    if (enough_ > 0 && found_.size() + 1 >= enough_) stopped_ = true;
    Column col{chosen_, crew_, value};
    std::sort(col.units.begin(), col.units.end());
    std::sort(col.members.begin(), col.members.end());
    found_.push_back({reduced, std::move(col)});
  }

  // The kMaxColumns best crews found, best last.
  void keep_best() {
    std::sort(found_.begin(), found_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    auto from = found_.size() > kMaxColumns ? found_.size() - kMaxColumns : 0;
    for (auto k = from; k < found_.size(); ++k) out_.columns.push_back(std::move(found_[k].second));
  }

  const Pricer& pr_;
  const Model& m_;
  const std::vector<int>& inner_;
  const std::vector<std::vector<int>>& top_;
  const std::vector<double>& duals_;
  Clock::time_point deadline_;
  Priced out_;
  double threshold_;
  std::vector<std::pair<double, Column>> found_;
  std::size_t enough_;
  std::vector<std::vector<Candidate>> buffers_;  // candidates by depth
  std::vector<Fill> fills_;                      // completion bounds by depth
  int size_ = 0;
  std::size_t work_ = 0;
  bool stopped_ = false;
  std::vector<int> crew_;
  std::vector<int> chosen_;
};

}  // namespace

int crew_value(const Model& m, const std::vector<int>& members) {
  int total = 0;
  for (int x : members) total += member_value(m, x, members);
  return total;
}

Pricer::Pricer(const Model& m) : m_(m) {
  auto units = static_cast<int>(m.units.size());
  for (auto& unit : m.units) {
    int v = 0;
    for (int x : unit)
      for (int y : unit)
        if (x != y) v += m.link(x, y).gain;
    inner_.push_back(v);
  }
  int deepest = std::max(1, m.max_size);
  std::vector<int> gains;
  for (int u = 0; u < units; ++u) {
    gains.clear();
    for (int v = 0; v < units; ++v)
      if (v != u)
        if (int g = unit_gain(u, v); g > 0) gains.push_back(g);
    auto k = std::min(gains.size(), idx(deepest));
    std::partial_sort(gains.begin(), gains.begin() + static_cast<std::ptrdiff_t>(k), gains.end(),
                      std::greater<>());
    std::vector<int> prefix(idx(deepest), 0);
    for (std::size_t j = 1; j < prefix.size(); ++j)
      prefix[j] = prefix[j - 1] + (j - 1 < k ? gains[j - 1] : 0);
    top_.push_back(std::move(prefix));
  }
}

int Pricer::unit_gain(int u, int v) const {
  int g = 0;
  for (int x : m_.units[idx(u)])
    for (int y : m_.units[idx(v)]) g += m_.link(x, y).gain + m_.link(y, x).gain;
  return g;
}

bool Pricer::unit_apart(int u, int v) const {
  for (int x : m_.units[idx(u)])
    for (int y : m_.units[idx(v)])
      if (m_.apart(x, y)) return true;
  return false;
}

Priced Pricer::price(const std::vector<double>& duals, double threshold, Clock::time_point deadline,
                     std::size_t enough) const {
  return Search(*this, inner_, top_, duals, threshold, deadline, enough).run();
}

}  // namespace msol::solver
