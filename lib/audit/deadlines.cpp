#include "lib/audit/deadlines.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>

#include "lib/util/error.hpp"

namespace sjsj {

WorkingCalendar::Deadline publication_deadline(const WorkingCalendar& calendar, Date inspected_on) {
  return calendar.add_working_days(inspected_on, k_publication_working_days);
}

std::string_view deadline_state_name(DeadlineState state) {
  switch (state) {
    case DeadlineState::withheld:
      return "withheld";
    case DeadlineState::pending:
      return "pending";
    case DeadlineState::due:
      return "due";
    case DeadlineState::overdue:
      return "overdue";
    case DeadlineState::on_time:
      return "on_time";
    case DeadlineState::late:
      return "late";
  }
  return "pending";
}

DeadlineStatus deadline_status(const WorkingCalendar& calendar, Date inspected_on, bool confidential,
                               std::optional<Date> published_on, Date as_of, int within) {
  DeadlineStatus s;
  s.deadline = publication_deadline(calendar, inspected_on);
  const Date deadline = s.deadline.date;
  if (confidential) {
    s.state = DeadlineState::withheld;
    return s;
  }
  if (published_on && *published_on <= as_of) {
    if (*published_on > deadline) {
      s.state = DeadlineState::late;
      s.days_late = calendar.working_days_between(deadline, *published_on);
    } else {
      s.state = DeadlineState::on_time;
    }
    return s;
  }
  if (as_of > deadline) {
    s.state = DeadlineState::overdue;
    s.days_late = calendar.working_days_between(deadline, as_of);
    return s;
  }
  s.days_left = calendar.working_days_between(as_of, deadline);
  s.state = s.days_left <= within ? DeadlineState::due : DeadlineState::pending;
  return s;
}

namespace {

Date stored_date(const SQLite::Column& c, const std::string& what) {
  const std::string text = c.getString();
  const auto d = Date::parse(text);
  if (!d) throw Error(ExitCode::internal, fmt::format("{}: stored date \"{}\" is not YYYY-MM-DD", what, text));
  return *d;
}

}  // namespace

std::vector<ResultDeadline> result_deadlines(SQLite::Database& db, const WorkingCalendar& calendar, Date as_of,
                                             int within) {
  SQLite::Statement q(db,
                      "SELECT r.id, r.task_id, t.period, t.object_code, COALESCE(o.name, ''), r.inspected_on, "
                      "r.outcome, r.confidential <> '', p.published_on, p.id "
                      "FROM results r JOIN tasks t ON t.id = r.task_id "
                      "LEFT JOIN objects o ON o.code = t.object_code "
                      "LEFT JOIN published_results pr ON pr.result_id = r.id "
                      "LEFT JOIN publications p ON p.id = pr.publication_id "
                      "WHERE r.superseded_by IS NULL AND r.inspected_on <= ? "
                      "ORDER BY r.task_id");
  q.bind(1, as_of.to_string());
  std::vector<ResultDeadline> out;
  while (q.executeStep()) {
    ResultDeadline r;
    r.result_id = q.getColumn(0).getInt64();
    r.task = q.getColumn(1).getString();
    r.period = q.getColumn(2).getString();
    r.code = q.getColumn(3).getString();
    r.name = q.getColumn(4).getString();
    const std::string what = fmt::format("result of task {}", r.task);
    r.inspected_on = stored_date(q.getColumn(5), what);
    r.outcome = q.getColumn(6).getString();
    r.confidential = q.getColumn(7).getInt() != 0;
    if (!q.getColumn(8).isNull()) {
      r.published_on = stored_date(q.getColumn(8), what);
      r.publication_id = q.getColumn(9).getInt64();
    }
    r.status = deadline_status(calendar, r.inspected_on, r.confidential, r.published_on, as_of, within);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<int> missing_calendar_years(const std::vector<ResultDeadline>& results, bool include_withheld) {
  std::vector<int> years;
  for (const auto& r : results) {
    if (r.status.state == DeadlineState::withheld && !include_withheld) continue;
    years.insert(years.end(), r.status.deadline.missing_years.begin(), r.status.deadline.missing_years.end());
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

std::string provisional_warning(const std::vector<int>& years) {
  if (years.empty()) return {};
  std::string list;
  for (int y : years) list += fmt::format("{}{}", list.empty() ? "" : ", ", y);
  return fmt::format(
      "no working-day calendar for {}: deadlines reaching into {} are counted on weekdays only and marked "
      "provisional; load the State Council's holiday notice with `sjsj calendar load FILE` (see docs/results.md)",
      list, years.size() == 1 ? "it" : "them");
}

}  // namespace sjsj
