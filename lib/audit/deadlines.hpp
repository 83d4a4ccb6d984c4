#pragma once
// The publication deadline of every result and where each stands on a given day. Seed 三(六):
// a result is published within 20 working days of the check, the day of the check not counted.
// Used by `record` (the deadline it prints), `audit overdue`, and `audit report`.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/calendar/calendar.hpp"
#include "lib/util/date.hpp"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace sjsj {

// Working days allowed between the check and its publication.
inline constexpr int k_publication_working_days = 20;

// The 20th working day after inspected_on. Provisional (with the years missing) when it needs a
// year the calendar has no data for.
WorkingCalendar::Deadline publication_deadline(const WorkingCalendar& calendar, Date inspected_on);

enum class DeadlineState {
  withheld,  // confidential: never published, no deadline applies
  pending,   // not published; the deadline is more than `within` working days away
  due,       // not published; the deadline is at most `within` working days away (or today)
  overdue,   // not published and the deadline has passed
  on_time,   // published on or before the deadline
  late,      // published after the deadline
};
// withheld, pending, due, overdue, on_time, late: the names in every output.
std::string_view deadline_state_name(DeadlineState state);

struct DeadlineStatus {
  WorkingCalendar::Deadline deadline;  // also computed for withheld results
  DeadlineState state = DeadlineState::pending;
  // overdue: working days in (deadline, as_of]; late: in (deadline, published_on]; else 0. It can
  // be 0 when the deadline passed only by a weekend or holiday.
  int days_late = 0;
  // pending and due: working days in (as_of, deadline]; else 0.
  int days_left = 0;
};

// Where one result stands on as_of. A publication after as_of is treated as not yet made, so a
// past as_of shows the state of that day. `within` >= 0.
DeadlineStatus deadline_status(const WorkingCalendar& calendar, Date inspected_on, bool confidential,
                               std::optional<Date> published_on, Date as_of, int within);

// One current result (not superseded) with its task, object and publication.
struct ResultDeadline {
  std::int64_t result_id = 0;
  std::string task;
  std::string period;
  std::string code;  // the object's code
  std::string name;  // the object's name; empty if the object is not in the directory
  Date inspected_on;
  std::string outcome;  // key
  bool confidential = false;
  std::optional<Date> published_on;
  std::optional<std::int64_t> publication_id;
  DeadlineStatus status;
};

// Every current result inspected on or before as_of, ordered by task id, with its state on as_of.
std::vector<ResultDeadline> result_deadlines(SQLite::Database& db, const WorkingCalendar& calendar, Date as_of,
                                             int within);

// The years without a calendar that some of these deadlines need, ascending, without repeats.
// Withheld results count too only if include_withheld.
std::vector<int> missing_calendar_years(const std::vector<ResultDeadline>& results, bool include_withheld = false);

// The warning every command prints when a deadline is provisional: names the years and how to load
// them. Empty when years is empty.
std::string provisional_warning(const std::vector<int>& years);

}  // namespace sjsj
