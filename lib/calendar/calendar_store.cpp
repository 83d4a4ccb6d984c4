#include "lib/calendar/calendar_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "lib/store/row_digests.hpp"
#include "lib/store/store.hpp"

namespace sjsj {
namespace {

const WorkingCalendar& builtin_calendar() {
  static const WorkingCalendar calendar = WorkingCalendar::with_builtin_years();
  return calendar;
}

struct StoredYear {
  std::string source;
  std::int64_t ledger_seq = 0;
};

std::optional<StoredYear> find_stored(SQLite::Database& db, int year) {
  SQLite::Statement q(db, "SELECT source, ledger_seq FROM calendar_years WHERE year = ?");
  q.bind(1, year);
  if (!q.executeStep()) return std::nullopt;
  return StoredYear{q.getColumn(0).getString(), q.getColumn(1).getInt64()};
}

std::string stored_name(int year) { return fmt::format("calendar_years {}", year); }

}  // namespace

WorkingCalendar working_calendar(SQLite::Database& db) {
  WorkingCalendar calendar = builtin_calendar();
  SQLite::Statement q(db, "SELECT year, source FROM calendar_years ORDER BY year");
  while (q.executeStep()) {
    const int year = q.getColumn(0).getInt();
    calendar.add_year(parse_calendar_year(q.getColumn(1).getString(), stored_name(year)));
  }
  return calendar;
}

std::string_view calendar_origin_name(CalendarOrigin origin) {
  switch (origin) {
    case CalendarOrigin::builtin:
      return "built-in";
    case CalendarOrigin::loaded:
      return "loaded";
    case CalendarOrigin::none:
      return "none";
  }
  return "none";
}

std::string_view calendar_change_name(CalendarChange change) {
  switch (change) {
    case CalendarChange::added:
      return "added";
    case CalendarChange::replaced:
      return "replaced";
    case CalendarChange::unchanged:
      return "unchanged";
  }
  return "added";
}

CalendarYearInfo calendar_year_info(SQLite::Database& db, int year) {
  CalendarYearInfo info;
  info.year = year;
  const bool builtin = builtin_calendar().has_year(year);
  if (const auto stored = find_stored(db, year)) {
    info.origin = CalendarOrigin::loaded;
    info.overrides_builtin = builtin;
    info.ledger_seq = stored->ledger_seq;
    info.data = parse_calendar_year(stored->source, stored_name(year));
  } else if (builtin) {
    info.origin = CalendarOrigin::builtin;
    info.data = builtin_calendar().find_year(year);
  }
  WorkingCalendar one;
  if (info.data) one.add_year(*info.data);
  info.working_days = one.working_days_in_year(year);
  return info;
}

CalendarLoad load_calendar_year(WriteSession& session, std::string_view yaml_text, const std::string& file_name) {
  CalendarYear year = parse_calendar_year(yaml_text, file_name);
  WorkingCalendar one;
  one.add_year(year);  // sorts; the invariants were checked by the parser
  year = *one.find_year(year.year);
  const std::string canonical = calendar_year_to_yaml(year);

  CalendarLoad load;
  load.year = year.year;
  load.overrides_builtin = builtin_calendar().has_year(year.year);
  load.working_days = one.working_days_in_year(year.year);
  load.holidays = year.holidays.size();
  load.working_weekends = year.working_weekends.size();

  auto& db = session.db();
  const auto stored = find_stored(db, year.year);
  if (stored && stored->source == canonical) {
    load.change = CalendarChange::unchanged;
    return load;
  }
  // year is the INTEGER PRIMARY KEY, so it is the rowid.
  if (stored) {
    load.change = CalendarChange::replaced;
    session.digests().removed("calendar_years", year.year);
    SQLite::Statement update(db, "UPDATE calendar_years SET source = ?, ledger_seq = ? WHERE year = ?");
    update.bind(1, canonical);
    update.bind(2, session.ledger_seq());
    update.bind(3, year.year);
    update.exec();
  } else {
    load.change = CalendarChange::added;
    SQLite::Statement insert(db, "INSERT INTO calendar_years (year, source, ledger_seq) VALUES (?, ?, ?)");
    insert.bind(1, year.year);
    insert.bind(2, canonical);
    insert.bind(3, session.ledger_seq());
    insert.exec();
  }
  session.digests().written("calendar_years", year.year);
  return load;
}

}  // namespace sjsj
