#include "lib/plan/plan_file.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "lib/util/error.hpp"

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A valid plan with one item; `quota` is the YAML of the quota's keys after `target`, at the
// quota's indentation (8 spaces). The quota's target is on line 10, its next keys from line 11.
std::string plan_with_quota(const std::string& quota, const std::string& issued = "2026-01-20") {
  return "year: 2026\n"
         "authority: 局\n"
         "issued: " +
         issued +
         "\n"
         "items:\n"
         "  - seq: 1\n"
         "    department: 水科\n"
         "    name: 事项\n"
         "    contents: [内容]\n"
         "    quotas:\n"
         "      - target: 对象\n" +
         quota;
}

std::vector<sjsj::Problem> problems_of(const std::string& text) {
  try {
    sjsj::parse_plan(text, "p.yaml");
  } catch (const sjsj::InputError& e) {
    return e.problems();
  }
  FAIL("expected an InputError for:\n" << text);
  return {};
}

// The single problem of `text`.
sjsj::Problem problem_of(const std::string& text) {
  const auto problems = problems_of(text);
  REQUIRE_MESSAGE(problems.size() == 1, "problems: " << problems.size());
  return problems.front();
}

sjsj::Quota quota_of(const std::string& quota) {
  const sjsj::Plan p = sjsj::parse_plan(plan_with_quota(quota), "p.yaml");
  REQUIRE(p.items.size() == 1);
  REQUIRE(p.items[0].quotas.size() == 1);
  return p.items[0].quotas[0];
}

}  // namespace

TEST_CASE("plan file: the Banan example reproduces the annex") {
  const sjsj::Plan p = sjsj::parse_plan(read_text(SJSJ_SOURCE_DIR "/examples/banan-2026/plan.yaml"), "plan.yaml");
  CHECK(p.year == 2026);
  CHECK(p.authority == "重庆市巴南区生态环境局");
  CHECK(p.document == "巴南环保发〔2026〕8号");
  CHECK(p.issued.to_string() == "2026-04-07");
  CHECK_FALSE(p.limits.visits_per_year);
  REQUIRE(p.items.size() == 7);
  std::vector<std::uint64_t> counts;
  std::vector<std::string> ratios, departments, skills;
  for (const auto& item : p.items) {
    departments.push_back(item.department);
    REQUIRE(item.skills.size() == 1);
    skills.push_back(item.skills[0]);
    for (const auto& q : item.quotas) {
      REQUIRE(q.count);
      counts.push_back(*q.count);
      REQUIRE(q.ratio);
      ratios.push_back(*q.ratio);
      CHECK(q.frequency == "1次/年");
      CHECK(q.period == sjsj::Period::year);
      CHECK(q.select.fields.count("tags") == 1);
    }
  }
  CHECK(counts == std::vector<std::uint64_t>{6, 19, 11, 3, 8, 6, 12, 21, 8});
  CHECK(ratios == std::vector<std::string>{"100%", "100%", "100%", "10%", "100%", "10%", "10%", "20%", "100%"});
  CHECK(departments == std::vector<std::string>{"水科", "大气科", "土壤科", "支队", "支队", "支队", "支队"});
  CHECK(skills == std::vector<std::string>{"水", "气", "土壤", "环评", "辐射", "应急", "机动车"});
  CHECK(p.items[0].contents.size() == 4);
  CHECK(p.items[0].contents[0] == "是否有排污许可证。");
  CHECK(p.items[0].quotas[1].index == 2);
  CHECK(p.items[3].quotas[0].count_note == "根据上年度审批登记名单确定（6）");
  CHECK(p.items[0].quotas[0].count_note.empty());
  CHECK(p.items[1].quotas[1].target == "ODS企业");
}

