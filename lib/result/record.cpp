#include "lib/result/record.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "lib/audit/deadlines.hpp"
#include "lib/directory/columns.hpp"
#include "lib/result/outcomes.hpp"
#include "lib/result/period.hpp"
#include "lib/result/result_columns.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/csv_reader.hpp"
#include "lib/util/error.hpp"

namespace sjsj {

nlohmann::json RecordedResult::to_json() const {
  nlohmann::json j = {{"task", task},
                      {"result_id", id},
                      {"inspected_on", inspected_on.to_string()},
                      {"outcome", outcome},
                      {"mode", mode},
                      {"confidential", !confidential.empty()},
                      {"by", by},
                      {"deadline", deadline.date.to_string()},
                      {"provisional", deadline.provisional}};
  if (replaced) j["replaces"] = *replaced;
  return j;
}

nlohmann::json BatchSummary::to_json() const {
  nlohmann::json results = nlohmann::json::array();
  for (const auto& r : recorded) results.push_back(r.to_json());
  return {{"file", file}, {"encoding", encoding}, {"rows", rows}, {"recorded", results}};
}

// Everything check() reads, prepared once per recorder.
struct ResultRecorder::Statements {
  explicit Statements(SQLite::Database& db)
      : task(db, "SELECT status, period, object_code FROM tasks WHERE id = ?"),
        team(db,
             "SELECT a.id, m.badge FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id "
             "WHERE a.task_id = ? AND a.superseded_by IS NULL ORDER BY m.position"),
        drawn_on(db,
                 "SELECT MAX(d.drawn_on) FROM task_picks tp JOIN draw_picks p ON p.id = tp.pick_id "
                 "JOIN draws d ON d.id = p.draw_id WHERE tp.task_id = ?"),
        current(db,
                "SELECT r.id, r.inspected_on, p.published_on, p.id FROM results r "
                "LEFT JOIN published_results pr ON pr.result_id = r.id "
                "LEFT JOIN publications p ON p.id = pr.publication_id "
                "WHERE r.task_id = ? AND r.superseded_by IS NULL") {}
  SQLite::Statement task, team, drawn_on, current;
};

ResultRecorder::ResultRecorder(WriteSession& session, const WorkingCalendar& calendar, Date today)
    : session_(session), calendar_(calendar), today_(today), st_(std::make_unique<Statements>(session.db())) {}

ResultRecorder::~ResultRecorder() = default;

namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep = ", ") {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(sep)) + i;
  return out;
}

struct TaskRow {
  std::string status, period, code;
};

struct CurrentResult {
  std::int64_t id = 0;
  std::string inspected_on;
  std::optional<std::string> published_on;
  std::int64_t publication_id = 0;
};

}  // namespace

