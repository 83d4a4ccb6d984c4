#include "lib/calendar/calendar.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "lib/util/embedded.hpp"
#include "lib/util/error.hpp"

using sjsj::CalendarYear;
using sjsj::Date;
using sjsj::WorkingCalendar;

namespace {

Date day(const char* text) {
  const auto d = Date::parse(text);
  REQUIRE_MESSAGE(d, text);
  return *d;
}

nlohmann::json load_vectors() {
  std::ifstream in(SJSJ_SHARED_DIR "/vectors/workdays.json");
  REQUIRE_MESSAGE(in, "cannot open " SJSJ_SHARED_DIR "/vectors/workdays.json");
  return nlohmann::json::parse(in);
}

// The problems of parsing `text`; fails the test if it parses.
std::vector<sjsj::Problem> problems_of(const std::string& text) {
  try {
    sjsj::parse_calendar_year(text, "test.yaml");
  } catch (const sjsj::InputError& e) {
    return e.problems();
  }
  FAIL("expected an InputError for:\n" << text);
  return {};
}

// A valid year to mutate line by line in the error tests; line numbers below refer to it.
const std::string k_valid_2026 =
    "year: 2026\n"                                          // 1
    "holidays:\n"                                           // 2
    "  - {name: 元旦, from: 2026-01-01, to: 2026-01-03}\n"  // 3
    "  - {name: 春节, from: 2026-02-15, to: 2026-02-23}\n"  // 4
    "working_weekends: [2026-01-04, 2026-02-14]\n";         // 5

}  // namespace

TEST_CASE("the built-in calendar agrees with every reference vector") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  const nlohmann::json vectors = load_vectors();
  REQUIRE(vectors.at("deadlines").size() >= 10);
  REQUIRE(vectors.at("days").size() >= 1);

  for (const auto& c : vectors.at("deadlines")) {
    const Date from = day(c.at("date").get<std::string>().c_str());
    const int n = c.at("plus_working_days").get<int>();
    const Date expected = day(c.at("deadline").get<std::string>().c_str());
    CAPTURE(c.dump());
    const WorkingCalendar::Deadline got = calendar.add_working_days(from, n);
    CHECK(got.date == expected);
    CHECK_FALSE(got.provisional);
    CHECK(got.missing_years.empty());
    // The inverse view: the deadline is exactly n working days on, the day before it one fewer.
    CHECK(calendar.working_days_between(from, expected) == n);
    CHECK(calendar.working_days_between(from, expected.plus_days(-1)) == n - 1);
  }
  for (const auto& c : vectors.at("days")) {
    CAPTURE(c.dump());
    CHECK(calendar.is_working_day(day(c.at("date").get<std::string>().c_str())) == c.at("is_working_day").get<bool>());
  }
}

TEST_CASE("the built-in years are 2025 and 2026, each with 248 working days") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  CHECK(calendar.years() == std::vector<int>{2025, 2026});
  CHECK(calendar.working_days_in_year(2025) == 248);
  CHECK(calendar.working_days_in_year(2026) == 248);
  // A year without data counts Monday–Friday: 2027 has 261 of them.
  CHECK(calendar.working_days_in_year(2027) == 261);
}

TEST_CASE("deadlines from the issue") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  // Across the 2025 National Day holiday (10/1–10/8, with 9/28 and 10/11 worked).
  CHECK(calendar.add_working_days(day("2025-09-26"), 20).date == day("2025-10-30"));
  // Across the 2026 Spring Festival (2/15–2/23, with 2/14 and 2/28 worked).
  CHECK(calendar.add_working_days(day("2026-02-10"), 20).date == day("2026-03-16"));
  // Across the 2026 Mid-Autumn and National Day holidays (9/20 and 10/10 worked).
  CHECK(calendar.add_working_days(day("2026-09-18"), 20).date == day("2026-10-22"));
}

TEST_CASE("holidays and adjusted weekends decide single days") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  CHECK(calendar.is_working_day(day("2026-02-28")));        // Saturday, declared a working day
  CHECK(calendar.is_working_day(day("2026-09-20")));        // Sunday, declared a working day
  CHECK_FALSE(calendar.is_working_day(day("2026-02-16")));  // Monday in the Spring Festival
  CHECK(calendar.is_working_day(day("2026-10-08")));        // Thursday: 2026's 国庆 ends 10/7
  CHECK_FALSE(calendar.is_working_day(day("2025-10-08")));  // Wednesday: 2025's 国庆 ends 10/8
  CHECK_FALSE(calendar.is_working_day(day("2026-03-07")));  // an ordinary Saturday
  CHECK(calendar.is_working_day(day("2026-03-09")));        // an ordinary Monday
}

