// Publication deadlines (20 working days), provisional ones, and the overdue classification.
#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "lib/audit/deadlines.hpp"
#include "lib/audit/overdue.hpp"
#include "lib/calendar/calendar_store.hpp"
#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"
#include "tests/unit/temp_dir.hpp"

using sjsj::Date;
using sjsj::DeadlineState;

namespace {

namespace fs = std::filesystem;

Date day(const char* text) {
  const auto d = Date::parse(text);
  REQUIRE_MESSAGE(d, text);
  return *d;
}

const sjsj::WorkingCalendar& builtin() {
  static const sjsj::WorkingCalendar c = sjsj::WorkingCalendar::with_builtin_years();
  return c;
}

sjsj::DeadlineStatus status(const char* inspected, const char* as_of, std::optional<const char*> published = {},
                            bool confidential = false, int within = 5) {
  std::optional<Date> p;
  if (published) p = day(*published);
  return sjsj::deadline_status(builtin(), day(inspected), confidential, p, day(as_of), within);
}

const char* k_2027 =
    "year: 2027\nsource: test data, not an official notice\nholidays:\n"
    "  - {name: 元旦, from: 2027-01-01, to: 2027-01-03}\nworking_weekends: []\n";

}  // namespace

TEST_CASE("deadline: the 20th working day after the check, the day itself not counted") {
  CHECK(sjsj::publication_deadline(builtin(), day("2025-09-26")).date == day("2025-10-30"));
  CHECK(sjsj::publication_deadline(builtin(), day("2026-02-10")).date == day("2026-03-16"));
  CHECK(sjsj::publication_deadline(builtin(), day("2026-09-18")).date == day("2026-10-22"));
  CHECK(sjsj::publication_deadline(builtin(), day("2026-09-24")).date == day("2026-10-29"));
  CHECK_FALSE(sjsj::publication_deadline(builtin(), day("2026-09-24")).provisional);
}

TEST_CASE("deadline: a year without a calendar makes it provisional until the year is loaded") {
  const auto d = sjsj::publication_deadline(builtin(), day("2026-12-18"));
  CHECK(d.provisional);
  CHECK(d.missing_years == std::vector<int>{2027});
  CHECK(d.date == day("2027-01-15"));  // weekdays only
  CHECK(sjsj::provisional_warning({2027}).find("sjsj calendar load FILE") != std::string::npos);
  CHECK(sjsj::provisional_warning({}).empty());

  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  {
    sjsj::WriteSession s(store);
    const auto load = sjsj::load_calendar_year(s, k_2027, "2027.yaml");
    CHECK(load.change == sjsj::CalendarChange::added);
    const auto& digests = s.digests().current();
    CHECK(sjsj::digest_to_hex(digests.at("calendar_years")) ==
          sjsj::digest_to_hex(sjsj::scan_table_digest(s.db(), "calendar_years")));
    s.commit("calendar load", nlohmann::json::object(), "2026-12-01T00:00:00Z");
  }
  const auto calendar = sjsj::working_calendar(store.db());
  const auto firm = sjsj::publication_deadline(calendar, day("2026-12-18"));
  CHECK_FALSE(firm.provisional);
  CHECK(firm.date == day("2027-01-18"));  // 2027-01-01 is a holiday now
  CHECK(sjsj::calendar_year_info(store.db(), 2027).origin == sjsj::CalendarOrigin::loaded);
  CHECK(sjsj::calendar_year_info(store.db(), 2026).origin == sjsj::CalendarOrigin::builtin);
  CHECK(sjsj::calendar_year_info(store.db(), 2026).working_days == 248);
  CHECK(sjsj::calendar_year_info(store.db(), 2028).origin == sjsj::CalendarOrigin::none);
  {
    sjsj::WriteSession s(store);
    CHECK(sjsj::load_calendar_year(s, k_2027, "again.yaml").change == sjsj::CalendarChange::unchanged);
    std::string changed = k_2027;
    changed += "# a comment does not change the canonical text\n";
    CHECK(sjsj::load_calendar_year(s, changed, "again.yaml").change == sjsj::CalendarChange::unchanged);
    const std::string other = "year: 2027\nholidays: []\nworking_weekends: []\n";
    CHECK(sjsj::load_calendar_year(s, other, "other.yaml").change == sjsj::CalendarChange::replaced);
    CHECK(sjsj::digest_to_hex(s.digests().current().at("calendar_years")) ==
          sjsj::digest_to_hex(sjsj::scan_table_digest(s.db(), "calendar_years")));
  }
}

