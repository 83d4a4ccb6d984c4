#include "lib/plan/plan.hpp"

#include <fmt/format.h>

namespace sjsj {

std::string quota_label(const std::string& period_name, int item_seq, int quota_index) {
  return fmt::format("{}/{}.{}", period_name, item_seq, quota_index);
}

std::vector<std::string> period_names(int year, Period period) {
  std::vector<std::string> out;
  switch (period) {
    case Period::year:
      out.push_back(std::to_string(year));
      break;
    case Period::quarter:
      for (int q = 1; q <= 4; ++q) out.push_back(fmt::format("{}Q{}", year, q));
      break;
    case Period::month:
      for (int m = 1; m <= 12; ++m) out.push_back(fmt::format("{}-{:02}", year, m));
      break;
  }
  return out;
}

}  // namespace sjsj
