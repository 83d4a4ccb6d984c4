#pragma once
// How many objects a quota draws (the count rule of docs/plan.md).
#include <cstdint>

#include "lib/plan/plan.hpp"

namespace sjsj {

// The number a quota draws from a pool of pool_size objects, in exact decimal arithmetic:
//   ceil(pool_size × ratio)                   when the quota has a ratio (7% of 100 is 7);
//   else ceil(inspectors × per_inspector)     when it has per_inspector;
//   else its count (0 when it has none);
// never more than pool_size. A declared count beside a ratio does not change the result: the
// ratio governs (plan check warns when they disagree). Throws InputError for a ratio or
// per_inspector text that parse_plan would not have produced.
std::uint64_t quota_count(const Quota& quota, std::uint64_t pool_size, std::uint64_t credentialed_inspectors);

}  // namespace sjsj
