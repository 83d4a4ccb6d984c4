// The outcome vocabulary, the date-in-period rule, and recording results against a database.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "lib/calendar/calendar_store.hpp"
#include "lib/result/outcomes.hpp"
#include "lib/result/period.hpp"
#include "lib/result/record.hpp"
#include "lib/result/result_columns.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

using sjsj::Date;

namespace {

namespace fs = std::filesystem;

Date day(const char* text) {
  const auto d = Date::parse(text);
  REQUIRE_MESSAGE(d, text);
  return *d;
}

// Two open tasks of 2026 (yearly and Q3) drawn on 2026-05-01 with teams, and one cancelled task,
// written by SQL (the draw and assign modules' job), committed as one ledger entry.
void seed(sjsj::Store& store) {
  sjsj::WriteSession s(store);
  auto& db = s.db();
  db.exec(
      "INSERT INTO objects (code, name, category, created_seq) VALUES ('C1','一厂','重点',0), ('C2','二厂','重点',0), "
      "('C3','三厂','一般',0)");
  db.exec(
      "INSERT INTO plans (id, year, version, file_name, source, sha256, ledger_seq) VALUES (1, 2026, 1, 'p', '', '', "
      "0)");
  db.exec(
      "INSERT INTO draws (id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, pool_size, "
      "pool_sha256, k, drawn_on, ledger_seq) VALUES (1, '2026/1.1', 2026, '2026', 1, 1, 1, 'd', '', 3, '', 3, "
      "'2026-05-01', 0), (2, '2026Q3/2.1', 2026, '2026Q3', 2, 1, 1, 'd', '', 3, '', 1, '2026-07-10', 0)");
  db.exec(
      "INSERT INTO draw_picks (id, draw_id, rank, code, ticket, ledger_seq) VALUES (1, 1, 1, 'C1', 'a', 0), "
      "(2, 2, 1, 'C2', 'b', 0), (3, 1, 2, 'C3', 'c', 0)");
  db.exec(
      "INSERT INTO tasks (id, year, period, object_code, status, ledger_seq) VALUES "
      "('2026-0001', 2026, '2026', 'C1', 'open', 0), ('2026-0002', 2026, '2026Q3', 'C2', 'open', 0), "
      "('2026-0003', 2026, '2026', 'C3', 'cancelled', 0)");
  db.exec("INSERT INTO task_picks (task_id, pick_id) VALUES ('2026-0001', 1), ('2026-0002', 2), ('2026-0003', 3)");
  db.exec(
      "INSERT INTO assignments (id, task_id, seed, seed_sha256, on_date, team_size, rotation, run_id, ledger_seq) "
      "VALUES (1, '2026-0001', 's', '', '2026-05-02', 2, 1, 1, 0), (2, '2026-0002', 's', '', '2026-07-11', 2, 1, 1, "
      "0), "
      "(3, '2026-0003', 's', '', '2026-05-02', 2, 1, 1, 0)");
  db.exec(
      "INSERT INTO assignment_members (assignment_id, position, badge, ticket) VALUES (1, 1, 'A', 't'), "
      "(1, 2, 'B', 't'), (2, 1, 'C', 't'), (2, 2, 'D', 't'), (3, 1, 'A', 't'), (3, 2, 'C', 't')");
  for (const char* table :
       {"objects", "plans", "draws", "draw_picks", "tasks", "task_picks", "assignments", "assignment_members"}) {
    SQLite::Statement q(db, fmt::format("SELECT rowid FROM {}", table));
    while (q.executeStep()) s.digests().written(table, q.getColumn(0).getInt64());
  }
  s.commit("seed", nlohmann::json::object(), "2026-01-01T00:00:00Z");
}

sjsj::ResultInput input(const char* task, const char* date, const char* outcome = "no_issue") {
  sjsj::ResultInput in;
  in.task = task;
  in.inspected_on = day(date);
  in.outcome = outcome;
  return in;
}

std::vector<std::string> columns_of(const std::vector<sjsj::ResultIssue>& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(i.column);
  return out;
}

void check_digests(sjsj::WriteSession& s) {
  const auto& current = s.digests().current();
  const auto it = current.find("results");
  REQUIRE(it != current.end());
  CHECK(sjsj::digest_to_hex(it->second) == sjsj::digest_to_hex(sjsj::scan_table_digest(s.db(), "results")));
}

}  // namespace

