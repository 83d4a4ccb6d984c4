// The column dictionaries: list splitting, choices and their aliases, yes/no, dates, counts,
// and the mapping of a header row onto the dictionary.
#include "lib/directory/columns.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using Strings = std::vector<std::string>;

const sjsj::ColumnSpec& column(const sjsj::Dictionary& d, const char* key) {
  const auto i = d.find(key);
  REQUIRE(i.has_value());
  return d.columns[*i];
}

std::optional<std::string> object_value(const char* key, std::string_view raw) {
  return sjsj::normalise_field(column(sjsj::object_dictionary(), key), raw, {}).value;
}

std::optional<std::string> staff_value(const char* key, std::string_view raw) {
  return sjsj::normalise_field(column(sjsj::staff_dictionary(), key), raw, {}).value;
}

std::string expected_of(const sjsj::Dictionary& d, const char* key, std::string_view raw) {
  const auto check = sjsj::normalise_field(column(d, key), raw, {});
  CHECK_FALSE(check.value.has_value());
  return check.expected;
}

sjsj::CsvRecord header(Strings fields) {
  sjsj::CsvRecord r;
  r.line = 1;
  r.fields = std::move(fields);
  return r;
}

}  // namespace

TEST_CASE("columns: lists split on | ; ； 、 with blanks trimmed") {
  CHECK(sjsj::split_list("废水|废气") == Strings{"废水", "废气"});
  CHECK(sjsj::split_list("废水;废气") == Strings{"废水", "废气"});
  CHECK(sjsj::split_list("废水；废气") == Strings{"废水", "废气"});
  CHECK(sjsj::split_list("废水、废气") == Strings{"废水", "废气"});
  CHECK(sjsj::split_list(" 涉水重点 | ODS ；　辐射安全许可　、x") == Strings{"涉水重点", "ODS", "辐射安全许可", "x"});
  SUBCASE("empty and repeated items are dropped") {
    CHECK(sjsj::split_list("").empty());
    CHECK(sjsj::split_list(" | ;、 ").empty());
    CHECK(sjsj::split_list("a||a|b|") == Strings{"a", "b"});
  }
  SUBCASE("commas and spaces inside an item are kept") {
    CHECK(sjsj::split_list("在线监测,手工监测|涉 VOCs") == Strings{"在线监测,手工监测", "涉 VOCs"});
  }
  SUBCASE("a list column stores a JSON array") {
    CHECK(object_value("tags", "涉水重点、ODS") == R"(["涉水重点","ODS"])");
    CHECK(object_value("tags", "") == "[]");
    CHECK(staff_value("skills", "水 | 气") == R"(["水","气"])");
  }
  SUBCASE("a list of choices accepts aliases and refuses unknown items") {
    CHECK(object_value("discharge", "water|废气|Noise") == R"(["废水","废气","噪声"])");
    CHECK(object_value("discharge", "废水|water") == R"(["废水"])");
    const auto why = expected_of(sjsj::object_dictionary(), "discharge", "废水|污泥");
    CHECK(why.find("污泥") != std::string::npos);
  }
}

TEST_CASE("columns: trim removes ASCII and full-width blanks only at the ends") {
  CHECK(sjsj::trim("  a b \t") == "a b");
  CHECK(sjsj::trim("\xE3\x80\x80重庆\xE3\x80\x80") == "重庆");
  CHECK(sjsj::trim("") == "");
  CHECK(sjsj::trim(" \xE3\x80\x80 ") == "");
}

TEST_CASE("columns: choices accept the Chinese value, its long form and the English alias") {
  CHECK(object_value("category", "一般") == "一般");
  CHECK(object_value("category", "general") == "一般");
  CHECK(object_value("category", "Key") == "重点");
  CHECK(object_value("category", "SPECIAL") == "特殊");
  CHECK(object_value("category", "重点监管对象") == "重点");
  CHECK(object_value("status", "suspended") == "停产");
  CHECK(object_value("status", "closed") == "关闭");
  CHECK(object_value("status", "active") == "正常");
  CHECK(object_value("status", "") == "正常");  // the default
  CHECK(object_value("permit_class", "simplified") == "简化管理");
  CHECK(object_value("weather_grade", "a") == "A");
  CHECK(object_value("weather_grade", "leading") == "引领性");
  CHECK(staff_value("status", "leave") == "离岗");
  CHECK(staff_value("status", "left") == "调离");
  CHECK(staff_value("status", "") == "在岗");
  SUBCASE("an unknown value lists the accepted ones") {
    const auto why = expected_of(sjsj::object_dictionary(), "category", "一级");
    CHECK(why.find("一般") != std::string::npos);
    CHECK(why.find("重点") != std::string::npos);
    CHECK(why.find("特殊") != std::string::npos);
    CHECK(why.find("general") != std::string::npos);
  }
  SUBCASE("a required choice cannot be empty") { CHECK_FALSE(object_value("category", " ").has_value()); }
}