std::vector<ResultIssue> ResultRecorder::check(const ResultInput& in) {
  std::vector<ResultIssue> issues;
  const std::string date = in.inspected_on.to_string();

  if (!parse_outcome(in.outcome)) issues.push_back({"outcome", in.outcome, "one of " + outcome_choices()});
  if (in.mode != "onsite" && in.mode != "remote") issues.push_back({"mode", in.mode, "onsite or remote"});
  if (in.amend_reason && trim(*in.amend_reason).empty()) {
    issues.push_back({"reason", *in.amend_reason, "the reason for the amendment (not empty)"});
  }
  if (in.inspected_on > today_) {
    issues.push_back({"date", date, fmt::format("a date not after today ({})", today_.to_string())});
  }

  st_->task.reset();
  st_->task.bind(1, in.task);
  if (!st_->task.executeStep()) {
    issues.push_back({"task", in.task, "the id of a drawn task, such as 2026-0001"});
    return issues;
  }
  const TaskRow task{st_->task.getColumn(0).getString(), st_->task.getColumn(1).getString(),
                     st_->task.getColumn(2).getString()};
  st_->task.reset();
  if (task.status != "open") {
    issues.push_back({"task", in.task, fmt::format("an open task (this one is {})", task.status)});
  }

  // The team.
  std::vector<std::string> team;
  st_->team.reset();
  st_->team.bind(1, in.task);
  while (st_->team.executeStep()) team.push_back(st_->team.getColumn(1).getString());
  st_->team.reset();
  if (team.empty()) {
    issues.push_back({"task", in.task, "a task with a team (assign one with sjsj assign first)"});
  } else {
    for (const auto& badge : in.by) {
      if (std::find(team.begin(), team.end(), badge) == team.end()) {
        issues.push_back({"by", badge, fmt::format("a member of the task's team: {}", join(team))});
      }
    }
  }

  // The date against the draw and the period.
  st_->drawn_on.reset();
  st_->drawn_on.bind(1, in.task);
  if (st_->drawn_on.executeStep() && !st_->drawn_on.getColumn(0).isNull()) {
    const std::string drawn = st_->drawn_on.getColumn(0).getString();
    if (date < drawn) {
      issues.push_back({"date", date, fmt::format("a date on or after the draw that picked the task ({})", drawn)});
    }
  }
  st_->drawn_on.reset();
  if (const auto span = period_span(task.period)) {
    if (!span->contains(in.inspected_on)) {
      issues.push_back(
          {"date", date, fmt::format("a date in the task's period {} ({})", task.period, span->describe())});
    }
  } else {
    issues.push_back(
        {"task", in.task,
         fmt::format("a task with a known period (its period \"{}\" is not YYYY, YYYYQn or YYYY-MM)", task.period)});
  }

  // One current result per task; amendments only before publication.
  std::optional<CurrentResult> current;
  st_->current.reset();
  st_->current.bind(1, in.task);
  if (st_->current.executeStep()) {
    CurrentResult c;
    c.id = st_->current.getColumn(0).getInt64();
    c.inspected_on = st_->current.getColumn(1).getString();
    if (!st_->current.getColumn(2).isNull()) {
      c.published_on = st_->current.getColumn(2).getString();
      c.publication_id = st_->current.getColumn(3).getInt64();
    }
    current = c;
  }
  st_->current.reset();
  if (!in.amend_reason && current) {
    issues.push_back({"task", in.task,
                      fmt::format("a task without a result (it has one, inspected on {}; correct it with "
                                  "`sjsj record {} ... --amend --reason TEXT`)",
                                  current->inspected_on, in.task)});
  } else if (in.amend_reason && !current) {
    issues.push_back({"task", in.task, "a task with a result to amend (it has none; record it without --amend)"});
  } else if (in.amend_reason && current && current->published_on) {
    issues.push_back({"task", in.task,
                      fmt::format("a result not yet published (this one was published on {} in batch {}; a "
                                  "published result is not amended)",
                                  *current->published_on, current->publication_id)});
  }
  return issues;
}