TEST_CASE("plan file: count may carry the annex's wording") {
  SUBCASE("full-width parentheses") {
    const auto q = quota_of("        frequency: 1次/年\n        count: 根据上年度审批登记名单确定（6）\n");
    CHECK(*q.count == 6);
    CHECK(q.count_note == "根据上年度审批登记名单确定（6）");
  }
  SUBCASE("ASCII parentheses and full-width digits") {
    CHECK(*quota_of("        frequency: 1次/年\n        count: 按名单确定(12)\n").count == 12);
    CHECK(*quota_of("        frequency: 1次/年\n        count: 按名单确定（１２）\n").count == 12);
  }
  SUBCASE("the last parentheses count") {
    const auto q = quota_of("        frequency: 1次/年\n        count: 按（2025年）名单确定（7）\n");
    CHECK(*q.count == 7);
  }
  SUBCASE("a plain number has no note") {
    const auto q = quota_of("        frequency: 1次/年\n        count: 19\n");
    CHECK(*q.count == 19);
    CHECK(q.count_note.empty());
  }
  SUBCASE("wording without a number is refused") {
    const auto p = problem_of(plan_with_quota("        frequency: 1次/年\n        count: 根据名单确定\n"));
    CHECK(p.where.line == 12);
    CHECK(p.where.column_number == 16);
    CHECK(p.where.column == "items[0].quotas[0].count");
    CHECK(p.value == "根据名单确定");
    CHECK(p.expected.find("parentheses") != std::string::npos);
  }
}

TEST_CASE("plan file: ratios are exact decimals kept in canonical form") {
  CHECK(*quota_of("        frequency: 1次/年\n        ratio: 0.1\n").ratio == "10%");
  CHECK(*quota_of("        frequency: 1次/年\n        ratio: 12.5%\n").ratio == "12.5%");
  CHECK(*quota_of("        frequency: 1次/年\n        ratio: 1\n").ratio == "100%");
  CHECK(*quota_of("        frequency: 1次/年\n        ratio: 0%\n").ratio == "0%");

  const auto over = problem_of(plan_with_quota("        frequency: 1次/年\n        ratio: 120%\n"));
  CHECK(over.where.line == 12);
  CHECK(over.where.column_number == 16);
  CHECK(over.value == "120%");
  CHECK(over.expected.find("at most 100%") != std::string::npos);
  CHECK(problem_of(plan_with_quota("        frequency: 1次/年\n        ratio: 1.5\n")).expected.find("at most 100%") !=
        std::string::npos);
  const auto bad = problem_of(plan_with_quota("        frequency: 1次/年\n        ratio: 十%\n"));
  CHECK(bad.expected.find("a ratio from 0% to 100%") != std::string::npos);
}

TEST_CASE("plan file: frequency in Chinese or English") {
  const auto q = quota_of("        frequency: quarterly\n        ratio: 25%\n");
  CHECK(q.period == sjsj::Period::quarter);
  CHECK(q.frequency == "1次/季度");
  CHECK(quota_of("        frequency: 1次/月\n        ratio: 5%\n").period == sjsj::Period::month);
  CHECK(quota_of("        frequency: yearly\n        ratio: 5%\n").frequency == "1次/年");
  const auto p = problem_of(plan_with_quota("        frequency: 2次/年\n        ratio: 5%\n"));
  CHECK(p.where.line == 11);
  CHECK(p.where.column_number == 20);
  CHECK(p.where.column == "items[0].quotas[0].frequency");
}

TEST_CASE("plan file: selectors") {
  SUBCASE("choice aliases become canonical; industry prefixes are upper-cased; scalars become lists") {
    const auto q = quota_of(
        "        select: {category: [key, 特殊], industry: c26, discharge: water, tags: 涉水重点}\n"
        "        include_suspended: true\n"
        "        frequency: 1次/年\n        ratio: 10%\n");
    CHECK(q.select.fields.at("category") == std::vector<std::string>{"重点", "特殊"});
    CHECK(q.select.fields.at("industry") == std::vector<std::string>{"C26"});
    CHECK(q.select.fields.at("discharge") == std::vector<std::string>{"废水"});
    CHECK(q.select.fields.at("tags") == std::vector<std::string>{"涉水重点"});
    CHECK(q.select.include_suspended);
  }
  SUBCASE("absent or empty select is the whole directory") {
    CHECK(quota_of("        frequency: 1次/年\n        ratio: 10%\n").select.fields.empty());
    CHECK(quota_of("        select:\n        frequency: 1次/年\n        ratio: 10%\n").select.fields.empty());
  }
  SUBCASE("a key that is not a field") {
    const auto p =
        problem_of(plan_with_quota("        select: {colour: [red]}\n        frequency: 1次/年\n        count: 1\n"));
    CHECK(p.where.line == 11);
    CHECK(p.where.column_number == 18);
    CHECK(p.where.column == "items[0].quotas[0].select.colour");
    CHECK(p.expected.find("tags, category") != std::string::npos);
  }
  SUBCASE("a value outside a choice") {
    const auto p = problem_of(
        plan_with_quota("        select: {category: [重点, 超级]}\n        frequency: 1次/年\n        count: 1\n"));
    CHECK(p.where.column == "items[0].quotas[0].select.category[1]");
    CHECK(p.value == "超级");
  }
  SUBCASE("an empty list") {
    const auto p =
        problem_of(plan_with_quota("        select: {tags: []}\n        frequency: 1次/年\n        count: 1\n"));
    CHECK(p.where.column == "items[0].quotas[0].select.tags");
  }
}

