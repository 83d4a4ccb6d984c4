#include "lib/result/period.hpp"

#include <fmt/format.h>

namespace sjsj {
namespace {

// The value of an all-digit text, or -1.
int digits_value(std::string_view text) {
  if (text.empty()) return -1;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::optional<PeriodSpan> months(int year, int first_month, int last_month) {
  const auto first = Date::from_ymd(year, first_month, 1);
  const auto after = last_month == 12 ? Date::from_ymd(year + 1, 1, 1) : Date::from_ymd(year, last_month + 1, 1);
  if (!first || !after) return std::nullopt;
  return PeriodSpan{*first, after->plus_days(-1)};
}

}  // namespace

std::string PeriodSpan::describe() const { return fmt::format("{} to {}", first.to_string(), last.to_string()); }

std::optional<PeriodSpan> period_span(std::string_view period) {
  if (period.size() < 4) return std::nullopt;
  const int year = digits_value(period.substr(0, 4));
  if (year < 1) return std::nullopt;
  const std::string_view rest = period.substr(4);
  if (rest.empty()) return months(year, 1, 12);
  if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'q')) {
    const int q = digits_value(rest.substr(1));
    if (q < 1 || q > 4) return std::nullopt;
    return months(year, 3 * q - 2, 3 * q);
  }
  if (rest.size() == 3 && rest[0] == '-') {
    const int m = digits_value(rest.substr(1));
    if (m < 1 || m > 12) return std::nullopt;
    return months(year, m, m);
  }
  return std::nullopt;
}

}  // namespace sjsj