TEST_CASE("outcome vocabulary: seven outcomes, by key or official wording") {
  const auto& v = sjsj::outcome_vocabulary();
  REQUIRE(v.size() == 7);
  CHECK(v[0].key == "no_issue");
  CHECK(v[0].wording == "未发现问题");
  CHECK(sjsj::outcome_wording("rectification_ordered") == "发现问题已责令整改");
  CHECK(sjsj::outcome_wording("case_filed") == "发现违法行为已立案调查");
  CHECK(sjsj::outcome_wording("not_operating") == "未发现开展本次抽查涉及的经营活动");
  CHECK(sjsj::outcome_wording("closed") == "已关闭停业或正在组织清算");
  CHECK(sjsj::outcome_wording("unreachable") == "通过登记的住所（经营场所）无法联系");
  CHECK(sjsj::outcome_wording("obstructed") == "不配合检查情节严重");
  CHECK(sjsj::parse_outcome("No_Issue") == "no_issue");
  CHECK(sjsj::parse_outcome(" 发现违法行为已立案调查 ") == "case_filed");
  CHECK_FALSE(sjsj::parse_outcome("未发现"));
  CHECK_FALSE(sjsj::parse_outcome(""));
  CHECK_THROWS_AS(sjsj::outcome_wording("fine"), sjsj::Error);
  // The batch column accepts the same spellings.
  const auto& column = sjsj::result_column("outcome");
  CHECK(sjsj::normalise_field(column, "不配合检查情节严重", {}).value == "obstructed");
  CHECK_FALSE(sjsj::normalise_field(column, "ok", {}).value);
  CHECK(sjsj::normalise_field(sjsj::result_column("mode"), "非现场检查", {}).value == "remote");
  CHECK(sjsj::normalise_field(sjsj::result_column("mode"), "", {}).value == "onsite");
}

TEST_CASE("period spans: year, quarter, month") {
  auto y = sjsj::period_span("2026");
  REQUIRE(y);
  CHECK(y->first == day("2026-01-01"));
  CHECK(y->last == day("2026-12-31"));
  auto q = sjsj::period_span("2026Q3");
  REQUIRE(q);
  CHECK(q->describe() == "2026-07-01 to 2026-09-30");
  CHECK(q->contains(day("2026-09-30")));
  CHECK_FALSE(q->contains(day("2026-10-01")));
  CHECK_FALSE(q->contains(day("2026-06-30")));
  CHECK(sjsj::period_span("2026Q4")->last == day("2026-12-31"));
  CHECK(sjsj::period_span("2024-02")->last == day("2024-02-29"));
  CHECK(sjsj::period_span("2026-12")->describe() == "2026-12-01 to 2026-12-31");
  for (const char* bad : {"", "26", "2026Q5", "2026Q0", "2026-13", "2026-00", "2026-7", "2026H1", "20x6"}) {
    CHECK_MESSAGE(!sjsj::period_span(bad), bad);
  }
}

TEST_CASE("recording checks the task, team, draw, period and today") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed(store);
  sjsj::WriteSession s(store);
  const auto calendar = sjsj::working_calendar(s.db());
  sjsj::ResultRecorder rec(s, calendar, day("2026-11-03"));

  CHECK(rec.check(input("2026-0001", "2026-09-24")).empty());
  CHECK(columns_of(rec.check(input("2026-0009", "2026-09-24"))) == std::vector<std::string>{"task"});
  CHECK(columns_of(rec.check(input("2026-0003", "2026-09-24"))) == std::vector<std::string>{"task"});
  // Before the draw, outside the quarter, in the future.
  CHECK(columns_of(rec.check(input("2026-0001", "2026-04-30"))) == std::vector<std::string>{"date"});
  CHECK(columns_of(rec.check(input("2026-0002", "2026-07-09"))) == std::vector<std::string>{"date"});
  CHECK(columns_of(rec.check(input("2026-0002", "2026-10-08"))) == std::vector<std::string>{"date"});
  CHECK(rec.check(input("2026-0002", "2026-09-30")).empty());
  CHECK(columns_of(rec.check(input("2026-0001", "2026-11-04"))) == std::vector<std::string>{"date"});
  auto bad_by = input("2026-0001", "2026-09-24");
  bad_by.by = {"A", "C"};
  const auto issues = rec.check(bad_by);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].value == "C");
  CHECK(issues[0].expected == "a member of the task's team: A, B");
  CHECK(columns_of(rec.check(input("2026-0001", "2026-09-24", "fine"))) == std::vector<std::string>{"outcome"});

  const auto r = rec.record(input("2026-0001", "2026-09-24"));
  CHECK(r.code == "C1");
  CHECK(r.by == std::vector<std::string>{"A", "B"});
  CHECK(r.deadline.date == day("2026-10-29"));
  CHECK_FALSE(r.deadline.provisional);
  check_digests(s);
  // A second result needs --amend; amending needs a result.
  CHECK(columns_of(rec.check(input("2026-0001", "2026-09-25"))) == std::vector<std::string>{"task"});
  CHECK_THROWS_AS(rec.record(input("2026-0001", "2026-09-25")), sjsj::InputError);
  auto amend_none = input("2026-0002", "2026-09-01");
  amend_none.amend_reason = "typo";
  CHECK(columns_of(rec.check(amend_none)) == std::vector<std::string>{"task"});
}

