#pragma once
// Typed errors of sjsj. The core throws these; cmd/main.cpp catches them once, prints
// "sjsj: error: ..." and exits with the error's ExitCode.
#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace sjsj {

// The process exit codes, shared by every command (see README "Exit codes").
enum class ExitCode : int {
  ok = 0,
  usage = 1,         // bad command line
  rejected = 2,      // input rejected; nothing was written
  check_failed = 3,  // a check found problems: overdue results, replay or ledger mismatch
  internal = 4,      // an environment failure: disk full, database locked too long, a bug
};

// Where a bad value sits in an input file. line is 1-based; 0 means "the whole file".
// column names the column (its key or header as the file spelled it), or a YAML key path.
struct Location {
  std::string file;
  std::size_t line = 0;
  std::size_t column_number = 0;  // 1-based character column for YAML; 0 when not meaningful
  std::string column;
};

// One problem found in an input, rendered as
//   FILE:LINE: column COLUMN: value "VALUE": EXPECTED
struct Problem {
  Location where;
  std::string value;
  std::string expected;
  bool has_value = true;  // false for problems that are not about one value (a missing column)

  std::string render() const;
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

// A command line that cannot be acted on (exit 1).
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message) : Error(ExitCode::usage, message) {}
};

// Input rejected (exit 2): one or more located problems, or one plain message.
class InputError : public Error {
 public:
  explicit InputError(const std::string& message);
  explicit InputError(std::vector<Problem> problems, std::size_t total_problems = 0);
  const std::vector<Problem>& problems() const noexcept { return problems_; }

 private:
  std::vector<Problem> problems_;
};

// A check found problems (exit 3). The message names them.
class CheckFailed : public Error {
 public:
  explicit CheckFailed(const std::string& message) : Error(ExitCode::check_failed, message) {}
};

// The environment failed: disk, locks, the OS (exit 4).
class EnvironmentError : public Error {
 public:
  explicit EnvironmentError(const std::string& message) : Error(ExitCode::internal, message) {}
};

// Collects the problems of one input, keeping the first `limit` and counting the rest,
// so an importer can report every bad row of a file at once.
class ProblemList {
 public:
  explicit ProblemList(std::size_t limit = 50) : limit_(limit) {}
  void add(Problem p);
  bool empty() const noexcept { return total_ == 0; }
  std::size_t total() const noexcept { return total_; }
  // Throws InputError with the collected problems if there are any.
  void throw_if_any() const;

 private:
  std::size_t limit_;
  std::size_t total_ = 0;
  std::vector<Problem> kept_;
};

}  // namespace sjsj
