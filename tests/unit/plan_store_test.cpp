#include "lib/plan/plan_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "lib/plan/annex_table.hpp"
#include "lib/plan/plan_file.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

std::string example_plan() {
  std::ifstream in(SJSJ_SOURCE_DIR "/examples/banan-2026/plan.yaml", std::ios::binary);
  REQUIRE(in);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

sjsj::StoredPlan load(sjsj::Store& store, const std::string& name, const std::string& text) {
  sjsj::WriteSession session(store);
  auto stored = sjsj::load_plan(session, name, text);
  CHECK(sjsj::digest_to_hex(session.digests().current().at("plans")) ==
        sjsj::digest_to_hex(sjsj::scan_table_digest(store.db(), "plans")));
  session.commit("plan load", nlohmann::json::object(), "2026-04-08T00:00:00Z");
  return stored;
}

}  // namespace

TEST_CASE("plan store: versions, unchanged reloads, and no edits after a draw") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  const std::string text = example_plan();

  CHECK_FALSE(sjsj::current_plan(store.db(), 2026));

  const auto v1 = load(store, "/some/folder/plan.yaml", text);
  CHECK_FALSE(v1.unchanged);
  CHECK(v1.version == 1);
  CHECK(v1.year == 2026);
  CHECK(v1.file_name == "plan.yaml");
  CHECK(v1.sha256 == sjsj::sha256_hex(text));
  CHECK(v1.plan.items.size() == 7);

  const auto current = sjsj::current_plan(store.db(), 2026);
  REQUIRE(current);
  CHECK(current->id == v1.id);
  CHECK(current->source == text);
  CHECK(current->plan.items[3].quotas[0].count_note == "根据上年度审批登记名单确定（6）");
  CHECK_FALSE(sjsj::current_plan(store.db(), 2027));

  SUBCASE("the same text stores nothing") {
    const auto again = load(store, "plan.yaml", text);
    CHECK(again.unchanged);
    CHECK(again.version == 1);
    CHECK(store.db().execAndGet("SELECT COUNT(*) FROM plans").getInt() == 1);
  }

  SUBCASE("a changed text is the next version; the old one stays") {
    std::string changed = text;
    changed.replace(changed.find("ratio: 20%"), 10, "ratio: 30%");
    const auto v2 = load(store, "plan.yaml", changed);
    CHECK(v2.version == 2);
    CHECK(*v2.plan.items[5].quotas[0].ratio == "30%");
    CHECK(sjsj::current_plan(store.db(), 2026)->version == 2);
    const auto old = sjsj::plan_version(store.db(), 2026, 1);
    REQUIRE(old);
    CHECK(*old->plan.items[5].quotas[0].ratio == "20%");
  }

  SUBCASE("after a draw, a changed plan is refused and nothing is written") {
    SQLite::Statement draw(store.db(), R"(INSERT INTO draws (label, year, period, item_seq, quota_index, plan_id, seed,
        seed_sha256, pool_size, pool_sha256, k, drawn_on, ledger_seq) VALUES
        ('2026/6.1', 2026, '2026', 6, 1, ?, 's', 'h', 103, 'p', 21, '2026-04-10', 2))");
    draw.bind(1, v1.id);
    draw.exec();
    std::string changed = text;
    changed.replace(changed.find("ratio: 20%"), 10, "ratio: 30%");
    sjsj::WriteSession session(store);
    try {
      sjsj::load_plan(session, "plan.yaml", changed);
      FAIL("expected a refusal");
    } catch (const sjsj::InputError& e) {
      CHECK(std::string(e.what()).find("2026/6.1") != std::string::npos);
      CHECK(std::string(e.what()).find("after its lottery") != std::string::npos);
    }
    CHECK(sjsj::load_plan(session, "plan.yaml", text).unchanged);  // the same text is still fine
    session.rollback();
    CHECK(store.db().execAndGet("SELECT COUNT(*) FROM plans").getInt() == 1);
  }

  SUBCASE("a bad file is refused before anything is written") {
    sjsj::WriteSession session(store);
    CHECK_THROWS_AS(sjsj::load_plan(session, "bad.yaml", "year: 2026\n"), sjsj::InputError);
  }
}

