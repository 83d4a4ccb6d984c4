// The streaming CSV reader: RFC 4180 quoting, CRLF and LF, line numbers, located errors.
#include "lib/util/csv_reader.hpp"

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <sstream>
#include <string>
#include <vector>

#include "lib/util/error.hpp"

namespace {

using Fields = std::vector<std::string>;

std::vector<sjsj::CsvRecord> read_all(const std::string& text, sjsj::Encoding enc = sjsj::Encoding::auto_detect,
                                      sjsj::CsvLimits limits = {}) {
  std::istringstream in(text);
  sjsj::CsvReader reader(in, "t.csv", enc, limits);
  std::vector<sjsj::CsvRecord> out;
  sjsj::CsvRecord r;
  while (reader.next(r)) out.push_back(r);
  return out;
}

// The single problem of the InputError that reading `text` throws.
sjsj::Problem read_error(const std::string& text) {
  try {
    read_all(text);
  } catch (const sjsj::InputError& e) {
    REQUIRE(e.problems().size() == 1);
    return e.problems().front();
  }
  FAIL("no InputError for: " << text);
  return {};
}

}  // namespace

TEST_CASE("csv: plain records, LF and CRLF") {
  for (std::string nl : {"\n", "\r\n"}) {
    INFO("newline ", nl.size());
    const auto r = read_all("a,b,c" + nl + "1,2,3" + nl + "4,5,6" + nl);
    REQUIRE(r.size() == 3);
    CHECK(r[0].fields == Fields{"a", "b", "c"});
    CHECK(r[1].fields == Fields{"1", "2", "3"});
    CHECK(r[2].fields == Fields{"4", "5", "6"});
    CHECK(r[2].line == 3);
  }
  // No newline at the end of the last record.
  const auto last = read_all("a,b\n1,2");
  REQUIRE(last.size() == 2);
  CHECK(last[1].fields == Fields{"1", "2"});
}

TEST_CASE("csv: quoted fields hold commas, quotes and newlines") {
  const auto r = read_all(
      "name,monitoring\n"
      "\"重庆巴南示例化工有限公司\",\"在线监测,手工监测\"\n"
      "\"say \"\"hi\"\"\",\"two\nlines\"\n"
      "\"crlf\",\"a\r\nb\"\r\n"
      "last,x\n");
  REQUIRE(r.size() == 5);
  CHECK(r[1].fields == Fields{"重庆巴南示例化工有限公司", "在线监测,手工监测"});
  CHECK(r[2].fields == Fields{"say \"hi\"", "two\nlines"});
  CHECK(r[3].fields[0] == "crlf");
  CHECK(r[3].fields[1].find('\n') != std::string::npos);
  CHECK(r[3].fields[1].front() == 'a');
  CHECK(r[3].fields[1].back() == 'b');
  SUBCASE("a record's line is the line it starts on") {
    CHECK(r[0].line == 1);
    CHECK(r[1].line == 2);
    CHECK(r[2].line == 3);  // spans lines 3-4
    CHECK(r[3].line == 5);  // spans lines 5-6
    CHECK(r[4].line == 7);
  }
}

TEST_CASE("csv: empty fields are kept") {
  const auto r = read_all("a,b,c\n,,\n1,,3\n1,2,\n\"\",x,\"\"\n");
  REQUIRE(r.size() == 5);
  CHECK(r[1].fields == Fields{"", "", ""});
  CHECK(r[2].fields == Fields{"1", "", "3"});
  CHECK(r[3].fields == Fields{"1", "2", ""});
  CHECK(r[4].fields == Fields{"", "x", ""});
}

TEST_CASE("csv: blank lines are skipped but counted") {
  const auto r = read_all("a,b\n\n1,2\r\n\r\n\n3,4\n");
  REQUIRE(r.size() == 3);
  CHECK(r[1].line == 3);
  CHECK(r[2].line == 6);
}

TEST_CASE("csv: errors name the file and the line") {
  SUBCASE("a quoted field left open at the end names the line it starts on") {
    const auto p = read_error("a,b\n1,2\n3,\"open\n4,5\n6,7\n");
    CHECK(p.where.file == "t.csv");
    CHECK(p.where.line == 3);
    CHECK(p.expected.find("quote") != std::string::npos);
    CHECK(p.render().rfind("t.csv:3: ", 0) == 0);
  }
  SUBCASE("a quote inside an unquoted field") {
    const auto p = read_error("a,b\n1,2\n3,ab\"c\n");
    CHECK(p.where.line == 3);
  }
  SUBCASE("text after a closing quote") {
    const auto p = read_error("a,b\n\"x\"y,2\n");
    CHECK(p.where.line == 2);
  }
  SUBCASE("bad bytes in the input") {
    const auto p = read_error("a,b\n1,2\n3,\xFF\n");
    CHECK(p.where.line == 3);
    CHECK(p.where.column_number == 3);
    CHECK(p.render().rfind("t.csv:3:3: ", 0) == 0);
  }
  SUBCASE("a field beyond the limit") {
    CHECK_THROWS_AS(read_all("a,b\n1," + std::string(100, 'x') + "\n", sjsj::Encoding::utf8, {.max_field_bytes = 50}),
                    sjsj::InputError);
    CHECK_THROWS_AS(read_all("a,b,c,d\n", sjsj::Encoding::utf8, {.max_columns = 3}), sjsj::InputError);
  }
}

TEST_CASE("csv: long input across chunk boundaries keeps fields and line numbers") {
  // More than one 64 KiB read, with multi-byte characters and quoted newlines throughout.
  std::string text = "code,name\n";
  std::size_t line = 2;
  std::vector<std::size_t> starts;
  for (int i = 0; i < 6000; ++i) {
    starts.push_back(line);
    if (i % 7 == 0) {
      text += fmt::format("{},\"重庆\n巴南{}\"\n", i, i);
      line += 2;
    } else {
      text += fmt::format("{},重庆巴南示例{}\n", i, i);
      line += 1;
    }
  }
  REQUIRE(text.size() > (1u << 17));
  const auto r = read_all(text);
  REQUIRE(r.size() == 6001);
  for (int i = 0; i < 6000; i += 997) {
    const auto& rec = r[static_cast<std::size_t>(i) + 1];
    INFO(i);
    CHECK(rec.line == starts[static_cast<std::size_t>(i)]);
    CHECK(rec.fields[0] == std::to_string(i));
    CHECK(rec.fields[1] == (i % 7 == 0 ? fmt::format("重庆\n巴南{}", i) : fmt::format("重庆巴南示例{}", i)));
  }
  CHECK(r.back().fields[0] == "5999");
}

TEST_CASE("csv: GB18030 input is decoded before parsing") {
  // 重庆 in GBK, CRLF, a quoted field with a comma.
  const auto r = read_all("town,x\r\n\"\xD6\xD8\xC7\xEC,1\",2\r\n");
  REQUIRE(r.size() == 2);
  CHECK(r[1].fields == Fields{"重庆,1", "2"});
  std::istringstream in("a\n1\n");
  sjsj::CsvReader reader(in, "t.csv", sjsj::Encoding::gb18030);
  sjsj::CsvRecord rec;
  CHECK(reader.next(rec));
  CHECK(reader.encoding() == sjsj::Encoding::gb18030);
}
