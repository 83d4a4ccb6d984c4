#include "lib/directory/pool.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

// Objects written directly (the importer's job); codes chosen so byte order differs from insert order.
void seed_objects(SQLite::Database& db) {
  db.exec(R"(INSERT INTO objects (code, name, category, town, industry, discharge, status, tags, created_seq) VALUES
    ('B2', 'b2', '重点', '李家沱街道', 'C2614', '["废水","废气"]', '正常', '["涉水重点","涉气重点"]', 1),
    ('A1', 'a1', '一般', '鱼洞街道',   'C2619', '["废气"]',        '正常', '["涉气重点"]',           1),
    ('a0', 'a0', '一般', '鱼洞街道',   'C3360', '["废水"]',        '正常', '["涉水重点"]',           1),
    ('C3', 'c3', '重点', '李家沱街道', 'c2614', '[]',              '停产', '["涉水重点"]',           1),
    ('D4', 'd4', '特殊', '鱼洞街道',   'C26',   '["废水"]',        '关闭', '["涉水重点"]',           1),
    ('E5', 'e5', '一般', '鱼洞街道',   'Q8411', '[]',              '正常', '["it''s"]',              1))");
}

sjsj::PoolSelector select(std::map<std::string, std::vector<std::string>> fields, bool suspended = false) {
  sjsj::PoolSelector s;
  s.fields = std::move(fields);
  s.include_suspended = suspended;
  return s;
}

}  // namespace

TEST_CASE("pool: selection by fields, status and byte order") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  auto& db = store.db();
  seed_objects(db);
  using V = std::vector<std::string>;

  SUBCASE("an empty selector is every active object, sorted by bytes") {
    CHECK(sjsj::pool_codes(db, select({})) == V{"A1", "B2", "E5", "a0"});
    CHECK(sjsj::pool_size(db, select({})) == 4);
  }
  SUBCASE("include_suspended adds 停产, never 关闭") {
    CHECK(sjsj::pool_codes(db, select({}, true)) == V{"A1", "B2", "C3", "E5", "a0"});
  }
  SUBCASE("a list field matches any of its values") {
    CHECK(sjsj::pool_codes(db, select({{"tags", {"涉水重点"}}})) == V{"B2", "a0"});
    CHECK(sjsj::pool_codes(db, select({{"tags", {"涉水重点", "涉气重点"}}})) == V{"A1", "B2", "a0"});
    CHECK(sjsj::pool_codes(db, select({{"discharge", {"废气"}}})) == V{"A1", "B2"});
    CHECK(sjsj::pool_codes(db, select({{"tags", {"it's"}}})) == V{"E5"});
  }
  SUBCASE("several fields must all hold") {
    CHECK(sjsj::pool_codes(db, select({{"tags", {"涉水重点"}}, {"town", {"鱼洞街道"}}})) == V{"a0"});
    CHECK(sjsj::pool_codes(db, select({{"category", {"重点", "特殊"}}}, true)) == V{"B2", "C3"});
  }
  SUBCASE("industry matches by prefix, case-sensitively, without wildcards") {
    CHECK(sjsj::pool_codes(db, select({{"industry", {"C26"}}}, true)) == V{"A1", "B2"});
    CHECK(sjsj::pool_codes(db, select({{"industry", {"C2614"}}}, true)) == V{"B2"});
    CHECK(sjsj::pool_codes(db, select({{"industry", {"C26", "Q"}}})) == V{"A1", "B2", "E5"});
    CHECK(sjsj::pool_codes(db, select({{"industry", {"C%"}}})).empty());
    CHECK(sjsj::pool_size(db, select({{"industry", {"C26"}}})) == 2);
  }
  SUBCASE("unknown fields and empty value lists are refused") {
    CHECK_THROWS_AS(sjsj::pool_size(db, select({{"name", {"x"}}})), sjsj::InputError);
    CHECK_THROWS_AS(sjsj::pool_size(db, select({{"tags", {}}})), sjsj::InputError);
  }
  SUBCASE("the condition is one parameterised WHERE clause") {
    const auto c = sjsj::pool_condition(select({{"tags", {"x", "y"}}, {"town", {"z"}}}));
    CHECK(c.binds == V{"x", "y", "z"});
    CHECK(c.sql.find("?") != std::string::npos);
    CHECK(c.sql.find("'x'") == std::string::npos);
  }
}

TEST_CASE("pool: a large directory is counted and listed in one query each") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  auto& db = store.db();
  db.exec("BEGIN");
  SQLite::Statement ins(
      db, "INSERT INTO objects (code, name, category, status, tags, created_seq) VALUES (?, ?, '一般', ?, ?, 1)");
  const int n = 50000;
  for (int i = 0; i < n; ++i) {
    ins.bind(1, fmt::format("{:018}", i));
    ins.bind(2, fmt::format("n{}", i));
    ins.bind(3, i % 10 == 0 ? "关闭" : "正常");
    ins.bind(4, i % 3 == 0 ? R"(["ODS"])" : "[]");
    ins.exec();
    ins.reset();
  }
  db.exec("COMMIT");
  const auto selector = select({{"tags", {"ODS"}}});
  const auto codes = sjsj::pool_codes(db, selector);
  std::uint64_t expected = 0;
  for (int i = 0; i < n; ++i) expected += (i % 3 == 0 && i % 10 != 0) ? 1 : 0;
  CHECK(codes.size() == expected);
  CHECK(sjsj::pool_size(db, selector) == expected);
  CHECK(std::is_sorted(codes.begin(), codes.end()));
}

TEST_CASE("pool: credentialed inspectors on a day") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  auto& db = store.db();
  db.exec(R"(INSERT INTO staff (badge, name, qualified, cert_expires, status, created_seq) VALUES
    ('S1', '甲', 1, '2028-01-01', '在岗', 1),
    ('S2', '乙', 1, '2026-06-30', '在岗', 1),
    ('S3', '丙', 1, '', '在岗', 1),
    ('S4', '丁', 1, '2028-01-01', '离岗', 1),
    ('S5', '戊', 0, '', '在岗', 1))");
  CHECK(sjsj::credentialed_inspectors(db, *sjsj::Date::parse("2026-06-30")) == 3);
  CHECK(sjsj::credentialed_inspectors(db, *sjsj::Date::parse("2026-07-01")) == 2);
}
