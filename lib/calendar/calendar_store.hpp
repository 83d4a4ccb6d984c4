#pragma once
// The working-day calendars kept in the database (table calendar_years): `calendar load` stores a
// year's canonical YAML there, and every deadline is counted on working_calendar(db), which is the
// years built into the binary overridden by the loaded ones.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lib/calendar/calendar.hpp"

namespace SQLite {
class Database;
}  // namespace SQLite

namespace sjsj {

class WriteSession;

// The calendar every deadline is counted on: the built-in years (schemas/calendar/*.yaml), then
// every year of calendar_years replacing or adding its year. Throws InputError located at
// "calendar_years YEAR" if a stored year no longer parses (a row edited behind the tool's back).
WorkingCalendar working_calendar(SQLite::Database& db);

enum class CalendarOrigin { builtin, loaded, none };
std::string_view calendar_origin_name(CalendarOrigin origin);  // built-in, loaded, none

// What the calendar knows of one year and where it comes from. data is empty for `none`
// (weekdays only); working_days is counted either way.
struct CalendarYearInfo {
  int year = 0;
  CalendarOrigin origin = CalendarOrigin::none;
  bool overrides_builtin = false;          // loaded, and the binary also ships this year
  std::optional<std::int64_t> ledger_seq;  // the ledger entry that loaded it
  std::optional<CalendarYear> data;
  int working_days = 0;
};
CalendarYearInfo calendar_year_info(SQLite::Database& db, int year);

enum class CalendarChange { added, replaced, unchanged };
std::string_view calendar_change_name(CalendarChange change);  // added, replaced, unchanged

struct CalendarLoad {
  int year = 0;
  CalendarChange change = CalendarChange::added;
  bool overrides_builtin = false;
  int working_days = 0;
  std::size_t holidays = 0;
  std::size_t working_weekends = 0;
};

// Parses one year's YAML (parse_calendar_year: InputError listing every problem, nothing written)
// and stores its canonical text in calendar_years, replacing a year loaded before. Loading the
// same content again changes nothing (CalendarChange::unchanged). Keeps the row digests.
CalendarLoad load_calendar_year(WriteSession& session, std::string_view yaml_text, const std::string& file_name);

}  // namespace sjsj