TEST_CASE("annex: figures, labels and the public page") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  store.db().exec(R"(INSERT INTO objects (code, name, category, status, tags, created_seq) VALUES
      ('A', 'a', '一般', '正常', '["ODS"]', 1), ('B', 'b', '一般', '正常', '["ODS"]', 1),
      ('C', 'c', '一般', '停产', '["ODS"]', 1), ('D', 'd', '一般', '正常', '["涉水重点"]', 1))");
  const sjsj::Plan plan = sjsj::parse_plan(example_plan(), "plan.yaml");
  const auto statuses = sjsj::quota_statuses(store.db(), plan, 0);
  REQUIRE(statuses.size() == 9);
  CHECK(statuses[1].labels == std::vector<std::string>{"2026/1.2"});
  CHECK(statuses[1].pool_size == 1);
  CHECK(statuses[1].computed_count == 1);
  CHECK(statuses[3].pool_size == 2);
  CHECK(statuses[3].computed_count == 1);

  const auto warnings = sjsj::count_mismatches(plan, statuses);
  CHECK(warnings.size() == 9);
  CHECK(warnings[1].find("2026/1.2") != std::string::npos);
  CHECK(warnings[1].find("declared count 19") != std::string::npos);

  const auto report = sjsj::annex_report(plan, statuses, sjsj::ItemCells::first_row);
  REQUIRE(report.rows.size() == 9);
  CHECK(report.columns[7].header == "抽取对象数量（家）");
  CHECK(report.rows[0][0] == 1);
  CHECK(report.rows[1][0].is_null());  // the item's cells on its first row only
  CHECK(report.rows[1][4] == "涉水重点工业企业污水处理设施");
  CHECK(report.rows[5][7] == "根据上年度审批登记名单确定（6）");
  CHECK(sjsj::annex_report(plan, statuses, sjsj::ItemCells::every_row).rows[1][0] == 1);

  const auto json = sjsj::annex_json(plan, statuses);
  CHECK(json["items"][0]["quotas"][1]["label"] == "2026/1.2");
  CHECK(json["items"][1]["quotas"][1]["pool_size"] == 2);
  CHECK(json["items"][3]["quotas"][0]["count"] == 6);

  const std::string html = sjsj::annex_html(plan, statuses);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"zh-CN\">"));
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
  CHECK(html.find("<caption>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">抽取对象数量（家）</th>") != std::string::npos);
  CHECK(html.find("rowspan=\"2\"") != std::string::npos);
  CHECK(html.find("“三同时”") != std::string::npos);
}

TEST_CASE("annex: quarterly quotas carry one label per quarter") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  const sjsj::Plan plan = sjsj::parse_plan(
      "year: 2026\nauthority: 局\nissued: 2026-01-20\nitems:\n  - seq: 2\n    department: 支队\n    name: <x>\n"
      "    contents: [a & b]\n    quotas:\n      - target: t\n        frequency: quarterly\n        ratio: 25%\n",
      "p.yaml");
  const auto statuses = sjsj::quota_statuses(store.db(), plan, 0);
  CHECK(statuses[0].labels == std::vector<std::string>{"2026Q1/2.1", "2026Q2/2.1", "2026Q3/2.1", "2026Q4/2.1"});
  CHECK(sjsj::annex_json(plan, statuses)["items"][0]["quotas"][0]["label"] == "2026Q1/2.1");
  const std::string html = sjsj::annex_html(plan, statuses);
  CHECK(html.find("&lt;x&gt;") != std::string::npos);
  CHECK(html.find("a &amp; b") != std::string::npos);
}