TEST_CASE("columns: yes/no, dates, counts, industry codes") {
  CHECK(object_value("positive_list", "是") == "1");
  CHECK(object_value("positive_list", "否") == "0");
  CHECK(object_value("positive_list", "Yes") == "1");
  CHECK(object_value("positive_list", "no") == "0");
  CHECK(object_value("positive_list", "") == "0");
  CHECK(expected_of(sjsj::object_dictionary(), "positive_list", "也许").find("是 or 否") != std::string::npos);
  CHECK(staff_value("qualified", "是") == "1");

  CHECK(staff_value("cert_expires", "2027-05-28") == "2027-05-28");
  CHECK(staff_value("cert_expires", "2027/5/8") == "2027-05-08");
  CHECK(staff_value("cert_expires", "") == "");
  CHECK_FALSE(staff_value("cert_expires", "2026-02-30").has_value());
  CHECK_FALSE(staff_value("cert_expires", "28/05/2027").has_value());
  CHECK_FALSE(staff_value("cert_expires", "2027/13/1").has_value());
  CHECK(expected_of(sjsj::staff_dictionary(), "cert_expires", "明年").find("YYYY-MM-DD") != std::string::npos);

  CHECK(staff_value("years", "23") == "23");
  CHECK(staff_value("years", "007") == "7");
  CHECK(staff_value("years", "") == "0");
  CHECK_FALSE(staff_value("years", "-1").has_value());
  CHECK_FALSE(staff_value("years", "2.5").has_value());
  CHECK_FALSE(staff_value("years", "十").has_value());

  CHECK(object_value("industry", "c2614") == "C2614");
  CHECK(object_value("industry", "Q84") == "Q84");
  CHECK_FALSE(object_value("industry", "2614").has_value());
  CHECK_FALSE(object_value("industry", "C26145").has_value());
  CHECK_FALSE(object_value("industry", "Z2614").has_value());
}

TEST_CASE("columns: recusals are a list of upper-cased codes") {
  CHECK(staff_value("recusals", "91500113ma5uamgd6w|91500113739760577C") ==
        R"(["91500113MA5UAMGD6W","91500113739760577C"])");
  CHECK(staff_value("recusals", "") == "[]");
}

TEST_CASE("columns: a header maps by key or Chinese header") {
  const auto& d = sjsj::object_dictionary();
  sjsj::ProblemList problems;
  const auto mapping =
      sjsj::map_header(d, header({"统一社会信用代码", " name ", "CATEGORY", "标签"}), "o.csv", problems);
  CHECK(problems.empty());
  REQUIRE(mapping.size() == 4);
  CHECK(d.columns[mapping[0]].key == "code");
  CHECK(d.columns[mapping[1]].key == "name");
  CHECK(d.columns[mapping[2]].key == "category");
  CHECK(d.columns[mapping[3]].key == "tags");
}

TEST_CASE("columns: header problems") {
  const auto& d = sjsj::object_dictionary();
  auto problems_of = [&](Strings fields) {
    sjsj::ProblemList problems;
    sjsj::map_header(d, header(std::move(fields)), "o.csv", problems);
    std::vector<sjsj::Problem> out;
    try {
      problems.throw_if_any();
    } catch (const sjsj::InputError& e) {
      out = e.problems();
    }
    return out;
  };
  SUBCASE("an unknown column lists the known ones") {
    const auto p = problems_of({"code", "name", "category", "colour"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].value == "colour");
    CHECK(p[0].where.line == 1);
    for (const auto& c : d.columns) {
      CHECK(p[0].expected.find(c.key) != std::string::npos);
      CHECK(p[0].expected.find(c.header) != std::string::npos);
    }
  }
  SUBCASE("a missing required column") {
    const auto p = problems_of({"code", "category"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].expected.find("name") != std::string::npos);
    CHECK(p[0].expected.find("单位名称") != std::string::npos);
    CHECK(p[0].render().rfind("o.csv:1: ", 0) == 0);
  }
  SUBCASE("a column given twice, once by key and once by header") {
    const auto p = problems_of({"code", "name", "category", "单位名称"});
    REQUIRE(p.size() == 1);
    CHECK(p[0].expected.find("twice") != std::string::npos);
  }
  SUBCASE("all problems of a header are reported together") {
    CHECK(problems_of({"colour", "size"}).size() == 5);  // 2 unknown + code, name, category missing
  }
}
