// The year's audit report: per-quota counts, the disclosure rate against 100%, and anomalies.
#include "lib/audit/year_report.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

using sjsj::Date;

namespace {

namespace fs = std::filesystem;

Date day(const char* text) { return *Date::parse(text); }

struct Fixture {
  sjsj::test::TempDir tmp;  // the first member, so it is removed after the store is closed
  std::unique_ptr<sjsj::Store> store;
  std::unique_ptr<sjsj::WriteSession> session;
  sjsj::Plan plan;

  Fixture() {
    store = std::make_unique<sjsj::Store>(tmp.file.string(), sjsj::Store::Access::read_write);
    session = std::make_unique<sjsj::WriteSession>(*store);
    plan.year = 2026;
    plan.authority = "重庆市巴南区生态环境局";
    plan.document = "巴南环保发〔2026〕8号";
    plan.issued = day("2026-04-07");
    plan.limits.visits_per_year = 1;
    sjsj::Quota water;
    water.index = 1;
    water.target = "污水处理厂";
    water.count = 2;
    sjsj::Quota air = water;
    air.target = "涉气重点";
    air.count = 3;
    plan.items.push_back({1, "水科", "水污染防治设施运行情况", {}, {}, {water}});
    plan.items.push_back({2, "大气科", "大气污染防治设施运行情况", {}, {}, {air}});
    exec(
        "INSERT INTO plans (id, year, version, file_name, source, sha256, ledger_seq) VALUES (1, 2026, 1, 'p.yaml', "
        "'', '', 1)");
    // Item 1 drawn once; item 2 drawn, then redrawn.
    exec(
        "INSERT INTO draws (id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, pool_size, "
        "pool_sha256, k, drawn_on, ledger_seq) VALUES (1, '2026/1.1', 2026, '2026', 1, 1, 1, 's', '', 5, '', 2, "
        "'2026-05-01', 1)");
    exec(
        "INSERT INTO draws (id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, pool_size, "
        "pool_sha256, k, drawn_on, ledger_seq, redo_reason) VALUES (2, '2026/2.1', 2026, '2026', 2, 1, 1, 's', '', 9, "
        "'', 3, "
        "'2026-05-01', 1, NULL), (3, '2026/2.1x', 2026, '2026', 2, 1, 1, 't', '', 9, '', 3, '2026-05-03', 2, "
        "'摇号现场断电')");
    exec("UPDATE draws SET superseded_by = 3 WHERE id = 2");
    exec("UPDATE draws SET label = '2026/2.1' WHERE id = 3");
    for (const char* code : {"A1", "B2", "C3"}) {
      exec(fmt::format("INSERT INTO objects (code, name, category, created_seq) VALUES ('{0}', '{0}公司', '一般', 1)",
                       code));
    }
  }
  ~Fixture() {
    session.reset();
    store.reset();
  }
  void exec(const std::string& sql) { session->db().exec(sql); }
  void task(const std::string& id, const std::string& code, int draw, const char* state = "picked",
            const char* period = "2026") {
    exec(fmt::format("INSERT INTO tasks (id, year, period, object_code, ledger_seq) VALUES ('{}', 2026, '{}', '{}', 1)",
                     id, period, code));
    exec(
        fmt::format("INSERT INTO draw_picks (draw_id, rank, code, ticket, state, reason, ledger_seq) VALUES ({0}, "
                    "(SELECT count(*) + 1 FROM draw_picks WHERE draw_id = {0}), '{1}', '', '{2}', {3}, 1)",
                    draw, code, state, std::string(state) == "replaced" ? "'已关闭'" : "NULL"));
    exec(fmt::format("INSERT INTO task_picks (task_id, pick_id) VALUES ('{}', last_insert_rowid())", id));
  }
  std::int64_t result(const std::string& task, const char* on, const char* mode = "onsite",
                      const char* confidential = "") {
    exec(
        fmt::format("INSERT INTO results (task_id, inspected_on, outcome, mode, confidential, recorded_on, ledger_seq) "
                    "VALUES ('{}', '{}', 'no_issue', '{}', '{}', '{}', 1)",
                    task, on, mode, confidential, on));
    return session->db().getLastInsertRowid();
  }
  void publish(std::int64_t result_id, const char* on) {
    exec(fmt::format("INSERT INTO publications (year, published_on, ledger_seq) VALUES (2026, '{}', 1)", on));
    exec(fmt::format(
        "INSERT INTO published_results (publication_id, result_id, row_no) VALUES (last_insert_rowid(), {}, 1)",
        result_id));
  }
};

}  // namespace