TEST_CASE("a deadline reaching into a year without data is provisional and names the year") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();

  // Entirely inside 2026: firm.
  const auto firm = calendar.add_working_days(day("2026-11-02"), 20);
  CHECK(firm.date == day("2026-11-30"));
  CHECK_FALSE(firm.provisional);

  // 2026-12-20 is a Sunday: 9 working days in December, then Friday 2027-01-01 counted as a
  // working day because 2027 has no data yet, then 10 more.
  const auto into_2027 = calendar.add_working_days(day("2026-12-20"), 20);
  CHECK(into_2027.date == day("2027-01-15"));
  CHECK(into_2027.provisional);
  CHECK(into_2027.missing_years == std::vector<int>{2027});

  // Wholly in unknown years: 2027-12-20 is a Monday; 9 days in December, 11 in January 2028.
  const auto into_2028 = calendar.add_working_days(day("2027-12-20"), 20);
  CHECK(into_2028.date == day("2028-01-17"));
  CHECK(into_2028.provisional);
  CHECK(into_2028.missing_years == std::vector<int>{2027, 2028});

  // A deadline that ends on the last day of a known year does not touch the next one.
  const auto to_new_year_eve = calendar.add_working_days(day("2026-12-30"), 1);
  CHECK(to_new_year_eve.date == day("2026-12-31"));
  CHECK_FALSE(to_new_year_eve.provisional);
}

TEST_CASE("adding a year replaces provisional counting, and replaces an existing year") {
  WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  REQUIRE_FALSE(calendar.has_year(2027));

  // A made-up 2027 for the test: New Year's Day off, Sunday 2027-01-03 worked.
  CalendarYear y2027;
  y2027.year = 2027;
  y2027.holidays = {{"元旦", day("2027-01-01"), day("2027-01-01")}};
  y2027.working_weekends = {day("2027-01-03")};
  calendar.add_year(y2027);
  CHECK(calendar.has_year(2027));
  CHECK(calendar.years() == std::vector<int>{2025, 2026, 2027});
  CHECK_FALSE(calendar.is_working_day(day("2027-01-01")));
  CHECK(calendar.is_working_day(day("2027-01-03")));
  // Loses 1/1, gains 1/3: the same date as the provisional count, now firm.
  const auto firm = calendar.add_working_days(day("2026-12-20"), 20);
  CHECK(firm.date == day("2027-01-15"));
  CHECK_FALSE(firm.provisional);
  CHECK(calendar.working_days_in_year(2027) == 261);

  // Replace 2027 with a year that only takes 1/1 off: the deadline moves one working day.
  y2027.working_weekends.clear();
  calendar.add_year(y2027);
  CHECK(calendar.years() == std::vector<int>{2025, 2026, 2027});
  CHECK_FALSE(calendar.is_working_day(day("2027-01-03")));
  CHECK(calendar.add_working_days(day("2026-12-20"), 20).date == day("2027-01-18"));
  CHECK(calendar.working_days_in_year(2027) == 260);
  REQUIRE(calendar.find_year(2027));
  CHECK(calendar.find_year(2027)->working_weekends.empty());

  // Replacing a built-in year: a 2026 without holidays or 调休 is plain Monday–Friday.
  CalendarYear bare;
  bare.year = 2026;
  calendar.add_year(bare);
  CHECK(calendar.working_days_in_year(2026) == 261);
  CHECK(calendar.is_working_day(day("2026-02-16")));
  CHECK_FALSE(calendar.is_working_day(day("2026-02-28")));
}

TEST_CASE("add_year refuses a year that breaks the invariants and keeps the old one") {
  WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  CalendarYear bad;
  bad.year = 2026;
  bad.working_weekends = {day("2026-03-09")};  // a Monday
  CHECK_THROWS_AS(calendar.add_year(bad), sjsj::InputError);
  CHECK(calendar.working_days_in_year(2026) == 248);

  bad.working_weekends = {day("2025-12-27")};  // a Saturday, but of another year
  CHECK_THROWS_AS(calendar.add_year(bad), sjsj::InputError);
}

