// Importing the directories: upsert by key, history of field changes, --missing suspend,
// located errors collected over the whole file, recusals against the object directory.
#include "lib/directory/directory_import.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "lib/directory/credit_code.hpp"
#include "lib/store/ledger.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "lib/util/error.hpp"
#include "tests/unit/temp_dir.hpp"

namespace {

namespace fs = std::filesystem;

// A valid credit code built from a number, so tests can make as many as they need.
std::string code(int n) {
  const std::string first17 = fmt::format("91500113{:09}", n);
  return first17 + *sjsj::credit_code_check_char(first17);
}

const std::string kHeader = "code,name,category,town,status,tags\n";

std::string object_row(int n, const std::string& name, const std::string& category = "一般",
                       const std::string& tags = "ODS") {
  return fmt::format("{},{},{},鱼洞街道,正常,{}\n", code(n), name, category, tags);
}

using Importer = sjsj::ImportSummary (*)(sjsj::WriteSession&, std::istream&, const std::string&,
                                         const sjsj::ImportOptions&);

// Runs one import in its own session and commits it (as cmd/main.cpp does).
sjsj::ImportSummary run(sjsj::Store& store, Importer importer, const std::string& text,
                        sjsj::ImportOptions options = {}) {
  sjsj::WriteSession session(store);
  std::istringstream in(text);
  const auto summary = importer(session, in, "f.csv", options);
  session.commit("import", summary.to_json(), "2026-01-01T00:00:00Z");
  return summary;
}

// The problems of an import that must fail; the session is rolled back.
std::vector<sjsj::Problem> failing(sjsj::Store& store, Importer importer, const std::string& text,
                                   std::size_t* total = nullptr) {
  sjsj::WriteSession session(store);
  std::istringstream in(text);
  try {
    importer(session, in, "f.csv", {});
  } catch (const sjsj::InputError& e) {
    if (total) {
      const std::string msg = e.what();
      const auto at = msg.find(" in all)");
      *total = at == std::string::npos ? e.problems().size() : std::stoul(msg.substr(msg.rfind('(', at) + 1));
    }
    return e.problems();
  }
  FAIL("the import did not fail");
  return {};
}

std::int64_t count(sjsj::Store& store, const std::string& sql) { return store.db().execAndGet(sql).getInt64(); }

void check_digests(sjsj::Store& store) {
  const auto recorded = sjsj::latest_table_digests(store.db());
  for (const auto& table : sjsj::ledger_tables()) {
    INFO(table);
    const auto it = recorded.find(table);
    const auto want = it == recorded.end() ? sjsj::TableDigest{} : it->second;
    CHECK(sjsj::digest_to_hex(sjsj::scan_table_digest(store.db(), table)) == sjsj::digest_to_hex(want));
  }
}

}  // namespace

TEST_CASE("import: insert, then unchanged, then one field updated with its history") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  const std::string file =
      kHeader + object_row(1, "甲公司") + object_row(2, "乙公司", "重点") + object_row(3, "丙公司");

  const auto first = run(store, sjsj::import_objects, file);
  CHECK(first.rows == 3);
  CHECK(first.inserted == 3);
  CHECK(first.updated == 0);
  CHECK(first.field_changes == 0);
  CHECK(count(store, "SELECT COUNT(*) FROM objects") == 3);
  check_digests(store);

  const auto again = run(store, sjsj::import_objects, file);
  CHECK(again.inserted == 0);
  CHECK(again.updated == 0);
  CHECK(again.unchanged == 3);
  CHECK(count(store, "SELECT COUNT(*) FROM object_changes") == 0);

  const std::string changed =
      kHeader + object_row(1, "甲公司") + object_row(2, "乙公司", "特殊") + object_row(3, "丙公司");
  const auto third = run(store, sjsj::import_objects, changed);
  CHECK(third.updated == 1);
  CHECK(third.unchanged == 2);
  CHECK(third.field_changes == 1);
  SQLite::Statement h(store.db(),
                      "SELECT o.code, c.field, c.old_value, c.new_value, c.ledger_seq "
                      "FROM object_changes c JOIN objects o ON o.id = c.object_id");
  REQUIRE(h.executeStep());
  CHECK(h.getColumn(0).getString() == code(2));
  CHECK(h.getColumn(1).getString() == "category");
  CHECK(h.getColumn(2).getString() == "重点");
  CHECK(h.getColumn(3).getString() == "特殊");
  CHECK(h.getColumn(4).getInt64() == count(store, "SELECT MAX(seq) FROM ledger"));
  CHECK_FALSE(h.executeStep());
  check_digests(store);

  SUBCASE("columns the file does not carry keep their stored values") {
    const auto partial = run(store, sjsj::import_objects, fmt::format("code,name,category\n{},甲公司,一般\n", code(1)));
    CHECK(partial.unchanged == 1);
    CHECK(store.db().execAndGet(fmt::format("SELECT tags FROM objects WHERE code = '{}'", code(1))).getString() ==
          R"(["ODS"])");
  }
}

