#include "lib/audit/overdue.hpp"

#include <algorithm>
#include <tuple>

namespace sjsj {
namespace {

int state_rank(DeadlineState s) {
  switch (s) {
    case DeadlineState::overdue:
      return 0;
    case DeadlineState::due:
      return 1;
    case DeadlineState::late:
      return 2;
    default:
      return 3;
  }
}

}  // namespace

OverdueReport overdue_report(SQLite::Database& db, const WorkingCalendar& calendar, Date as_of, int within) {
  OverdueReport report;
  report.as_of = as_of;
  report.within = within;
  for (auto& r : result_deadlines(db, calendar, as_of, within)) {
    switch (r.status.state) {
      case DeadlineState::overdue:
        ++report.overdue;
        break;
      case DeadlineState::due:
        ++report.due;
        break;
      case DeadlineState::late:
        ++report.late;
        break;
      default:
        continue;
    }
    report.rows.push_back(std::move(r));
  }
  std::sort(report.rows.begin(), report.rows.end(), [](const ResultDeadline& a, const ResultDeadline& b) {
    const int ra = state_rank(a.status.state), rb = state_rank(b.status.state);
    // overdue: most late first; due and late: earliest deadline first.
    const int lateness_a = ra == 0 ? -a.status.days_late : 0, lateness_b = rb == 0 ? -b.status.days_late : 0;
    return std::tie(ra, lateness_a, a.status.deadline.date, a.task) <
           std::tie(rb, lateness_b, b.status.deadline.date, b.task);
  });
  report.missing_years = missing_calendar_years(report.rows);
  return report;
}

Report overdue_table(const OverdueReport& report) {
  Report t;
  t.columns = {{"task", "任务编号"},         {"code", "统一社会信用代码"}, {"name", "检查对象名称"},
               {"inspected_on", "检查日期"}, {"deadline", "公示期限"},     {"state", "状态"},
               {"days_late", "逾期工作日"},  {"provisional", "期限暂定"},  {"published_on", "公示日期"}};
  for (const auto& r : report.rows) {
    t.rows.push_back({r.task, r.code, r.name, r.inspected_on.to_string(), r.status.deadline.date.to_string(),
                      std::string(deadline_state_name(r.status.state)), r.status.days_late,
                      r.status.deadline.provisional,
                      // A publication after as_of had not happened on that day.
                      r.published_on && *r.published_on <= report.as_of ? nlohmann::json(r.published_on->to_string())
                                                                        : nlohmann::json(nullptr)});
  }
  return t;
}

}  // namespace sjsj