TEST_CASE("working days between two dates, for counting days late") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  // Published on 2026-10-23, one working day after the 2026-10-22 deadline.
  CHECK(calendar.working_days_between(day("2026-10-22"), day("2026-10-23")) == 1);
  // Over the weekend and into Monday: still only one working day late on Friday+Monday.
  CHECK(calendar.working_days_between(day("2026-10-22"), day("2026-10-26")) == 2);
  // 2026-09-30 to 2026-10-09: the holiday 10/1–10/7 and weekend 10/3–10/4 are not counted,
  // Thursday 10/8 and Friday 10/9 are.
  CHECK(calendar.working_days_between(day("2026-09-30"), day("2026-10-09")) == 2);
  CHECK(calendar.working_days_between(day("2026-10-22"), day("2026-10-22")) == 0);
  CHECK(calendar.working_days_between(day("2026-10-23"), day("2026-10-22")) == 0);
}

TEST_CASE("add_working_days: zero gives the date itself, a negative count is a bug") {
  const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  const auto same = calendar.add_working_days(day("2026-02-16"), 0);
  CHECK(same.date == day("2026-02-16"));
  CHECK_FALSE(same.provisional);
  // The first working day after the Spring Festival starts is 2026-02-24 (2/15–2/23 off).
  CHECK(calendar.add_working_days(day("2026-02-14"), 1).date == day("2026-02-24"));
  CHECK_THROWS_AS(calendar.add_working_days(day("2026-02-16"), -1), sjsj::Error);
}

TEST_CASE("parsing a year's YAML") {
  const CalendarYear y = sjsj::parse_calendar_year(
      "# a comment\n"
      "year: 2026\n"
      "source: 测试\n"
      "holidays:\n"
      "  - {name: 春节, from: 2026-02-15, to: 2026-02-23}\n"
      "  - {name: 元旦, from: 2026-01-01}\n"
      "working_weekends: [2026-02-28, 2026-01-04]\n",
      "t.yaml");
  CHECK(y.year == 2026);
  CHECK(y.source == "测试");
  REQUIRE(y.holidays.size() == 2);
  // Sorted by date; a single day without `to` ends where it starts.
  CHECK(y.holidays[0].name == "元旦");
  CHECK(y.holidays[0].to == day("2026-01-01"));
  CHECK(y.holidays[1].name == "春节");
  CHECK(y.working_weekends == std::vector<Date>{day("2026-01-04"), day("2026-02-28")});
  CHECK(y.holiday_dates().size() == 10);
}

TEST_CASE("canonical YAML round-trips every built-in year and odd text") {
  for (const sjsj::EmbeddedFile& file : sjsj::embedded_files()) {
    if (!file.path.starts_with("calendar/")) continue;
    CAPTURE(file.path);
    const CalendarYear parsed = sjsj::parse_calendar_year(file.content, std::string(file.path));
    const std::string canonical = sjsj::calendar_year_to_yaml(parsed);
    const CalendarYear reparsed = sjsj::parse_calendar_year(canonical, "canonical");
    CHECK(reparsed == parsed);
    CHECK(sjsj::calendar_year_to_yaml(reparsed) == canonical);
  }

  CalendarYear odd;
  odd.year = 2027;
  odd.source = "quote \" backslash \\ colon: hash # tab\t newline\n end";
  odd.holidays = {{"a: {b}, [c] #d", day("2027-02-01"), day("2027-02-03")},
                  {"元旦", day("2027-01-01"), day("2027-01-01")}};
  const std::string text = sjsj::calendar_year_to_yaml(odd);
  CHECK(text ==
        "year: 2027\n"
        "source: \"quote \\\" backslash \\\\ colon: hash # tab\\x09 newline\\x0A end\"\n"
        "holidays:\n"
        "  - {name: \"元旦\", from: 2027-01-01, to: 2027-01-01}\n"
        "  - {name: \"a: {b}, [c] #d\", from: 2027-02-01, to: 2027-02-03}\n"
        "working_weekends: []\n");
  const CalendarYear back = sjsj::parse_calendar_year(text, "odd");
  CHECK(back.source == odd.source);
  REQUIRE(back.holidays.size() == 2);
  CHECK(back.holidays[1].name == odd.holidays[0].name);
}

