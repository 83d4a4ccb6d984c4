#pragma once
// The yearly random-check plan (随机抽查事项清单): the annex table as data. A plan is parsed from
// YAML (plan_file.hpp), stored with its text (plan_store.hpp), and read back by draw and assign.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "lib/util/date.hpp"

namespace sjsj {

// The pool of a quota: object fields -> accepted values. A list means any of its values; several
// fields must all hold; industry matches by code prefix. Empty: the whole directory.
struct PoolSelector {
  std::map<std::string, std::vector<std::string>> fields;  // key: tags, category, town, industry, ...
  bool include_suspended = false;                          // 停产 objects too (关闭 never)
};

enum class Period { year, quarter, month };

struct Quota {
  int index = 0;       // 1-based within its item
  std::string target;  // 检查对象
  PoolSelector select;
  std::string frequency;             // as written: 1次/年, 1次/季度, 1次/月
  Period period = Period::year;      // derived from frequency
  std::optional<std::string> ratio;  // canonical text of an exact decimal ratio: "10%"
  std::optional<std::uint64_t> count;
  std::string count_note;                    // the seed's wording, e.g. 根据上年度审批登记名单确定（6）
  std::optional<std::string> per_inspector;  // decimal text: k = ceil(credentialed inspectors × it)
  int line = 0;                              // where the quota starts in the YAML (for messages)
};

struct PlanItem {
  int seq = 0;                        // 序号
  std::string department;             // 发起部门
  std::string name;                   // 抽查事项名称
  std::vector<std::string> skills;    // what a team for this item needs (assign)
  std::vector<std::string> contents;  // 检查内容
  std::vector<Quota> quotas;
  int line = 0;  // where the item starts in the YAML (for messages)
};

struct PlanLimits {
  std::optional<int> visits_per_year;  // routine visits per object per year
};

struct Plan {
  int year = 0;
  std::string authority;
  std::string document;
  Date issued;
  std::vector<PlanItem> items;
  PlanLimits limits;
};

// "2026/1.2": the label of a quota in one period (the draw rule's L, docs/draw.md). period_name
// is "2026", "2026Q3" or "2026-07".
std::string quota_label(const std::string& period_name, int item_seq, int quota_index);

// The period names of a quota in its plan year: ["2026"], ["2026Q1".."2026Q4"], ["2026-01"..].
std::vector<std::string> period_names(int year, Period period);

}  // namespace sjsj
