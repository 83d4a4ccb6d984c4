#pragma once
// A calendar date (proleptic Gregorian), independent of time zones and the clock.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sjsj {

class Date {
 public:
  Date() = default;
  // Days since 1970-01-01.
  static Date from_days(std::int64_t days) {
    Date d;
    d.days_ = days;
    return d;
  }
  // Builds a date; returns nullopt for an impossible one (2026-02-30).
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Parses exactly YYYY-MM-DD; nullopt otherwise.
  static std::optional<Date> parse(std::string_view text);

  std::int64_t days() const { return days_; }
  int year() const;
  int month() const;
  int day() const;
  // ISO weekday: 1 = Monday ... 7 = Sunday.
  int weekday() const;
  bool is_weekend() const { return weekday() >= 6; }

  Date plus_days(std::int64_t n) const { return from_days(days_ + n); }
  std::string to_string() const;  // YYYY-MM-DD

  auto operator<=>(const Date&) const = default;

 private:
  std::int64_t days_ = 0;
};

}  // namespace sjsj
