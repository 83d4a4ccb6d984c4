#pragma once
// The plan as the official annex table (随机抽查事项清单): a Report for table, Markdown and CSV,
// a JSON document, and a standalone HTML page to post as the public notice.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lib/plan/plan.hpp"
#include "lib/util/report.hpp"

namespace SQLite {
class Database;
}

namespace sjsj {

// A quota's figures against the live directory.
struct QuotaStatus {
  int item_seq = 0;
  int quota_index = 0;
  std::vector<std::string> labels;  // one per period: ["2026/1.2"], ["2026Q1/1.2", ...]
  std::uint64_t pool_size = 0;
  std::uint64_t computed_count = 0;  // quota_count() on pool_size
};

// The figures of every quota, in item and quota order (one pool COUNT query per quota).
std::vector<QuotaStatus> quota_statuses(SQLite::Database& db, const Plan& plan, std::uint64_t credentialed_inspectors);

enum class ItemCells { first_row, every_row };

// One row per quota. Keys and display headers:
//   seq 序号, department 发起部门, name 抽查事项名称, contents 检查内容, target 检查对象,
//   frequency 抽查频次, ratio 抽查比例, count 抽取对象数量（家）, label 编号,
//   pool_size 对象库数量（家）, computed_count 按规则抽取数量（家）.
// count is the declared count (its wording when the file gave one; empty when none). label is
// the first period's label (2026/1.2, or 2026Q1/1.2 for a quarterly quota). With
// ItemCells::first_row the item's columns (seq .. contents) are filled on its first quota row
// only, as in the annex; every_row repeats them (for CSV).
Report annex_report(const Plan& plan, const std::vector<QuotaStatus>& statuses, ItemCells cells);

// plan_to_json() with, for each quota, `label` (first period), `labels` (every period),
// `pool_size` and `computed_count`.
nlohmann::ordered_json annex_json(const Plan& plan, const std::vector<QuotaStatus>& statuses);

// A standalone, accessible HTML page of the annex (lang="zh-CN", UTF-8, a caption, header cells
// with scope, merged item cells as in the annex), fit to post as the public notice. Shows the
// official columns only; an absent declared count shows the computed one.
std::string annex_html(const Plan& plan, const std::vector<QuotaStatus>& statuses);

// One warning per quota whose declared count differs from the computed one, naming both
// (the ratio governs).
std::vector<std::string> count_mismatches(const Plan& plan, const std::vector<QuotaStatus>& statuses);

}  // namespace sjsj