TEST_CASE("a bad date is reported at its line and column") {
  std::string text = k_valid_2026;
  text.replace(text.find("2026-02-23"), 10, "2026-02-30");
  const auto problems = problems_of(text);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].where.file == "test.yaml");
  CHECK(problems[0].where.line == 4);
  CHECK(problems[0].where.column_number == 38);  // characters, not bytes: 春节 is two
  CHECK(problems[0].where.column == "holidays[1].to");
  CHECK(problems[0].value == "2026-02-30");
  CHECK(problems[0].expected == "a date YYYY-MM-DD");
  CHECK(problems[0].render() == "test.yaml:4:38: column holidays[1].to: value \"2026-02-30\": a date YYYY-MM-DD");

  // A byte-order mark, as Windows editors write, moves nothing.
  const auto with_bom = problems_of("\xEF\xBB\xBF" + text);
  REQUIRE(with_bom.size() == 1);
  CHECK(with_bom[0].where.line == 4);
  CHECK(with_bom[0].where.column_number == 38);
}

TEST_CASE("an unknown key is reported at its line, top level and inside a holiday") {
  const auto top = problems_of(k_valid_2026 + "holiday: []\n");
  REQUIRE(top.size() == 1);
  CHECK(top[0].where.line == 6);
  CHECK(top[0].where.column_number == 1);
  CHECK(top[0].value == "holiday");

  std::string text = k_valid_2026;
  text.replace(text.find("to: 2026-01-03"), 2, "until");
  const auto inner = problems_of(text);
  REQUIRE(inner.size() == 1);
  CHECK(inner[0].where.line == 3);
  CHECK(inner[0].where.column == "holidays[0].until");
  CHECK(inner[0].value == "until");
}

TEST_CASE("each broken rule is reported, all at once, where it happens") {
  const auto problems = problems_of(
      "year: 2026\n"                                          // 1
      "holidays:\n"                                           // 2
      "  - {name: 元旦, from: 2025-12-31, to: 2026-01-03}\n"  // 3: starts outside the year
      "  - {name: 春节, from: 2026-02-23, to: 2026-02-15}\n"  // 4: ends before it starts
      "  - {name: 清明节, from: 2026-04-04, to: 2026-04-06}\n"
      "  - {name: 又一个, from: 2026-04-06, to: 2026-04-08}\n"  // 6: overlaps 清明节
      "working_weekends:\n"
      "  - 2026-01-05\n"  // 8: a Monday
      "  - 2026-04-05\n"  // 9: inside 清明节
      "  - 2026-02-28\n"
      "  - 2026-02-28\n");  // 11: listed twice
  std::vector<std::size_t> lines;
  for (const auto& p : problems) lines.push_back(p.where.line);
  CHECK(lines == std::vector<std::size_t>{3, 4, 6, 8, 9, 11});
  REQUIRE(problems.size() == 6);
  CHECK(problems[0].expected.find("2026") != std::string::npos);
  CHECK(problems[1].where.column == "holidays[1].to");
  CHECK(problems[2].expected.find("清明节") != std::string::npos);
  CHECK(problems[3].expected.find("Saturday or Sunday") != std::string::npos);
  CHECK(problems[4].expected.find("清明节") != std::string::npos);
  CHECK(problems[5].expected.find("once") != std::string::npos);
}

TEST_CASE("missing keys, a bad year and broken YAML are refused") {
  const auto no_year = problems_of("holidays: []\nworking_weekends: []\n");
  REQUIRE(no_year.size() == 1);
  CHECK(no_year[0].where.column == "year");
  CHECK(no_year[0].where.line == 0);  // the whole file is at fault
  CHECK_FALSE(no_year[0].has_value);

  const auto no_lists = problems_of("year: 2026\n");
  CHECK(no_lists.size() == 2);

  const auto bad_year = problems_of("year: 26\nholidays: []\nworking_weekends: []\n");
  REQUIRE(bad_year.size() == 1);
  CHECK(bad_year[0].where.line == 1);
  CHECK(bad_year[0].value == "26");

  const auto not_a_map = problems_of("- 2026-01-01\n");
  REQUIRE(not_a_map.size() == 1);

  const auto syntax = problems_of("year: 2026\nholidays: [2026-01-01\nworking_weekends: []\n");
  REQUIRE(syntax.size() == 1);
  CHECK(syntax[0].where.line >= 2);
  CHECK(syntax[0].expected.find("valid YAML") == 0);

  const auto empty = problems_of("");
  CHECK(empty.size() == 1);
}
