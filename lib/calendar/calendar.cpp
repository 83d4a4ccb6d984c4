#include "lib/calendar/calendar.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <tuple>
#include <utility>

#include "lib/util/embedded.hpp"
#include "lib/util/error.hpp"
#include "lib/util/text_location.hpp"

namespace sjsj {

namespace {

constexpr std::string_view k_root_keys = "year, source, holidays, working_weekends";
constexpr std::string_view k_holiday_keys = "name, from, to";
constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

Date first_day(int year) { return *Date::from_ymd(year, 1, 1); }
Date last_day(int year) { return *Date::from_ymd(year, 12, 31); }

std::size_t day_of_year(Date d) { return static_cast<std::size_t>(d.days() - first_day(d.year()).days()); }

std::string describe(const Holiday& h) {
  return fmt::format("{} ({} to {})", h.name, h.from.to_string(), h.to.to_string());
}

// Which field of a CalendarYear a broken invariant sits in, so the parser can point at the
// line it came from and add_year can name the entry.
enum class Field { holiday_from, holiday_to, working_weekend };

struct Violation {
  Field field;
  std::size_t index;  // into CalendarYear::holidays or ::working_weekends, as given
  std::string value;
  std::string expected;
};

std::string field_path(Field field, std::size_t index) {
  switch (field) {
    case Field::holiday_from:
      return fmt::format("holidays[{}].from", index);
    case Field::holiday_to:
      return fmt::format("holidays[{}].to", index);
    case Field::working_weekend:
      return fmt::format("working_weekends[{}]", index);
  }
  return {};
}

// The invariants of CalendarYear, checked in one place for both parsed and hand-built years.
// Lists are checked in the order given, so a duplicate or overlap is reported at its later entry.
std::vector<Violation> check_year(const CalendarYear& y) {
  std::vector<Violation> out;
  const auto in_year = [&](Date d) { return d.year() == y.year; };
  const std::string in_year_expected = fmt::format("a date in {} (the file's year)", y.year);

  for (std::size_t i = 0; i < y.holidays.size(); ++i) {
    const Holiday& h = y.holidays[i];
    if (!in_year(h.from)) {
      out.push_back({Field::holiday_from, i, h.from.to_string(), in_year_expected});
    }
    if (!in_year(h.to)) {
      out.push_back({Field::holiday_to, i, h.to.to_string(), in_year_expected});
    }
    if (h.to < h.from) {
      out.push_back(
          {Field::holiday_to, i, h.to.to_string(), fmt::format("a date on or after `from` ({})", h.from.to_string())});
      continue;  // an empty period overlaps nothing; don't report it twice
    }
    for (std::size_t j = 0; j < i; ++j) {
      const Holiday& earlier = y.holidays[j];
      if (earlier.from <= earlier.to && h.from <= earlier.to && earlier.from <= h.to) {
        out.push_back({Field::holiday_from, i, h.from.to_string(),
                       fmt::format("a holiday not overlapping holidays[{}], {}", j, describe(earlier))});
        break;
      }
    }
  }

  for (std::size_t i = 0; i < y.working_weekends.size(); ++i) {
    const Date d = y.working_weekends[i];
    if (!in_year(d)) out.push_back({Field::working_weekend, i, d.to_string(), in_year_expected});
    if (!d.is_weekend()) {
      out.push_back({Field::working_weekend, i, d.to_string(),
                     "a Saturday or Sunday (only weekend days are declared working days)"});
    }
    const auto first = std::find(y.working_weekends.begin(), y.working_weekends.end(), d);
    if (first != y.working_weekends.begin() + static_cast<std::ptrdiff_t>(i)) {
      out.push_back({Field::working_weekend, i, d.to_string(),
                     fmt::format("a day listed once (also working_weekends[{}])", first - y.working_weekends.begin())});
    }
    for (std::size_t j = 0; j < y.holidays.size(); ++j) {
      const Holiday& h = y.holidays[j];
      if (h.from <= d && d <= h.to) {
        out.push_back({Field::working_weekend, i, d.to_string(),
                       fmt::format("a day outside the holidays; it lies in holidays[{}], {}", j, describe(h))});
        break;
      }
    }
  }
  return out;
}

void sort_year(CalendarYear& y) {
  std::sort(y.holidays.begin(), y.holidays.end(), [](const Holiday& a, const Holiday& b) {
    return std::tie(a.from, a.to, a.name) < std::tie(b.from, b.to, b.name);
  });
  std::sort(y.working_weekends.begin(), y.working_weekends.end());
}

// Reads one YAML document into a CalendarYear, collecting every problem with its location.
class YearParser {
 public:
  explicit YearParser(const std::string& file_name) : file_(file_name) {}