TEST_CASE("amending keeps the old result; a published result is not amended") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed(store);
  sjsj::WriteSession s(store);
  const auto calendar = sjsj::working_calendar(s.db());
  sjsj::ResultRecorder rec(s, calendar, day("2026-11-03"));
  const auto first = rec.record(input("2026-0001", "2026-09-24"));
  auto amended = input("2026-0001", "2026-09-25", "发现问题已责令整改");
  amended.amend_reason = "wrong date and outcome";
  amended.by = {"B"};
  const auto second = rec.record(amended);
  CHECK(second.replaced == first.id);
  CHECK(second.outcome == "rectification_ordered");
  CHECK(second.by == std::vector<std::string>{"B"});
  check_digests(s);
  SQLite::Statement q(s.db(), "SELECT superseded_by, amend_reason FROM results WHERE id = ?");
  q.bind(1, first.id);
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getInt64() == second.id);
  CHECK(q.getColumn(1).getString() == "wrong date and outcome");
  q.reset();

  s.db().exec("INSERT INTO publications (id, year, published_on, ledger_seq) VALUES (1, 2026, '2026-10-20', 1)");
  s.db().exec(
      fmt::format("INSERT INTO published_results (publication_id, result_id, row_no) VALUES (1, {}, 1)", second.id));
  auto again = input("2026-0001", "2026-09-25");
  again.amend_reason = "late change";
  const auto issues = rec.check(again);
  REQUIRE(issues.size() == 1);
  CHECK(issues[0].expected.find("published on 2026-10-20") != std::string::npos);
  s.commit("record", nlohmann::json::object(), "2026-11-03T00:00:00Z");  // the deferred foreign key holds
}

TEST_CASE("a batch is all or nothing and names every bad line") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  seed(store);
  sjsj::WriteSession s(store);
  const auto calendar = sjsj::working_calendar(s.db());
  std::istringstream bad(
      "任务编号,检查日期,检查结果,检查方式,保密原因\n"
      "2026-0001,2026/9/24,未发现问题,现场检查,\n"
      "2026-0002,2026-10-08,no_issue,remote,\n"
      "2026-0001,2026-09-24,no_issue,,\n");
  try {
    sjsj::record_results_file(s, calendar, bad, "r.csv", sjsj::Encoding::auto_detect, day("2026-11-03"));
    FAIL("expected InputError");
  } catch (const sjsj::InputError& e) {
    REQUIRE(e.problems().size() == 2);
    CHECK(e.problems()[0].render().starts_with(
        "r.csv:3: column date: value \"2026-10-08\": a date in the task's period 2026Q3"));
    CHECK(e.problems()[1].render() ==
          "r.csv:4: column task: value \"2026-0001\": a task given once per file (it is already on line 2)");
  }
  SQLite::Statement count(s.db(), "SELECT COUNT(*) FROM results");
  REQUIRE(count.executeStep());
  CHECK(count.getColumn(0).getInt() == 0);
  count.reset();

  std::istringstream good(
      "task,date,outcome,mode,confidential,by\n"
      "2026-0001,2026-09-24,no_issue,,,B\n"
      "2026-0002,2026-09-30,case_filed,remote,国家安全,\n");
  const auto summary =
      sjsj::record_results_file(s, calendar, good, "r.csv", sjsj::Encoding::auto_detect, day("2026-11-03"));
  REQUIRE(summary.recorded.size() == 2);
  CHECK(summary.recorded[0].by == std::vector<std::string>{"B"});
  CHECK(summary.recorded[1].mode == "remote");
  CHECK(summary.recorded[1].confidential == "国家安全");
  check_digests(s);
}
