#pragma once
// The plan file: YAML that mirrors the annex table (docs/plan.md, schemas/plan.schema.json).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/plan/plan.hpp"

namespace sjsj {

// The largest plan file accepted. A real plan is a few kilobytes; the cap keeps a hostile or
// mistaken file (a data dump, a YAML bomb) from reaching the parser.
inline constexpr std::size_t kMaxPlanFileBytes = 1024 * 1024;

// The object fields a `select` may name (the columns of the objects table).
const std::vector<std::string>& selector_fields();

// Parses and validates a plan. Throws InputError listing every problem found, each located as
// FILE:LINE:COLUMN (1-based; the column counts characters, not bytes) with the key path
// (items[0].quotas[1].ratio), the value and what was expected. Checked: size (kMaxPlanFileBytes),
// UTF-8, valid YAML with one document, no anchors or aliases, unknown and repeated keys, types,
// required keys, duplicate seq, items without quotas, ratios (0%..100%, exact decimal), counts
// (an integer, or text ending in the number in parentheses: 根据上年度审批登记名单确定（6）),
// per_inspector decimals, frequency (1次/年, 1次/季度, 1次/月 or yearly, quarterly, monthly),
// selector keys and values (choice fields accept their aliases and are stored canonical), and
// that `issued` falls in the plan year or in the December before it (a plan made ahead).
// The result holds canonical values: ratio as Ratio::to_percent(), frequency in Chinese,
// selector values as lists.
Plan parse_plan(std::string_view yaml_text, const std::string& file_name);

// The plan's fields as in the YAML (key order of the file format), for `plan show --format json`.
// A quota's `count` is the number; the wording, when the file gave one, is in `count_note`.
// Absent optional keys are left out; `select` is always present ({} for the whole directory).
nlohmann::ordered_json plan_to_json(const Plan& plan);

// Seed 三(五): plans are made, filed and published by the end of January of their year. The
// warning text when `issued` is later than January 31 of the plan year, else nullopt.
std::optional<std::string> late_issue_warning(const Plan& plan);

// "1次/年" for Period::year, "1次/季度" for quarter, "1次/月" for month.
std::string frequency_text(Period period);

}  // namespace sjsj
