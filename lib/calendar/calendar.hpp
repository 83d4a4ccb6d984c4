#pragma once
// The official Chinese working-day calendar (工作日): Monday–Friday, minus the State Council's
// public holidays, plus the weekend days it declares working days (调休). Publication deadlines
// ("within 20 working days of the check") are counted on it.
//
// One year's calendar comes from that year's notice, written as YAML (see
// schemas/calendar/2026.yaml for the format). The years shipped in schemas/calendar/ are embedded
// into the binary; further years can be added at run time (e.g. from the database).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lib/util/date.hpp"

namespace sjsj {

// One holiday period of a notice, both ends inclusive. It may include weekend days.
struct Holiday {
  std::string name;  // as the notice names it, e.g. 春节
  Date from;
  Date to;

  bool operator==(const Holiday&) const = default;
};

// The calendar data of one year.
// Invariants (checked by parse_calendar_year and WorkingCalendar::add_year): every date lies in
// `year`; from <= to; no day is in two holidays; every working weekend is a Saturday or Sunday,
// listed once, and in no holiday.
struct CalendarYear {
  int year = 0;
  std::vector<Holiday> holidays;       // sorted by `from` once parsed
  std::vector<Date> working_weekends;  // sorted once parsed
  std::string source;                  // free text naming the notice; may be empty

  // Every holiday day, sorted.
  std::vector<Date> holiday_dates() const;

  bool operator==(const CalendarYear&) const = default;
};

// Parses one year's YAML. `file_name` is only used in error locations.
// Throws InputError listing every problem found, each located by file, line, column number and
// key path: YAML syntax, a missing or unknown key, a bad or impossible date, a date outside the
// year, a holiday ending before it starts or overlapping another, a working weekend that is not a
// Saturday or Sunday, is listed twice or falls inside a holiday.
CalendarYear parse_calendar_year(std::string_view yaml_text, const std::string& file_name);

// The canonical YAML text of a year, for storing in a database: no comments, holidays sorted,
// `to` always written, strings quoted. parse_calendar_year() of it gives back an equal year
// (sorted), and the text of equal years is byte-identical.
std::string calendar_year_to_yaml(const CalendarYear& year);

// Working days over any span of dates. Years without data count Monday–Friday as working days;
// results that depend on such a year say so (Deadline::provisional) so the caller can warn.
class WorkingCalendar {
 public:
  // An empty calendar: every year provisional.
  WorkingCalendar() = default;

  // The years shipped in the binary (every embedded calendar/*.yaml). Throws Error(internal) if an
  // embedded file is invalid or its name does not match its `year`, which is a build defect.
  static WorkingCalendar with_builtin_years();

  // Adds a year, replacing any year of the same number. Sorts its lists. Throws InputError if the
  // year breaks the invariants of CalendarYear (the calendar is unchanged then).
  void add_year(CalendarYear year);

  bool has_year(int year) const;
  // The years with data, ascending.
  std::vector<int> years() const;
  // The data of one year, or nullopt when it has none.
  std::optional<CalendarYear> find_year(int year) const;

  // Whether d is a working day; for a year without data, Monday–Friday (provisional).
  bool is_working_day(Date d) const;

  struct Deadline {
    Date date;
    bool provisional = false;        // some day in (from, date] lies in a year without data
    std::vector<int> missing_years;  // those years, ascending
  };
  // The n-th working day after `from`, `from` itself not counted; n == 0 gives `from`.
  // Throws Error(internal) for a negative n, which is a caller bug.
  Deadline add_working_days(Date from, int n) const;

  // The number of working days d with from < d <= to; 0 if to <= from. Used for "days late".
  // Years without data count Monday–Friday.
  int working_days_between(Date from, Date to) const;

  // The number of working days in a year (Monday–Friday count for a year without data).
  int working_days_in_year(int year) const;

 private:
  struct YearData {
    CalendarYear data;
    std::vector<bool> working;  // indexed by day of the year, 0 = January 1
  };
  const YearData* find(int year) const;

  std::map<int, YearData> years_;
};

}  // namespace sjsj
