#include "lib/util/error.hpp"

#include <fmt/format.h>

namespace sjsj {

std::string Problem::render() const {
  std::string out = where.file;
  if (where.line > 0) {
    out += fmt::format(":{}", where.line);
    if (where.column_number > 0) out += fmt::format(":{}", where.column_number);
  }
  out += ": ";
  if (!where.column.empty()) out += fmt::format("column {}: ", where.column);
  if (has_value) out += fmt::format("value \"{}\": ", value);
  out += expected;
  return out;
}

namespace {
std::string join_problems(const std::vector<Problem>& problems, std::size_t total) {
  std::string out;
  for (std::size_t i = 0; i < problems.size(); ++i) {
    if (i > 0) out += "\n";
    out += problems[i].render();
  }
  if (total > problems.size()) {
    out += fmt::format("\n... and {} more problems ({} in all)", total - problems.size(), total);
  }
  return out;
}
}  // namespace

InputError::InputError(const std::string& message) : Error(ExitCode::rejected, message) {}

InputError::InputError(std::vector<Problem> problems, std::size_t total_problems)
    : Error(ExitCode::rejected, join_problems(problems, total_problems == 0 ? problems.size() : total_problems)),
      problems_(std::move(problems)) {}

void ProblemList::add(Problem p) {
  ++total_;
  if (kept_.size() < limit_) kept_.push_back(std::move(p));
}

void ProblemList::throw_if_any() const {
  if (total_ > 0) throw InputError(kept_, total_);
}

}  // namespace sjsj