TEST_CASE("year report: quotas, disclosure rate, remote share and anomalies") {
  Fixture f;
  f.task("2026-0001", "A1", 1);
  f.task("2026-0002", "B2", 1);
  f.task("2026-0003", "C3", 3);
  f.task("2026-0004", "A1", 3, "picked", "2026Q3");  // a second visit of A1 in the year: over the limit of 1
  f.task("2026-0005", "B2", 3, "replaced", "2026Q4");
  // 0001 published on time; 0002 confidential; 0003 published late; 0004 overdue (amended once).
  f.publish(f.result("2026-0001", "2026-05-08", "remote"), "2026-05-20");
  f.result("2026-0002", "2026-05-08", "onsite", "涉及国家秘密");
  f.publish(f.result("2026-0003", "2026-05-06"), "2026-07-01");
  const auto old_id = f.result("2026-0004", "2026-05-06");
  f.exec("PRAGMA defer_foreign_keys = ON");  // point the old result at the amendment before it exists
  f.exec(fmt::format("UPDATE results SET superseded_by = {} WHERE id = {}", old_id + 1, old_id));
  const auto new_id = f.result("2026-0004", "2026-05-07");
  CHECK(new_id == old_id + 1);
  f.exec(fmt::format("UPDATE results SET amend_reason = '日期录错' WHERE id = {}", new_id));
  f.exec(
      "INSERT INTO assignments (task_id, seed, seed_sha256, on_date, team_size, rotation, run_id, warnings, "
      "ledger_seq) "
      "VALUES ('2026-0003', 's', '', '2026-05-02', 3, 1, 1, '[\"team of 3\"]', 1)");

  const auto calendar = sjsj::WorkingCalendar::with_builtin_years();
  const auto y = sjsj::build_year_report(f.session->db(), f.plan, calendar, day("2026-07-15"));
  CHECK(y.issued_late);
  REQUIRE(y.quotas.size() == 2);
  CHECK(y.quotas[0].label == "2026/1.1");
  CHECK(y.quotas[0].planned == 2u);
  CHECK(y.quotas[0].pool_size == 5);
  CHECK(y.quotas[0].drawn == 2);
  CHECK(y.quotas[0].inspected == 2);
  CHECK(y.quotas[0].published == 1);
  CHECK(y.quotas[0].confidential == 1);
  CHECK(y.quotas[1].label == "2026/2.1");
  CHECK(y.quotas[1].inspected == 2);  // 0003 and 0004; 0005 has no result
  CHECK(y.quotas[1].overdue == 1);

  CHECK(y.recorded == 4);
  CHECK(y.confidential == 1);
  CHECK(y.published == 2);
  CHECK(y.overdue == 1);
  REQUIRE(y.disclosure_rate());
  CHECK(*y.disclosure_rate() == doctest::Approx(2.0 / 3.0));
  CHECK(*y.remote_share() == doctest::Approx(0.25));

  REQUIRE(y.redraws.rows.size() == 1);
  CHECK(y.redraws.rows[0][3] == "摇号现场断电");
  REQUIRE(y.replaced_picks.rows.size() == 1);
  CHECK(y.replaced_picks.rows[0][2] == "B2");
  CHECK(y.replaced_picks.rows[0][4] == "已关闭");
  REQUIRE(y.amended_results.rows.size() == 1);
  CHECK(y.amended_results.rows[0][4] == "日期录错");
  REQUIRE(y.team_warnings.rows.size() == 1);
  REQUIRE(y.frequent_visits.rows.size() == 1);
  CHECK(y.frequent_visits.rows[0][0] == "A1");
  CHECK(y.frequent_visits.rows[0][2] == 2);
  REQUIRE(y.late_publications.rows.size() == 1);
  CHECK(y.late_publications.rows[0][0] == "2026-0003");
  CHECK(y.late_publications.rows[0][3] ==
        "2026-06-02");  // 20 working days after 5-06, the working Saturday 5-09 counted

  std::ostringstream json_text;
  sjsj::render_year_report(y, sjsj::Format::json, json_text);
  const auto j = nlohmann::json::parse(json_text.str());
  CHECK(j["disclosure"]["published"] == 2);
  CHECK(j["disclosure"]["disclosable"] == 3);
  CHECK(j["disclosure"]["rate"] == doctest::Approx(0.6667));
  CHECK(j["disclosure"]["target_met"] == false);
  CHECK(j["plan"]["issued_late"] == true);
  CHECK(j["quotas"][0]["label"] == "2026/1.1");
  CHECK(j["anomalies"]["late_publications"][0]["days_late"].is_number());
  CHECK(j["remote"]["remote"] == 1);

  std::ostringstream md;
  sjsj::render_year_report(y, sjsj::Format::md, md);
  CHECK(md.str().rfind("# 重庆市巴南区生态环境局2026年度", 0) == 0);
  CHECK(md.str().find("| 2026/1.1 |") != std::string::npos);

  std::ostringstream html;
  sjsj::render_year_report(y, sjsj::Format::html, html);
  CHECK(html.str().rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.str().find("<th scope=\"col\">抽查编号</th>") != std::string::npos);

  std::ostringstream csv;
  CHECK_THROWS_AS(sjsj::render_year_report(y, sjsj::Format::csv, csv), sjsj::UsageError);
}

TEST_CASE("year report: an empty year has no rate rather than 0%") {
  Fixture f;
  f.plan.issued = day("2026-01-20");
  const auto y =
      sjsj::build_year_report(f.session->db(), f.plan, sjsj::WorkingCalendar::with_builtin_years(), day("2026-07-15"));
  CHECK_FALSE(y.issued_late);
  CHECK_FALSE(y.disclosure_rate());
  std::ostringstream text;
  sjsj::render_year_report(y, sjsj::Format::table, text);
  CHECK_MESSAGE(text.str().find("公开率：—（尚无应公开的检查结果）") != std::string::npos, text.str());
}
