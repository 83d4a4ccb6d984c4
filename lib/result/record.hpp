#pragma once
// Recording inspection results (谁检查、谁录入): one result per task, checked against the task, its
// team, its draw and its period; an amendment keeps the replaced result on record.
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/calendar/calendar.hpp"
#include "lib/util/date.hpp"
#include "lib/util/text_decoder.hpp"

namespace sjsj {

class WriteSession;

// One result as given on the command line or in a batch row, already normalised: outcome is a key
// of the vocabulary, mode "onsite" or "remote".
struct ResultInput {
  std::string task;
  Date inspected_on;
  std::string outcome;
  std::string mode = "onsite";
  std::string findings;
  std::string transfer_to;                  // the authority a matter was handed over to (移交)
  std::string confidential;                 // the reason it is withheld; empty when public
  std::vector<std::string> by;              // badges; empty means the task's whole current team
  std::optional<std::string> amend_reason;  // set: replaces the task's current result
};

// A reason a result cannot be recorded: the input column at fault (task, date, outcome, mode, by,
// reason), the value given and what was expected, as in FILE:LINE: column C: value "V": expected.
struct ResultIssue {
  std::string column;
  std::string value;
  std::string expected;
};

struct RecordedResult {
  std::int64_t id = 0;
  std::string task;
  std::string code;  // the task's object
  Date inspected_on;
  std::string outcome;
  std::string mode;
  std::string confidential;
  std::vector<std::string> by;
  std::optional<std::int64_t> replaced;  // the amended result's id
  WorkingCalendar::Deadline deadline;    // the publication deadline (see lib/audit/deadlines.hpp)

  nlohmann::json to_json() const;  // for the ledger summary
};

// Checks and writes results inside one write session. `today` bounds the inspection date.
class ResultRecorder {
 public:
  ResultRecorder(WriteSession& session, const WorkingCalendar& calendar, Date today);
  ~ResultRecorder();
  ResultRecorder(const ResultRecorder&) = delete;
  ResultRecorder& operator=(const ResultRecorder&) = delete;

  // Every reason the result cannot be recorded against the database as it is; reads only.
  //  - task: exists, is open, has a current team; has no current result (unless amending), or a
  //    current result not yet published (when amending);
  //  - by: every badge is on the current team;
  //  - date: not after today, not before the (latest) draw that picked the task, inside the
  //    task's period;
  //  - outcome and mode: in the vocabulary; reason: not empty when amending.
  std::vector<ResultIssue> check(const ResultInput& input);

  // Writes a result that check() accepted (re-checks; throws InputError "task T: ..." listing the
  // issues otherwise). An amendment inserts the new row and points the old one at it with the
  // reason. Keeps the row digests.
  RecordedResult record(const ResultInput& input);

 private:
  struct Statements;
  WriteSession& session_;
  const WorkingCalendar& calendar_;
  Date today_;
  std::unique_ptr<Statements> st_;
};

// A batch file's outcome.
struct BatchSummary {
  std::string file;
  std::string encoding;
  std::size_t rows = 0;
  std::vector<RecordedResult> recorded;

  nlohmann::json to_json() const;
};

// Records every row of a results CSV (columns of schemas/columns/results.yaml, keys or Chinese
// headers). All or nothing: throws InputError listing every bad row (FILE:LINE: column C: value
// "V": expected ...), including a task given twice in the file, before writing anything. A batch
// does not amend: a task that has a result is refused (amend it with `record TASK --amend`).
BatchSummary record_results_file(WriteSession& session, const WorkingCalendar& calendar, std::istream& in,
                                 const std::string& file, Encoding encoding, Date today);

}  // namespace sjsj
