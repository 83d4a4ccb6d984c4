// Regressions of the robustness suite (tests/robustness, tests/fuzz): hostile inputs that once
// ended in an unclear message or a crash, each refused with a located, readable problem.
#include <doctest/doctest.h>

#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "lib/disclosure/xlsx_check.hpp"
#include "lib/plan/plan_file.hpp"
#include "lib/util/csv_reader.hpp"
#include "lib/util/error.hpp"

namespace {

std::string plan_error(const std::string& text) {
  try {
    sjsj::parse_plan(text, "p.yaml");
  } catch (const sjsj::InputError& e) {
    return e.what();
  }
  return "";
}

std::string csv_error(const std::string& text) {
  std::istringstream in(text);
  sjsj::CsvReader reader(in, "f.csv", sjsj::Encoding::utf8);
  sjsj::CsvRecord record;
  try {
    while (reader.next(record)) {
    }
  } catch (const sjsj::InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("robustness: YAML nested hundreds of levels deep is refused as too deep, not as a 'bad file'") {
  const std::string deep = "year: 2026\nitems: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  const std::string message = plan_error(deep);
  CHECK(message.find("p.yaml:2:") != std::string::npos);
  CHECK(message.find("nested") != std::string::npos);
  CHECK(message.find("bad file") == std::string::npos);
  // A few levels are only the plan's own problems (missing keys), not nesting.
  CHECK(plan_error("year: 2026\nitems: [[[]]]\n").find("nested") == std::string::npos);
}

TEST_CASE("robustness: an over-long field or line names the field limit") {
  const std::string unquoted = "a,b\n1," + std::string(3u << 20, 'x') + "\n";
  const std::string m1 = csv_error(unquoted);
  CHECK(m1.find("f.csv:2:") != std::string::npos);
  CHECK(m1.find("a field may hold at most 1048576 bytes") != std::string::npos);

  std::string quoted = "a,b\n1,\"";
  for (int i = 0; i < 10000; ++i) quoted += std::string(999, 'x') + "\n";
  quoted += "\"\n";
  const std::string m2 = csv_error(quoted);
  CHECK(m2.find("f.csv:2:") != std::string::npos);
  CHECK(m2.find("the limit of 1048576") != std::string::npos);
}

TEST_CASE("robustness: a stray comma after a top-level node is refused, not an endless loop (fuzz_plan)") {
  // yaml-cpp 0.7 reports an empty document for these without consuming input, for ever.
  for (const char* text : {",a#: &a#: &x [ t\n", "[a], b\n", "- a\n,\n", ",\n"}) {
    const std::string message = plan_error(text);
    CAPTURE(text);
    CHECK(message.find("p.yaml:") != std::string::npos);
    CHECK(message.find("\",\"") != std::string::npos);
  }
}

namespace {

void put_le(std::string& out, std::uint32_t v, int width) {
  for (int i = 0; i < width; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

// A ZIP of stored (uncompressed) parts, as the check reads it: local headers, central directory,
// end record. CRCs are left zero (the check does not use them).
std::string stored_zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string body, directory;
  for (const auto& [name, data] : parts) {
    const auto offset = static_cast<std::uint32_t>(body.size());
    const auto size = static_cast<std::uint32_t>(data.size());
    const auto name_len = static_cast<std::uint32_t>(name.size());
    put_le(body, 0x04034b50, 4);
    put_le(body, 20, 2), put_le(body, 0, 2), put_le(body, 0, 2), put_le(body, 0, 4);
    put_le(body, 0, 4), put_le(body, size, 4), put_le(body, size, 4);
    put_le(body, name_len, 2), put_le(body, 0, 2);
    body += name + data;
    put_le(directory, 0x02014b50, 4);
    put_le(directory, 20, 2), put_le(directory, 20, 2), put_le(directory, 0, 2), put_le(directory, 0, 2);
    put_le(directory, 0, 4), put_le(directory, 0, 4), put_le(directory, size, 4), put_le(directory, size, 4);
    put_le(directory, name_len, 2), put_le(directory, 0, 2), put_le(directory, 0, 2), put_le(directory, 0, 2);
    put_le(directory, 0, 2), put_le(directory, 0, 4), put_le(directory, offset, 4);
    directory += name;
  }
  std::string zip = body + directory;
  put_le(zip, 0x06054b50, 4);
  put_le(zip, 0, 2), put_le(zip, 0, 2);
  put_le(zip, static_cast<std::uint32_t>(parts.size()), 2), put_le(zip, static_cast<std::uint32_t>(parts.size()), 2);
  put_le(zip, static_cast<std::uint32_t>(directory.size()), 4), put_le(zip, static_cast<std::uint32_t>(body.size()), 4);
  put_le(zip, 0, 2);
  return zip;
}

}  // namespace

TEST_CASE("robustness: a workbook whose parts were cut short by a failed write is not taken as written") {
  const std::string sst = "<?xml version=\"1.0\"?>\n<sst count=\"1\"><si><t>检查</t></si></sst>\n";
  CHECK(sjsj::xlsx_package_problem(stored_zip({{"xl/sharedStrings.xml", sst}, {"[Content_Types].xml", "<Types/>"}})) ==
        "");
  // libxlsxwriter zipped a temporary file that stopped at the file size limit.
  CHECK(sjsj::xlsx_package_problem(stored_zip({{"xl/sharedStrings.xml", sst.substr(0, 40)}})) ==
        "xl/sharedStrings.xml is cut short");
  CHECK(sjsj::xlsx_package_problem(stored_zip({{"xl/sharedStrings.xml", sst.substr(0, sst.size() - 12)}})) ==
        "xl/sharedStrings.xml is cut short");
  // Cut inside a character.
  CHECK(sjsj::xlsx_package_problem(stored_zip({{"a.xml", "<a>\xE6\xA3</a>"}})) == "a.xml is cut short");
  const std::string whole = stored_zip({{"xl/sharedStrings.xml", sst}});
  CHECK(sjsj::xlsx_package_problem(whole.substr(0, whole.size() - 5)).find("cut short") != std::string::npos);
  CHECK(sjsj::xlsx_package_problem("").find("cut short") != std::string::npos);
}