TEST_CASE("plan file: every problem is reported with its place") {
  const std::string text =
      "year: 2026\n"                       // 1
      "authority: 局\n"                    // 2
      "issued: 2026-01-10\n"               // 3
      "colour: blue\n"                     // 4  unknown key
      "items:\n"                           // 5
      "  - seq: 1\n"                       // 6
      "    department: 水科\n"             // 7
      "    name: 事项\n"                   // 8
      "    contents: [内容]\n"             // 9
      "    quotas: []\n"                   // 10 empty item
      "  - seq: 1\n"                       // 11 duplicate seq
      "    department: [水科]\n"           // 12 wrong type
      "    name: 事项\n"                   // 13
      "    contents: [内容]\n"             // 14
      "    quotas:\n"                      // 15
      "      - target: 对象\n"             // 16 no ratio, count or per_inspector
      "        frequency: 1次/年\n"        // 17
      "        include_suspended: yes\n";  // 18 not a boolean
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 6);
  CHECK(problems[0].where.line == 4);
  CHECK(problems[0].where.column_number == 1);
  CHECK(
      problems[0].render() ==
      "p.yaml:4:1: column colour: value \"colour\": one of the keys year, authority, document, issued, limits, items");
  CHECK(problems[1].where.line == 10);
  CHECK(problems[1].where.column == "items[0].quotas");
  CHECK(problems[2].where.line == 11);
  CHECK(problems[2].where.column_number == 10);
  CHECK(problems[2].expected.find("items[0] has seq 1") != std::string::npos);
  CHECK(problems[3].where.line == 12);
  CHECK(problems[3].where.column == "items[1].department");
  CHECK(problems[4].where.line == 16);
  CHECK(problems[4].where.column == "items[1].quotas[0]");
  CHECK(problems[4].expected.find("per_inspector") != std::string::npos);
  CHECK(problems[5].where.line == 18);
  CHECK(problems[5].value == "yes");
}

TEST_CASE("plan file: columns count characters, not bytes") {
  const auto p = problem_of(plan_with_quota("        frequency: 1次/年\n        count: 6\n        ratio: 一成\n"));
  CHECK(p.where.line == 13);
  CHECK(p.where.column_number == 16);
}

TEST_CASE("plan file: missing keys, an item without quotas") {
  const auto problems = problems_of(
      "year: 2026\nauthority: 局\nitems:\n  - seq: 1\n    department: 水科\n    name: 事项\n    contents: [x]\n");
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].where.line == 0);  // the whole file: `issued` is missing
  CHECK(problems[0].where.column == "issued");
  CHECK(problems[1].where.line == 4);
  CHECK(problems[1].where.column == "items[0].quotas");
  CHECK(problems[1].expected.find("without quotas") != std::string::npos);
}

TEST_CASE("plan file: issued must fall in the plan year (or the December before)") {
  const auto p = problem_of(plan_with_quota("        frequency: 1次/年\n        count: 1\n", "2025-04-07"));
  CHECK(p.where.line == 3);
  CHECK(p.where.column_number == 9);
  CHECK(p.where.column == "issued");
  CHECK(p.value == "2025-04-07");
  CHECK_NOTHROW(sjsj::parse_plan(plan_with_quota("        frequency: 1次/年\n        count: 1\n", "2025-12-20"), "p"));
  CHECK(problem_of(plan_with_quota("        frequency: 1次/年\n        count: 1\n", "2026-02-30")).where.column ==
        "issued");
}

