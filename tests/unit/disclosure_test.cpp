// Disclosure: which results a batch publishes, the records it shows, and the files it is written
// to (official headers, escaping, byte-identical regeneration).
#include "lib/disclosure/disclosure.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "lib/disclosure/writers.hpp"
#include "lib/store/store.hpp"
#include "lib/util/atomic_file.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

using sjsj::Date;

namespace {

namespace fs = std::filesystem;

Date day(const char* text) { return *Date::parse(text); }

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A database with a plan of two items, one draw per item, and results written by hand.
struct Fixture {
  sjsj::test::TempDir tmp;  // the first member, so it is removed after the store is closed
  std::unique_ptr<sjsj::Store> store;
  std::unique_ptr<sjsj::WriteSession> session;
  sjsj::Plan plan;
  sjsj::DisclosureSources sources;

  Fixture() {
    store = std::make_unique<sjsj::Store>(tmp.file.string(), sjsj::Store::Access::read_write);
    session = std::make_unique<sjsj::WriteSession>(*store);
    plan.year = 2026;
    plan.authority = "重庆市巴南区生态环境局";
    plan.items.push_back({1, "水科", "水污染防治设施运行情况", {}, {}, {}});
    plan.items.push_back({2, "大气科", "大气污染防治设施运行情况", {}, {}, {}});
    sources.plan = &plan;
    sources.outcome_wording = [](const std::string& key) {
      return key == "no_issue"     ? std::string("未发现问题")
             : key == "case_filed" ? std::string("发现违法行为已立案调查")
                                   : key;
    };
    exec(
        "INSERT INTO plans (id, year, version, file_name, source, sha256, ledger_seq) VALUES (1, 2026, 1, 'p.yaml', "
        "'', '', 1)");
    for (int item = 1; item <= 2; ++item) {
      exec(fmt::format(
          "INSERT INTO draws (id, label, year, period, item_seq, quota_index, plan_id, seed, seed_sha256, "
          "pool_size, pool_sha256, k, drawn_on, ledger_seq) VALUES ({0}, '2026/{0}.1', 2026, '2026', {0}, 1, "
          "1, 's', '', 10, '', 3, '2026-05-01', 1)",
          item));
    }
  }
  ~Fixture() {
    session.reset();
    store.reset();
  }
  void exec(const std::string& sql) { session->db().exec(sql); }