TEST_CASE("deadline states over the October holiday") {
  // Inspected 2026-09-24, deadline 2026-10-29.
  auto s = status("2026-09-24", "2026-11-03");
  CHECK(s.state == DeadlineState::overdue);
  CHECK(s.days_late == 3);
  s = status("2026-09-24", "2026-10-27");
  CHECK(s.state == DeadlineState::due);
  CHECK(s.days_left == 2);
  CHECK(s.days_late == 0);
  s = status("2026-09-24", "2026-10-29");
  CHECK(s.state == DeadlineState::due);
  CHECK(s.days_left == 0);
  s = status("2026-09-24", "2026-10-20");
  CHECK(s.state == DeadlineState::pending);
  CHECK(s.days_left == 7);
  CHECK(status("2026-09-24", "2026-10-20", {}, false, 7).state == DeadlineState::due);
  // Friday deadline, Saturday as-of: the deadline has passed, by no working day yet.
  s = status("2026-09-25", "2026-10-31");
  CHECK(s.deadline.date == day("2026-10-29"));
  s = status("2026-09-23", "2026-10-31");
  CHECK(s.deadline.date == day("2026-10-28"));
  CHECK(status("2026-10-02", "2026-10-31").deadline.date == day("2026-11-03"));
  const auto sat = status("2026-09-28", "2026-11-01");  // deadline 2026-10-30 (Friday)
  CHECK(sat.deadline.date == day("2026-10-30"));
  CHECK(sat.state == DeadlineState::overdue);
  CHECK(sat.days_late == 0);
  // Published: on time, late, or after as-of (not yet, on as-of).
  CHECK(status("2026-09-24", "2026-11-03", "2026-10-29").state == DeadlineState::on_time);
  s = status("2026-09-24", "2026-11-10", "2026-11-03");
  CHECK(s.state == DeadlineState::late);
  CHECK(s.days_late == 3);
  CHECK(status("2026-09-24", "2026-11-02", "2026-11-03").state == DeadlineState::overdue);
  // Confidential results are withheld, whatever the date.
  CHECK(status("2026-09-24", "2026-12-31", {}, true).state == DeadlineState::withheld);
}

TEST_CASE("overdue report from the database") {
  sjsj::test::TempDir tmp;
  sjsj::Store store(tmp.file.string(), sjsj::Store::Access::read_write);
  {
    sjsj::WriteSession s(store);
    auto& db = s.db();
    db.exec(
        "INSERT INTO objects (code, name, category, created_seq) VALUES ('C1','一厂','重点',0), "
        "('C2','二厂','重点',0)");
    db.exec(
        "INSERT INTO tasks (id, year, period, object_code, ledger_seq) VALUES ('T1', 2026, '2026', 'C1', 0), "
        "('T2', 2026, '2026', 'C2', 0), ('T3', 2026, '2026', 'C1x', 0), ('T4', 2026, '2026', 'C2x', 0), "
        "('T5', 2026, '2026', 'C5', 0), ('T6', 2026, '2026', 'C6', 0)");
    db.exec(
        "INSERT INTO results (id, task_id, inspected_on, outcome, mode, confidential, recorded_on, ledger_seq, "
        "superseded_by) VALUES "
        "(1, 'T1', '2026-09-24', 'no_issue', 'onsite', '', '2026-09-25', 0, NULL),"          // overdue, 3 days
        "(2, 'T2', '2026-09-30', 'no_issue', 'onsite', '', '2026-09-30', 0, NULL),"          // due 2026-11-03
        "(3, 'T3', '2026-09-01', 'no_issue', 'onsite', '国家安全', '2026-09-01', 0, NULL),"  // withheld
        "(4, 'T4', '2026-09-01', 'no_issue', 'onsite', '', '2026-09-01', 0, NULL),"          // published late
        "(5, 'T5', '2026-10-30', 'no_issue', 'onsite', '', '2026-10-30', 0, NULL),"          // pending
        "(6, 'T6', '2026-12-20', 'no_issue', 'onsite', '', '2026-12-20', 0, NULL),"          // after as-of
        "(7, 'T1', '2026-09-01', 'no_issue', 'onsite', '', '2026-09-01', 0, 1)");            // superseded
    db.exec("INSERT INTO publications (id, year, published_on, ledger_seq) VALUES (1, 2026, '2026-10-12', 0)");
    db.exec("INSERT INTO published_results (publication_id, result_id, row_no) VALUES (1, 4, 1)");
    s.commit("seed", nlohmann::json::object(), "2026-11-03T00:00:00Z");
  }
  const auto calendar = sjsj::working_calendar(store.db());
  const auto report = sjsj::overdue_report(store.db(), calendar, day("2026-11-03"), 5);
  REQUIRE(report.rows.size() == 3);
  CHECK(report.overdue == 1);
  CHECK(report.due == 1);
  CHECK(report.late == 1);
  CHECK(report.rows[0].task == "T1");
  CHECK(report.rows[0].name == "一厂");
  CHECK(report.rows[0].status.days_late == 3);
  CHECK(report.rows[1].task == "T2");
  CHECK(report.rows[1].status.deadline.date == day("2026-11-03"));
  CHECK(report.rows[2].task == "T4");
  CHECK(report.rows[2].status.state == DeadlineState::late);
  CHECK(report.missing_years.empty());
  const auto table = sjsj::overdue_table(report);
  REQUIRE(table.columns.size() == 9);
  CHECK(table.rows[0][5] == "overdue");
  CHECK(table.rows[0][8].is_null());
  CHECK(table.rows[2][8] == "2026-10-12");

  // Later, the December result's deadline needs 2027: provisional.
  const auto later = sjsj::overdue_report(store.db(), calendar, day("2027-01-20"), 5);
  CHECK(later.missing_years == std::vector<int>{2027});
  CHECK(later.overdue == 4);
}
