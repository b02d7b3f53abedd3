#include "exchange/problems.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "domain/errors.hpp"

namespace msol::exchange {

std::string format_problem(const std::string& source, const Problem& p) {
  std::string where = p.line > 0 ? fmt::format("{}:{}: ", source, p.line) : source + ": ";
  if (!p.column.empty()) where += fmt::format("column '{}', ", p.column);
  if (!p.value.empty()) where += fmt::format("value '{}', ", p.value);
  if (!p.column.empty() || !p.value.empty()) where.replace(where.size() - 2, 2, ": ");
  return where + p.message;
}

void throw_problems(const std::string& source, const std::vector<Problem>& problems) {
  if (problems.empty()) return;
  bool malformed =
      std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return !p.not_found; });
  auto fail = [&](const std::string& text) {
    if (malformed) throw UsageError(text);
    throw Failure(text);
  };
  if (problems.size() == 1) fail(format_problem(source, problems.front()));
  auto ordered = problems;
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Problem& a, const Problem& b) { return a.line < b.line; });
  std::string text = fmt::format(
      "{}: {} problem(s), nothing written; fix them all and run again:", source, ordered.size());
  for (std::size_t i = 0; i < ordered.size() && i < kMaxReported; ++i)
    text += "\n  " + format_problem(source, ordered[i]);
  if (ordered.size() > kMaxReported)
    text += fmt::format("\n  ... and {} more", ordered.size() - kMaxReported);
  fail(text);
}

}  // namespace msol::exchange
