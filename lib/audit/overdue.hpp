#pragma once
// The overdue report for cron (`sjsj audit overdue`): results not yet published whose deadline has
// passed, those due within N working days, and those published after their deadline.
#include <cstddef>
#include <vector>

#include "lib/audit/deadlines.hpp"
#include "lib/util/report.hpp"

namespace sjsj {

struct OverdueReport {
  Date as_of;
  int within = 5;
  // overdue (most days late first), then due (nearest deadline first), then late (by deadline);
  // ties by task id. Confidential results never appear (they are never published).
  std::vector<ResultDeadline> rows;
  std::size_t overdue = 0;
  std::size_t due = 0;
  std::size_t late = 0;
  std::vector<int> missing_years;  // calendars the listed deadlines lack (they are provisional)
};

// Classifies every current result on as_of (see deadline_status) and keeps the overdue, due and
// late ones.
OverdueReport overdue_report(SQLite::Database& db, const WorkingCalendar& calendar, Date as_of, int within);

// Columns task, code, name, inspected_on, deadline, state, days_late, provisional, published_on
// (null when not published on as_of).
Report overdue_table(const OverdueReport& report);

}  // namespace sjsj
