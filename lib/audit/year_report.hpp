#pragma once
// The auditor's view of one year (sjsj audit report): per quota what was planned, drawn, inspected
// and published; the disclosure rate against the seed's 100% target (二); and the anomalies an
// auditor asks about. Built from the database and the year's plan; reads only.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "lib/calendar/calendar.hpp"
#include "lib/plan/plan.hpp"
#include "lib/util/date.hpp"
#include "lib/util/report.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

struct QuotaAudit {
  std::string label;                      // 2026/1.2
  std::string item;                       // the item's name
  std::string target;                     // 检查对象
  std::optional<std::uint64_t> planned;   // the plan's declared count
  std::optional<std::int64_t> pool_size;  // of the current draw; nullopt before the draw
  std::optional<std::int64_t> drawn;      // k of the current draw
  std::int64_t inspected = 0;             // tasks of its picks with a current result
  std::int64_t published = 0;
  std::int64_t confidential = 0;
  std::int64_t overdue = 0;  // unpublished, public, deadline passed on as_of
};

struct YearReport {
  int year = 0;
  Date as_of;
  std::string authority;
  std::string document;
  Date issued;
  bool issued_late = false;  // after January 31 of the plan year (seed 三(五))

  std::vector<QuotaAudit> quotas;

  // Current results of the year's tasks.
  std::int64_t recorded = 0;
  std::int64_t confidential = 0;
  std::int64_t published = 0;
  std::int64_t overdue = 0;
  std::int64_t remote = 0;
  // published / (recorded - confidential); nullopt when nothing public was recorded.
  std::optional<double> disclosure_rate() const;
  std::optional<double> remote_share() const;

  // Anomalies, each a listing with English keys and Chinese display headers.
  Report redraws;            // label, drawn_on, redrawn_on, reason
  Report replaced_picks;     // label, rank, code, name, reason
  Report amended_results;    // task, code, inspected_on, amended_on, reason
  Report team_warnings;      // task, code, warnings
  Report frequent_visits;    // code, name, visits, limit
  Report late_publications;  // task, code, inspected_on, deadline, published_on, days_late, provisional

  std::vector<int> provisional_years;  // calendar years without data that some deadline needed
};

// Builds the report of `plan.year` as of `as_of`. Deadlines and their states (overdue, late) are
// those of lib/audit/deadlines.hpp on `calendar` (working_calendar(db) in the command).
YearReport build_year_report(SQLite::Database& db, const Plan& plan, const WorkingCalendar& calendar, Date as_of);

// table and md for people, json for scripts (stable keys, documented in docs/disclosure.md), html
// as a standalone page. Throws UsageError for csv.
void render_year_report(const YearReport& report, Format format, std::ostream& out);

}  // namespace sjsj
