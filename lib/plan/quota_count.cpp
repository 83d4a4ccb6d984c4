#include "lib/plan/quota_count.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "lib/util/decimal.hpp"
#include "lib/util/error.hpp"

namespace sjsj {

std::uint64_t quota_count(const Quota& quota, std::uint64_t pool_size, std::uint64_t credentialed_inspectors) {
  std::uint64_t n = 0;
  if (quota.ratio) {
    const auto r = Ratio::parse(*quota.ratio);
    if (!r) throw InputError(fmt::format("ratio \"{}\" is not a ratio from 0% to 100%", *quota.ratio));
    n = r->ceil_of(pool_size);
  } else if (quota.per_inspector) {
    const auto v = ceil_times_decimal(credentialed_inspectors, *quota.per_inspector);
    if (!v) throw InputError(fmt::format("per_inspector \"{}\" is not a decimal number", *quota.per_inspector));
    n = *v;
  } else {
    n = quota.count.value_or(0);
  }
  return std::min(n, pool_size);
}

}  // namespace sjsj