  // An object, its task covering picks of the given items, and nothing else yet.
  void task(const std::string& id, const std::string& code, const std::string& name, std::vector<int> items) {
    exec(fmt::format("INSERT OR IGNORE INTO objects (code, name, category, created_seq) VALUES ('{}', '{}', '一般', 1)",
                     code, name));
    exec(fmt::format(
        "INSERT INTO tasks (id, year, period, object_code, ledger_seq) VALUES ('{}', 2026, '2026', '{}', 1)", id,
        code));
    for (int item : items) {
      exec(
          fmt::format("INSERT INTO draw_picks (draw_id, rank, code, ticket, ledger_seq) VALUES ({}, "
                      "(SELECT count(*) + 1 FROM draw_picks WHERE draw_id = {}), '{}', '', 1)",
                      item, item, code));
      exec(fmt::format("INSERT INTO task_picks (task_id, pick_id) VALUES ('{}', last_insert_rowid())", id));
    }
  }
  std::int64_t result(const std::string& task_id, const std::string& on, const std::string& outcome,
                      const std::string& mode = "onsite", const std::string& findings = "",
                      const std::string& transfer = "", const std::string& confidential = "") {
    SQLite::Statement q(
        session->db(),
        "INSERT INTO results (task_id, inspected_on, outcome, mode, findings, transfer_to, confidential, "
        "recorded_on, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    q.bind(1, task_id);
    q.bind(2, on);
    q.bind(3, outcome);
    q.bind(4, mode);
    q.bind(5, findings);
    q.bind(6, transfer);
    q.bind(7, confidential);
    q.bind(8, on);
    q.exec();
    return session->db().getLastInsertRowid();
  }
};

}  // namespace

TEST_CASE("disclosure: handling and mode wording") {
  CHECK(sjsj::handling_text("", "") == "—");
  CHECK(sjsj::handling_text("台账不全", "") == "台账不全");
  CHECK(sjsj::handling_text("", "区水利局") == "已移交区水利局");
  CHECK(sjsj::handling_text("台账不全", "区水利局") == "台账不全；已移交区水利局");
  CHECK(sjsj::mode_wording("onsite") == "现场检查");
  CHECK(sjsj::mode_wording("remote") == "非现场检查");
}

TEST_CASE("disclosure: a batch holds every current, public, unpublished result, in date then task order") {
  Fixture f;
  f.task("2026-0001", "A1", "甲公司", {1, 2});
  f.task("2026-0002", "B2", "乙公司", {2});
  f.task("2026-0003", "C3", "丙公司", {1});
  f.task("2026-0004", "D4", "丁公司", {1});
  f.result("2026-0001", "2026-05-08", "no_issue", "remote", "", "区水利局");
  f.result("2026-0002", "2026-05-06", "case_filed", "onsite", "超标排放");
  f.result("2026-0003", "2026-05-06", "no_issue", "onsite", "", "", "涉及国家秘密");  // confidential
  const auto old_id = f.result("2026-0004", "2026-05-07", "case_filed");
  f.exec("PRAGMA defer_foreign_keys = ON");  // point the old result at the amendment before it exists
  f.exec(fmt::format("UPDATE results SET superseded_by = {} WHERE id = {}", old_id + 1, old_id));
  CHECK(f.result("2026-0004", "2026-05-07", "no_issue") == old_id + 1);

  auto batch = sjsj::pending_batch(f.session->db(), 2026, day("2026-05-20"), f.sources);
  REQUIRE(batch.rows.size() == 3);
  CHECK(batch.rows[0].code == "B2");
  CHECK(batch.rows[1].code == "D4");
  CHECK(batch.rows[1].outcome == "未发现问题");  // the amended result, not the superseded one
  CHECK(batch.rows[2].code == "A1");
  const sjsj::DisclosureRow& a = batch.rows[2];
  CHECK(a.seq == 3);
  CHECK(a.name == "甲公司");
  CHECK(a.items == "水污染防治设施运行情况；大气污染防治设施运行情况");
  CHECK(a.authority == "重庆市巴南区生态环境局");
  CHECK(a.mode == "非现场检查");
  CHECK(a.handling == "已移交区水利局");
  CHECK(a.published_on == "2026-05-20");
  for (const auto& row : batch.rows) CHECK(row.code != "C3");

  // Nothing inspected after the publication date goes into it.
  CHECK(sjsj::pending_batch(f.session->db(), 2026, day("2026-05-07"), f.sources).rows.size() == 2);

  sjsj::mark_published(*f.session, batch);
  CHECK(batch.id == 1);
  CHECK(sjsj::pending_batch(f.session->db(), 2026, day("2026-05-21"), f.sources).rows.empty());
  const auto info = sjsj::find_publication(f.session->db(), batch.id);
  REQUIRE(info);
  CHECK(info->rows == 3);
  CHECK(info->published_on == day("2026-05-20"));
  CHECK(sjsj::list_publications(f.session->db(), 2026).size() == 1);
  CHECK_FALSE(sjsj::find_publication(f.session->db(), 2));
  CHECK_THROWS_AS(sjsj::stored_batch(f.session->db(), 2, f.sources), sjsj::InputError);

  // A later result goes into the next batch only.
  f.task("2026-0005", "E5", "戊公司", {2});
  f.result("2026-0005", "2026-05-21", "no_issue");
  const auto next = sjsj::pending_batch(f.session->db(), 2026, day("2026-05-22"), f.sources);
  REQUIRE(next.rows.size() == 1);
  CHECK(next.rows[0].code == "E5");
  CHECK(next.rows[0].seq == 1);
}

TEST_CASE("disclosure: a stored batch renders again byte for byte, even after a rename in the directory") {
  Fixture f;
  f.task("2026-0001", "A1", "甲公司", {1});
  f.task("2026-0002", "B2", "乙公司 & <子>", {2});
  f.result("2026-0001", "2026-05-08", "no_issue");
  f.result("2026-0002", "2026-05-06", "case_filed", "onsite", "=HYPERLINK(\"x\") \"引号\"");
  auto batch = sjsj::pending_batch(f.session->db(), 2026, day("2026-05-20"), f.sources);
  sjsj::mark_published(*f.session, batch);

  // The object is renamed by a later import.
  f.exec(
      fmt::format("INSERT INTO object_changes (object_id, field, old_value, new_value, ledger_seq) VALUES "
                  "((SELECT id FROM objects WHERE code = 'A1'), 'name', '甲公司', '甲新公司', {})",
                  f.session->ledger_seq() + 1));
  f.exec("UPDATE objects SET name = '甲新公司' WHERE code = 'A1'");

  const auto again = sjsj::stored_batch(f.session->db(), batch.id, f.sources);
  CHECK(again.rows == batch.rows);
  CHECK(again.result_ids == batch.result_ids);
  CHECK(sjsj::render_disclosure_csv(again) == sjsj::render_disclosure_csv(batch));
  CHECK(sjsj::render_disclosure_json(again) == sjsj::render_disclosure_json(batch));
  CHECK(sjsj::render_disclosure_html(again) == sjsj::render_disclosure_html(batch));

  const fs::path one = f.tmp.dir / "one.xlsx";
  const fs::path two = f.tmp.dir / "two.xlsx";
  sjsj::write_disclosure_xlsx(batch, one.string());
  ::sleep(1);  // a clock in the file would now differ
  sjsj::write_disclosure_xlsx(again, two.string());
  const std::string bytes = slurp(one);
  CHECK(bytes.substr(0, 2) == "PK");
  CHECK(bytes == slurp(two));
}

TEST_CASE("disclosure: the files carry the official headers, escaped text and stable JSON keys") {
  Fixture f;
  f.task("2026-0001", "B2", "乙公司 & <子>", {2});
  f.result("2026-0001", "2026-05-06", "case_filed", "onsite", "=HYPERLINK(\"x\") \"引号\"");
  auto batch = sjsj::pending_batch(f.session->db(), 2026, day("2026-05-20"), f.sources);
  sjsj::mark_published(*f.session, batch);

  const std::string csv = sjsj::render_disclosure_csv(batch);
  CHECK(csv.rfind("\xEF\xBB\xBF序号,检查对象名称,统一社会信用代码,抽查事项,检查实施机关,检查方式,检查日期,检查结果,"
                  "处理情况,公示日期\n",
                  0) == 0);
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\") \"\"引号\"\"\"") != std::string::npos);  // no formula, quotes doubled

  const std::string html = sjsj::render_disclosure_html(batch);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"zh-CN\">", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<title>重庆市巴南区生态环境局2026年度“双随机、一公开”抽查结果公示</title>") != std::string::npos);
  CHECK(html.find("<caption") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">检查对象名称</th>") != std::string::npos);
  CHECK(html.find("乙公司 &amp; &lt;子&gt;") != std::string::npos);
  CHECK(html.find("<子>") == std::string::npos);
  CHECK(html.find("=HYPERLINK(&quot;x&quot;)") != std::string::npos);
  CHECK(html.find("PingFang SC") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("http") == std::string::npos);  // no external asset

  const auto json = nlohmann::json::parse(sjsj::render_disclosure_json(batch));
  CHECK(json["batch"] == 1);
  CHECK(json["published_on"] == "2026-05-20");
  REQUIRE(json["rows"].size() == 1);
  std::vector<std::string> keys;
  for (const auto& c : sjsj::disclosure_columns()) keys.push_back(c.key);
  CHECK(keys == std::vector<std::string>{"seq", "name", "code", "items", "authority", "mode", "inspected_on", "outcome",
                                         "handling", "published_on"});
  for (const auto& k : keys) CHECK(json["rows"][0].contains(k));
  CHECK(json["rows"][0]["seq"] == 1);
  CHECK(json["rows"][0]["name"] == "乙公司 & <子>");

  // write_disclosure through an AtomicFile: the digest is of the bytes on disk.
  const fs::path out = f.tmp.dir / "out.html";
  sjsj::AtomicFile file(out.string());
  const std::string sha = sjsj::write_disclosure(batch, sjsj::DisclosureFormat::html, file);
  file.commit();
  CHECK(slurp(out) == html);
  CHECK(sha.size() == 64);
}

TEST_CASE("disclosure: formats by name") {
  CHECK(sjsj::parse_disclosure_format("xlsx") == sjsj::DisclosureFormat::xlsx);
  CHECK(sjsj::disclosure_format_name(sjsj::DisclosureFormat::json) == "json");
  CHECK_THROWS_AS(sjsj::parse_disclosure_format("pdf"), sjsj::UsageError);
}
