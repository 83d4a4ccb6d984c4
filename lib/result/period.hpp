#pragma once
// The span of dates a task's period covers (tasks.period), for the rule that a result's date lies
// inside its task's period.
#include <optional>
#include <string>
#include <string_view>

#include "lib/util/date.hpp"

namespace sjsj {

struct PeriodSpan {
  Date first;  // inclusive
  Date last;   // inclusive

  bool contains(Date d) const { return first <= d && d <= last; }
  std::string describe() const;  // "2026-07-01 to 2026-09-30"
};

// "2026" is the year, "2026Q3" that quarter (Q1..Q4), "2026-07" that month (01..12). Returns
// nullopt for any other text (the caller reports the stored period as unknown).
std::optional<PeriodSpan> period_span(std::string_view period);

}  // namespace sjsj