RecordedResult ResultRecorder::record(const ResultInput& in) {
  const std::vector<ResultIssue> issues = check(in);
  if (!issues.empty()) {
    std::string message;
    for (const auto& i : issues) {
      message += message.empty() ? "" : "\n";
      message += i.column == "task"
                     ? fmt::format("task {}: expected {}", in.task, i.expected)
                     : fmt::format("task {}: --{} \"{}\": expected {}", in.task, i.column, i.value, i.expected);
    }
    throw InputError(message);
  }
  auto& db = session_.db();
  auto& digests = session_.digests();

  std::optional<std::int64_t> old_id;
  {
    SQLite::Statement q(db, "SELECT id FROM results WHERE task_id = ? AND superseded_by IS NULL");
    q.bind(1, in.task);
    if (q.executeStep()) old_id = q.getColumn(0).getInt64();
  }
  std::vector<std::string> by;
  for (const auto& badge : in.by) {
    if (std::find(by.begin(), by.end(), badge) == by.end()) by.push_back(badge);
  }
  if (by.empty()) {
    SQLite::Statement q(db,
                        "SELECT m.badge FROM assignments a JOIN assignment_members m ON m.assignment_id = a.id "
                        "WHERE a.task_id = ? AND a.superseded_by IS NULL ORDER BY m.position");
    q.bind(1, in.task);
    while (q.executeStep()) by.push_back(q.getColumn(0).getString());
  }

  std::int64_t new_id = 0;
  {
    SQLite::Statement q(db, "SELECT COALESCE(MAX(id), 0) + 1 FROM results");
    q.executeStep();
    new_id = q.getColumn(0).getInt64();
  }
  if (old_id) {
    // results_current allows one current row per task, so the old row is pointed at the new id
    // before that row exists; the foreign key is checked at commit.
    db.exec("PRAGMA defer_foreign_keys = ON");
    digests.removed("results", *old_id);
    SQLite::Statement u(db, "UPDATE results SET superseded_by = ?, amend_reason = ? WHERE id = ?");
    u.bind(1, new_id);
    u.bind(2, trim(*in.amend_reason));
    u.bind(3, *old_id);
    u.exec();
    digests.written("results", *old_id);
  }
  SQLite::Statement insert(
      db,
      "INSERT INTO results (id, task_id, inspected_on, outcome, mode, findings, transfer_to, "
      "confidential, recorded_by, recorded_on, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const std::string outcome = *parse_outcome(in.outcome);
  insert.bind(1, new_id);
  insert.bind(2, in.task);
  insert.bind(3, in.inspected_on.to_string());
  insert.bind(4, outcome);
  insert.bind(5, in.mode);
  insert.bind(6, trim(in.findings));
  insert.bind(7, trim(in.transfer_to));
  insert.bind(8, trim(in.confidential));
  insert.bind(9, nlohmann::json(by).dump());
  insert.bind(10, today_.to_string());
  insert.bind(11, session_.ledger_seq());
  insert.exec();
  digests.written("results", new_id);

  RecordedResult r;
  r.id = new_id;
  r.task = in.task;
  {
    SQLite::Statement q(db, "SELECT object_code FROM tasks WHERE id = ?");
    q.bind(1, in.task);
    if (q.executeStep()) r.code = q.getColumn(0).getString();
  }
  r.inspected_on = in.inspected_on;
  r.outcome = outcome;
  r.mode = in.mode;
  r.confidential = trim(in.confidential);
  r.by = std::move(by);
  r.replaced = old_id;
  r.deadline = publication_deadline(calendar_, in.inspected_on);
  return r;
}

BatchSummary record_results_file(WriteSession& session, const WorkingCalendar& calendar, std::istream& in,
                                 const std::string& file, Encoding encoding, Date today) {
  const Dictionary& dict = result_dictionary();
  CsvReader reader(in, file, encoding);
  BatchSummary summary;
  summary.file = file;
  ProblemList problems;

  CsvRecord header;
  if (!reader.next(header)) throw InputError(file + ": the file is empty (expected a header row)");
  const std::vector<std::size_t> mapping = map_header(dict, header, file, problems);
  problems.throw_if_any();
  summary.encoding = std::string(encoding_name(reader.encoding()));

  ResultRecorder recorder(session, calendar, today);
  std::vector<ResultInput> inputs;
  std::map<std::string, std::size_t> first_line_of_task;
  CsvRecord record;
  while (reader.next(record)) {
    ++summary.rows;
    if (record.fields.size() != mapping.size()) {
      problems.add({Location{file, record.line, 0, ""}, "",
                    fmt::format("{} fields as in the header (this row has {})", mapping.size(), record.fields.size()),
                    false});
      continue;
    }
    std::map<std::string, std::string> values;
    bool row_ok = true;
    for (std::size_t i = 0; i < mapping.size(); ++i) {
      const ColumnSpec& spec = dict.columns[mapping[i]];
      FieldCheck check = normalise_field(spec, record.fields[i], {});
      if (!check.value) {
        problems.add({Location{file, record.line, 0, spec.key}, record.fields[i], check.expected});
        row_ok = false;
        continue;
      }
      values[spec.key] = *check.value;
    }
    // A task given twice is reported even when the row has other problems.
    if (values.count("task") != 0) {
      const auto [seen, inserted] = first_line_of_task.emplace(values["task"], record.line);
      if (!inserted) {
        problems.add({Location{file, record.line, 0, "task"}, values["task"],
                      fmt::format("a task given once per file (it is already on line {})", seen->second)});
        continue;
      }
    }
    if (!row_ok) continue;
    ResultInput input;
    input.task = values["task"];
    input.inspected_on = *Date::parse(values["date"]);
    input.outcome = values["outcome"];
    input.mode = values.count("mode") != 0 ? values["mode"] : result_column("mode").default_value;
    input.findings = values["findings"];
    input.transfer_to = values["transfer_to"];
    input.confidential = values["confidential"];
    if (values.count("by") != 0) input.by = nlohmann::json::parse(values["by"]).get<std::vector<std::string>>();

    for (const auto& issue : recorder.check(input)) {
      problems.add({Location{file, record.line, 0, issue.column}, issue.value, issue.expected});
    }
    inputs.push_back(std::move(input));
  }
  problems.throw_if_any();
  for (const auto& input : inputs) summary.recorded.push_back(recorder.record(input));
  return summary;
}

}  // namespace sjsj