TEST_CASE("import: --missing suspend suspends active objects the file leaves out") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  run(store, sjsj::import_objects, kHeader + object_row(1, "甲") + object_row(2, "乙") + object_row(3, "丙"));
  sjsj::ImportOptions keep;
  const auto kept = run(store, sjsj::import_objects, kHeader + object_row(1, "甲"), keep);
  CHECK(kept.suspended == 0);
  CHECK(count(store, "SELECT COUNT(*) FROM objects WHERE status = '正常'") == 3);

  sjsj::ImportOptions suspend;
  suspend.missing = sjsj::MissingPolicy::suspend;
  const auto s = run(store, sjsj::import_objects, kHeader + object_row(1, "甲"), suspend);
  CHECK(s.suspended == 2);
  CHECK(count(store, "SELECT COUNT(*) FROM objects WHERE status = '停产'") == 2);
  CHECK(count(store, fmt::format("SELECT COUNT(*) FROM objects WHERE status = '正常' AND code = '{}'", code(1))) == 1);
  CHECK(count(store,
              "SELECT COUNT(*) FROM object_changes WHERE field = 'status' AND old_value = '正常' "
              "AND new_value = '停产'") == 2);
  check_digests(store);
}

TEST_CASE("import: errors are located, collected over the file, and nothing is written") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  run(store, sjsj::import_objects, kHeader + object_row(1, "甲"));
  const auto ledger_before = count(store, "SELECT COUNT(*) FROM ledger");

  SUBCASE("a bad value names file, line, column and value") {
    const auto p = failing(store, sjsj::import_objects, kHeader + object_row(2, "乙") + object_row(3, "丙", "一级"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].render().rfind("f.csv:3: column category: value \"一级\": one of ", 0) == 0);
  }
  SUBCASE("a duplicate code names both lines") {
    const auto p =
        failing(store, sjsj::import_objects, kHeader + object_row(2, "乙") + object_row(3, "丙") + object_row(2, "丁"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].where.line == 4);
    CHECK(p[0].value == code(2));
    CHECK(p[0].expected.find("line 2") != std::string::npos);
  }
  SUBCASE("a duplicate differing only in case is still a duplicate") {
    std::string lower = code(2);
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto p = failing(store, sjsj::import_objects, kHeader + object_row(2, "乙") + lower + ",丁,一般,,,\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].expected.find("line 2") != std::string::npos);
  }
  SUBCASE("a row with the wrong number of fields") {
    const auto p = failing(store, sjsj::import_objects, kHeader + code(2) + ",乙,一般\n");
    REQUIRE(p.size() == 1);
    CHECK(p[0].where.line == 2);
  }
  SUBCASE("every bad row is reported, the first 50 kept and the rest counted") {
    std::string text = kHeader;
    for (int i = 0; i < 60; ++i) text += object_row(100 + i, "x", "坏");
    std::size_t total = 0;
    const auto p = failing(store, sjsj::import_objects, text, &total);
    CHECK(p.size() == 50);
    CHECK(total == 60);
    CHECK(p.back().where.line == 51);
  }
  CHECK(count(store, "SELECT COUNT(*) FROM objects") == 1);
  CHECK(count(store, "SELECT COUNT(*) FROM ledger") == ledger_before);
}

TEST_CASE("import: staff recusals must name objects in the directory") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  run(store, sjsj::import_objects, kHeader + object_row(1, "甲") + object_row(2, "乙"));
  const std::string staff_header = "badge,name,unit,qualified,cert_expires,years,skills,status,recusals\n";

  const auto ok = run(store, sjsj::import_staff,
                      staff_header + fmt::format("B1,张三,水科,是,2027-01-01,3,水|气,在岗,{}|{}\n", code(1), code(2)) +
                          "B2,李四,支队,否,,0,,leave,\n");
  CHECK(ok.inserted == 2);
  CHECK(count(store, "SELECT COUNT(*) FROM staff WHERE status = '离岗' AND qualified = 0") == 1);
  check_digests(store);

  const auto p = failing(store, sjsj::import_staff,
                         staff_header + fmt::format("B3,王五,水科,是,2027-01-01,3,水,在岗,{};{}\n", code(1), code(9)));
  REQUIRE(p.size() == 1);
  CHECK(p[0].where.line == 2);
  CHECK(p[0].where.column == "recusals");
  CHECK(p[0].value == code(9));
  CHECK(count(store, "SELECT COUNT(*) FROM staff") == 2);
}