  CalendarYear parse(std::string_view text) {
    // yaml-cpp's marks skip a byte-order mark; so must the column arithmetic in located().
    text_ = text.starts_with(k_utf8_bom) ? text.substr(k_utf8_bom.size()) : text;
    YAML::Node root;
    try {
      root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
      Problem p{located(e.mark, ""), "", fmt::format("valid YAML ({})", e.msg), false};
      throw InputError({std::move(p)});
    }
    if (!root.IsMap()) {
      problems_.push_back(
          {located(root.Mark(), ""), "", fmt::format("a YAML mapping with the keys {}", k_root_keys), false});
      throw_if_any();
    }

    bool has_year = false;
    bool has_holidays = false;
    bool has_working_weekends = false;
    std::set<std::string> seen;
    for (const auto& entry : root) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      const YAML::Node& value = entry.second;
      if (!seen.insert(key).second) {
        add(entry.first, key, key, "each key once");
        continue;
      }
      if (key == "year") {
        has_year = true;
        parse_year_value(value);
      } else if (key == "source") {
        if (value.IsScalar()) {
          year_.source = value.Scalar();
        } else if (!value.IsNull()) {
          add(value, key, "", "free text naming the notice");
        }
      } else if (key == "holidays") {
        has_holidays = true;
        parse_holidays(value);
      } else if (key == "working_weekends") {
        has_working_weekends = true;
        parse_working_weekends(value);
      } else {
        add(entry.first, key, key, fmt::format("one of the keys {}", k_root_keys));
      }
    }
    if (!has_year) add_missing("year", "a key `year: YYYY`");
    // Both lists are required, though they may be empty: a file that forgot its 调休 days would
    // otherwise shift every deadline near them without a word.
    if (!has_holidays) add_missing("holidays", "a key `holidays:` (a list, possibly [])");
    if (!has_working_weekends) {
      add_missing("working_weekends", "a key `working_weekends:` (a list, possibly [])");
    }

    if (year_ok_) {
      for (const Violation& v : check_year(year_)) {
        const YAML::Mark mark = v.field == Field::holiday_from ? from_marks_[v.index]
                                : v.field == Field::holiday_to ? to_marks_[v.index]
                                                               : weekend_marks_[v.index];
        const std::string path = v.field == Field::working_weekend
                                     ? weekend_paths_[v.index]
                                     : holiday_paths_[v.index] + (v.field == Field::holiday_from ? ".from" : ".to");
        problems_.push_back({located(mark, path), v.value, v.expected});
      }
    }
    throw_if_any();
    sort_year(year_);
    return std::move(year_);
  }

 private:
  Location located(const YAML::Mark& mark, std::string path) const {
    return text_location(file_, text_, mark.line, mark.column, std::move(path));
  }

  // Reports the problems in the order of the file, whichever check found them.
  void throw_if_any() {
    std::stable_sort(problems_.begin(), problems_.end(), [](const Problem& a, const Problem& b) {
      return std::tie(a.where.line, a.where.column_number) < std::tie(b.where.line, b.where.column_number);
    });
    ProblemList list;
    for (Problem& p : problems_) list.add(std::move(p));
    list.throw_if_any();
  }

  void add(const YAML::Node& at, std::string path, std::string value, std::string expected) {
    problems_.push_back({located(at.Mark(), std::move(path)), std::move(value), std::move(expected)});
  }

  // A required key that is absent: the whole file is at fault, so no line.
  void add_missing(std::string key, std::string expected) {
    Location where;
    where.file = file_;
    where.column = std::move(key);
    problems_.push_back({std::move(where), "", std::move(expected), false});
  }

  void parse_year_value(const YAML::Node& value) {
    const std::string text = value.IsScalar() ? value.Scalar() : std::string();
    const bool four_digits =
        text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!four_digits || text[0] == '0') {
      add(value, "year", text, "a year YYYY");
      return;
    }
    year_.year = std::stoi(text);
    year_ok_ = true;
  }

  std::optional<Date> parse_date(const YAML::Node& value, const std::string& path) {
    const std::string text = value.IsScalar() ? value.Scalar() : std::string();
    std::optional<Date> d = Date::parse(text);
    if (!d) add(value, path, text, "a date YYYY-MM-DD");
    return d;
  }