TEST_CASE("plan file: the late-issue warning follows seed 三(五)") {
  const auto plan_issued = [](const char* date) {
    return sjsj::parse_plan(plan_with_quota("        frequency: 1次/年\n        count: 1\n", date), "p.yaml");
  };
  CHECK_FALSE(sjsj::late_issue_warning(plan_issued("2026-01-31")));
  CHECK_FALSE(sjsj::late_issue_warning(plan_issued("2025-12-20")));
  const auto w = sjsj::late_issue_warning(plan_issued("2026-04-07"));
  REQUIRE(w);
  CHECK(w->find("2026-04-07") != std::string::npos);
  CHECK(w->find("三(五)") != std::string::npos);
}

TEST_CASE("plan file: limits") {
  const std::string base = plan_with_quota("        frequency: 1次/年\n        count: 1\n");
  CHECK(*sjsj::parse_plan(base + "limits: {visits_per_year: 1}\n", "p").limits.visits_per_year == 1);
  const auto p = problem_of(base + "limits: {visits_per_year: 0}\n");
  CHECK(p.where.column == "limits.visits_per_year");
  CHECK(problem_of(base + "limits: {visits: 1}\n").where.column == "limits.visits");
}

TEST_CASE("plan file: YAML bombs, size, encoding and syntax are refused") {
  SUBCASE("anchors and aliases") {
    const auto problems = problems_of("a: &x [1, 2]\nb: *x\n");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].where.line == 1);
    CHECK(problems[0].expected.find("anchor") != std::string::npos);
    CHECK(problems[1].where.line == 2);
    CHECK(problems[1].expected.find("alias") != std::string::npos);
  }
  SUBCASE("billion laughs stops before expansion") {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 12; ++i) {
      text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
      for (int j = 0; j < 9; ++j) text += std::string(j ? ", " : "") + "*a" + std::to_string(i - 1);
      text += "]\n";
    }
    CHECK(problems_of(text).size() > 10);
  }
  SUBCASE("more than 1 MiB") {
    const std::string big(sjsj::kMaxPlanFileBytes + 1, 'a');
    const auto p = problem_of(big);
    CHECK(p.where.line == 0);
    CHECK(p.expected.find("1 MiB") != std::string::npos);
  }
  SUBCASE("not UTF-8") {
    CHECK(problem_of("year: 2026\nauthority: \xB0\xCD\xC4\xCF\n").expected.find("UTF-8") != std::string::npos);
  }
  SUBCASE("broken YAML") {
    const auto p = problem_of("year: 2026\nitems: [\n");
    CHECK(p.where.line >= 2);
    CHECK(p.expected.find("valid YAML") != std::string::npos);
  }
  SUBCASE("several documents") {
    CHECK(problem_of("year: 2026\n---\nyear: 2027\n").expected.find("one YAML document") != std::string::npos);
  }
  SUBCASE("a repeated key") {
    const auto p = problem_of(plan_with_quota("        frequency: 1次/年\n        count: 1\n") + "year: 2027\n");
    CHECK(p.where.line == 13);
    CHECK(p.expected == "each key once");
  }
}

TEST_CASE("plan file: plan_to_json keeps the file's fields") {
  const sjsj::Plan p =
      sjsj::parse_plan(plan_with_quota("        select: {tags: [涉水重点]}\n        include_suspended: true\n"
                                       "        frequency: 1次/季度\n        ratio: 0.25\n        count: 按名单（4）\n "
                                       "       per_inspector: 2.5\n") +
                           "limits: {visits_per_year: 2}\ndocument: 文号\n",
                       "p.yaml");
  const auto j = sjsj::plan_to_json(p);
  CHECK(
      j.dump() ==
      R"({"year":2026,"authority":"局","document":"文号","issued":"2026-01-20","limits":{"visits_per_year":2},)"
      R"("items":[{"seq":1,"department":"水科","name":"事项","skills":[],"contents":["内容"],"quotas":[{"target":"对象",)"
      R"("select":{"tags":["涉水重点"]},"include_suspended":true,"frequency":"1次/季度","ratio":"25%","count":4,)"
      R"("count_note":"按名单（4）","per_inspector":"2.5"}]}]})");
}