  void parse_holidays(const YAML::Node& list) {
    if (!list.IsSequence()) {
      add(list, "holidays", list.IsScalar() ? list.Scalar() : "",
          fmt::format("a list of holidays {{{}}}", k_holiday_keys));
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      parse_holiday(list[i], fmt::format("holidays[{}]", i));
    }
  }

  void parse_holiday(const YAML::Node& item, const std::string& path) {
    if (!item.IsMap()) {
      add(item, path, item.IsScalar() ? item.Scalar() : "", "a holiday {name: TEXT, from: YYYY-MM-DD, to: YYYY-MM-DD}");
      return;
    }
    Holiday h;
    std::optional<Date> from;
    std::optional<Date> to;
    YAML::Mark from_mark;
    YAML::Mark to_mark;
    bool ok = true;
    bool has_name = false;
    bool has_from = false;
    std::set<std::string> seen;
    for (const auto& entry : item) {
      const std::string key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      const YAML::Node& value = entry.second;
      const std::string key_path = path + "." + key;
      if (!seen.insert(key).second) {
        add(entry.first, key_path, key, "each key once");
        ok = false;
      } else if (key == "name") {
        has_name = true;
        if (value.IsScalar() && !value.Scalar().empty()) {
          h.name = value.Scalar();
        } else {
          add(value, key_path, "", "the holiday's name, e.g. 春节");
          ok = false;
        }
      } else if (key == "from") {
        has_from = true;
        from = parse_date(value, key_path);
        from_mark = value.Mark();
        ok = ok && from.has_value();
      } else if (key == "to") {
        to = parse_date(value, key_path);
        to_mark = value.Mark();
        ok = ok && to.has_value();
      } else {
        add(entry.first, key_path, key, fmt::format("one of the keys {}", k_holiday_keys));
        ok = false;
      }
    }
    if (!has_name) {
      problems_.push_back({located(item.Mark(), path + ".name"), "", "a key `name:`", false});
      ok = false;
    }
    if (!has_from) {
      problems_.push_back({located(item.Mark(), path + ".from"), "", "a key `from:`", false});
      ok = false;
    }
    if (!ok) return;
    h.from = *from;
    h.to = to ? *to : *from;  // a single day may leave out `to`
    year_.holidays.push_back(std::move(h));
    from_marks_.push_back(from_mark);
    to_marks_.push_back(to ? to_mark : from_mark);
    holiday_paths_.push_back(path);
  }

  void parse_working_weekends(const YAML::Node& list) {
    if (!list.IsSequence()) {
      add(list, "working_weekends", list.IsScalar() ? list.Scalar() : "", "a list of dates [YYYY-MM-DD, ...]");
      return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string path = fmt::format("working_weekends[{}]", i);
      if (const std::optional<Date> d = parse_date(list[i], path)) {
        year_.working_weekends.push_back(*d);
        weekend_marks_.push_back(list[i].Mark());
        weekend_paths_.push_back(path);
      }
    }
  }

  std::string file_;
  std::string_view text_;  // the document without a byte-order mark; valid during parse() only
  std::vector<Problem> problems_;
  CalendarYear year_;
  bool year_ok_ = false;
  // Where each parsed entry of year_ came from, index for index, to locate check_year's findings.
  std::vector<YAML::Mark> from_marks_;
  std::vector<YAML::Mark> to_marks_;
  std::vector<std::string> holiday_paths_;
  std::vector<YAML::Mark> weekend_marks_;
  std::vector<std::string> weekend_paths_;
};

// A YAML double-quoted scalar. Printable UTF-8 passes through; `"`, `\` and ASCII control
// characters are escaped, so any name or source text survives the round trip.
std::string quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte == 0x7f) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(byte));
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace

std::vector<Date> CalendarYear::holiday_dates() const {
  std::vector<Date> out;
  for (const Holiday& h : holidays) {
    for (Date d = h.from; d <= h.to; d = d.plus_days(1)) out.push_back(d);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

CalendarYear parse_calendar_year(std::string_view yaml_text, const std::string& file_name) {
  return YearParser(file_name).parse(yaml_text);
}

std::string calendar_year_to_yaml(const CalendarYear& year) {
  CalendarYear y = year;
  sort_year(y);
  std::string out = fmt::format("year: {}\nsource: {}\n", y.year, quoted(y.source));
  if (y.holidays.empty()) {
    out += "holidays: []\n";
  } else {
    out += "holidays:\n";
    for (const Holiday& h : y.holidays) {
      out += fmt::format("  - {{name: {}, from: {}, to: {}}}\n", quoted(h.name), h.from.to_string(), h.to.to_string());
    }
  }
  out += "working_weekends: [";
  for (std::size_t i = 0; i < y.working_weekends.size(); ++i) {
    if (i > 0) out += ", ";
    out += y.working_weekends[i].to_string();
  }
  out += "]\n";
  return out;
}

WorkingCalendar WorkingCalendar::with_builtin_years() {
  constexpr std::string_view prefix = "calendar/";
  constexpr std::string_view suffix = ".yaml";
  WorkingCalendar calendar;
  for (const EmbeddedFile& file : embedded_files()) {
    if (!file.path.starts_with(prefix) || !file.path.ends_with(suffix)) continue;
    const std::string name = "schemas/" + std::string(file.path);
    try {
      CalendarYear y = parse_calendar_year(file.content, name);
      const std::string_view stem = file.path.substr(prefix.size(), file.path.size() - prefix.size() - suffix.size());
      if (stem != std::to_string(y.year)) {
        throw Error(ExitCode::internal,
                    fmt::format("{}: holds year {}; the file must be named {}.yaml", name, y.year, y.year));
      }
      calendar.add_year(std::move(y));
    } catch (const InputError& e) {
      // Shipped data is checked by the unit tests; reaching this is a defect of the build.
      throw Error(ExitCode::internal, fmt::format("built-in calendar is invalid: {}", e.what()));
    }
  }
  return calendar;
}

void WorkingCalendar::add_year(CalendarYear year) {
  const std::vector<Violation> violations = check_year(year);
  if (!violations.empty()) {
    std::vector<Problem> problems;
    for (const Violation& v : violations) {
      Location where;
      where.file = fmt::format("calendar of {}", year.year);
      where.column = field_path(v.field, v.index);
      problems.push_back({std::move(where), v.value, v.expected});
    }
    throw InputError(std::move(problems));
  }
  sort_year(year);

  YearData data;
  const Date first = first_day(year.year);
  const Date last = last_day(year.year);
  for (Date d = first; d <= last; d = d.plus_days(1)) data.working.push_back(!d.is_weekend());
  for (const Holiday& h : year.holidays) {
    for (Date d = h.from; d <= h.to; d = d.plus_days(1)) data.working[day_of_year(d)] = false;
  }
  for (const Date d : year.working_weekends) data.working[day_of_year(d)] = true;

  const int number = year.year;
  data.data = std::move(year);
  years_.insert_or_assign(number, std::move(data));
}

bool WorkingCalendar::has_year(int year) const { return years_.contains(year); }

std::vector<int> WorkingCalendar::years() const {
  std::vector<int> out;
  for (const auto& [number, data] : years_) out.push_back(number);
  return out;
}

std::optional<CalendarYear> WorkingCalendar::find_year(int year) const {
  const YearData* data = find(year);
  if (data == nullptr) return std::nullopt;
  return data->data;
}

const WorkingCalendar::YearData* WorkingCalendar::find(int year) const {
  const auto it = years_.find(year);
  return it == years_.end() ? nullptr : &it->second;
}

bool WorkingCalendar::is_working_day(Date d) const {
  const YearData* data = find(d.year());
  if (data == nullptr) return !d.is_weekend();
  return data->working[day_of_year(d)];
}

WorkingCalendar::Deadline WorkingCalendar::add_working_days(Date from, int n) const {
  if (n < 0) {
    throw Error(ExitCode::internal, fmt::format("add_working_days: negative count {} from {}", n, from.to_string()));
  }
  Deadline out{from, false, {}};
  Date d = from;
  for (int counted = 0; counted < n;) {
    d = d.plus_days(1);
    if (!has_year(d.year()) && (out.missing_years.empty() || out.missing_years.back() != d.year())) {
      out.missing_years.push_back(d.year());  // days advance, so years come in ascending order
    }
    if (is_working_day(d)) ++counted;
  }
  out.date = d;
  out.provisional = !out.missing_years.empty();
  return out;
}

int WorkingCalendar::working_days_between(Date from, Date to) const {
  int count = 0;
  for (Date d = from.plus_days(1); d <= to; d = d.plus_days(1)) {
    if (is_working_day(d)) ++count;
  }
  return count;
}

int WorkingCalendar::working_days_in_year(int year) const {
  return working_days_between(first_day(year).plus_days(-1), last_day(year));
}

}  // namespace sjsj
