#include "lib/plan/annex_table.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "lib/directory/pool.hpp"
#include "lib/plan/plan_file.hpp"
#include "lib/plan/quota_count.hpp"

namespace sjsj {
namespace {

const QuotaStatus& status_of(const std::vector<QuotaStatus>& statuses, std::size_t i) {
  if (i >= statuses.size()) throw std::logic_error("annex: fewer quota statuses than quotas");
  return statuses[i];
}

std::string chinese_date(Date d) { return fmt::format("{}年{}月{}日", d.year(), d.month(), d.day()); }

std::string ratio_text(const Quota& q) {
  if (q.ratio) return *q.ratio;
  if (q.per_inspector) return fmt::format("每名执法人员{}家", *q.per_inspector);
  return "";
}

}  // namespace

std::vector<QuotaStatus> quota_statuses(SQLite::Database& db, const Plan& plan, std::uint64_t credentialed_inspectors) {
  std::vector<QuotaStatus> out;
  for (const auto& item : plan.items) {
    for (const auto& q : item.quotas) {
      QuotaStatus s;
      s.item_seq = item.seq;
      s.quota_index = q.index;
      for (const auto& period : period_names(plan.year, q.period))
        s.labels.push_back(quota_label(period, item.seq, q.index));
      s.pool_size = pool_size(db, q.select);
      s.computed_count = quota_count(q, s.pool_size, credentialed_inspectors);
      out.push_back(std::move(s));
    }
  }
  return out;
}

Report annex_report(const Plan& plan, const std::vector<QuotaStatus>& statuses, ItemCells cells) {
  Report r;
  r.columns = {{"seq", "序号"},
               {"department", "发起部门"},
               {"name", "抽查事项名称"},
               {"contents", "检查内容"},
               {"target", "检查对象"},
               {"frequency", "抽查频次"},
               {"ratio", "抽查比例"},
               {"count", "抽取对象数量（家）"},
               {"label", "编号"},
               {"pool_size", "对象库数量（家）"},
               {"computed_count", "按规则抽取数量（家）"}};
  std::size_t i = 0;
  for (const auto& item : plan.items) {
    for (const auto& q : item.quotas) {
      const QuotaStatus& s = status_of(statuses, i++);
      auto& row = r.rows.emplace_back();
      if (q.index == 1 || cells == ItemCells::every_row) {
        row.emplace_back(item.seq);
        row.emplace_back(item.department);
        row.emplace_back(item.name);
        row.emplace_back(item.contents);
      } else {
        row.insert(row.end(), 4, nlohmann::json());
      }
      row.emplace_back(q.target);
      row.emplace_back(q.frequency);
      row.emplace_back(ratio_text(q));
      if (!q.count_note.empty())
        row.emplace_back(q.count_note);
      else if (q.count)
        row.emplace_back(*q.count);
      else
        row.emplace_back(nullptr);
      row.emplace_back(s.labels.empty() ? std::string() : s.labels.front());
      row.emplace_back(s.pool_size);
      row.emplace_back(s.computed_count);
    }
  }
  return r;
}

nlohmann::ordered_json annex_json(const Plan& plan, const std::vector<QuotaStatus>& statuses) {
  nlohmann::ordered_json out = plan_to_json(plan);
  std::size_t i = 0;
  for (auto& item : out["items"]) {
    for (auto& q : item["quotas"]) {
      const QuotaStatus& s = status_of(statuses, i++);
      q["label"] = s.labels.empty() ? std::string() : s.labels.front();
      q["labels"] = s.labels;
      q["pool_size"] = s.pool_size;
      q["computed_count"] = s.computed_count;
    }
  }
  return out;
}

std::string annex_html(const Plan& plan, const std::vector<QuotaStatus>& statuses) {
  const std::string title = fmt::format("{}{}年度随机抽查事项清单", plan.authority, plan.year);
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n";
  h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  h += "<title>" + html_escape(title) + "</title>\n";
  h += R"(<style>
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; line-height: 1.6;
       color: #111; background: #fff; max-width: 80em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.5em; text-align: center; }
p.meta { text-align: center; }
table { border-collapse: collapse; width: 100%; }
caption { font-weight: bold; font-size: 1.1em; padding: 0.5em; }
th, td { border: 1px solid #333; padding: 0.4em 0.6em; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; text-align: center; }
.n { text-align: center; white-space: nowrap; }
ol { margin: 0; padding-left: 1.6em; }
@media print { body { margin: 0; max-width: none; } }
</style>
</head>
<body>
<main>
)";
  h += "<h1>" + html_escape(title) + "</h1>\n";
  std::string meta = plan.document.empty() ? "" : html_escape(plan.document) + "　";
  meta += html_escape(chinese_date(plan.issued)) + "印发";
  h += "<p class=\"meta\">" + meta + "</p>\n";
  h += "<table>\n<caption>" + html_escape(title) + "</caption>\n<thead>\n<tr>";
  for (const char* head :
       {"序号", "发起部门", "抽查事项名称", "检查内容", "检查对象", "抽查频次", "抽查比例", "抽取对象数量（家）"}) {
    h += fmt::format("<th scope=\"col\">{}</th>", head);
  }
  h += "</tr>\n</thead>\n";
  std::size_t i = 0;
  for (const auto& item : plan.items) {
    h += "<tbody>\n";
    const std::string span = item.quotas.size() > 1 ? fmt::format(" rowspan=\"{}\"", item.quotas.size()) : "";
    for (const auto& q : item.quotas) {
      const QuotaStatus& s = status_of(statuses, i++);
      h += "<tr>";
      if (q.index == 1) {
        h += fmt::format("<th scope=\"rowgroup\" class=\"n\"{}>{}</th>", span, item.seq);
        h += fmt::format("<td{}>{}</td>", span, html_escape(item.department));
        h += fmt::format("<td{}>{}</td>", span, html_escape(item.name));
        if (item.contents.size() == 1) {
          h += fmt::format("<td{}>{}</td>", span, html_escape(item.contents.front()));
        } else {
          h += fmt::format("<td{}><ol>", span);
          for (const auto& c : item.contents) h += "<li>" + html_escape(c) + "</li>";
          h += "</ol></td>";
        }
      }
      h += "<td>" + html_escape(q.target) + "</td>";
      h += "<td class=\"n\">" + html_escape(q.frequency) + "</td>";
      h += "<td class=\"n\">" + html_escape(ratio_text(q)) + "</td>";
      const std::string count = !q.count_note.empty() ? q.count_note
                                : q.count             ? std::to_string(*q.count)
                                                      : std::to_string(s.computed_count);
      h += "<td class=\"n\">" + html_escape(count) + "</td>";
      h += "</tr>\n";
    }
    h += "</tbody>\n";
  }
  h += "</table>\n</main>\n</body>\n</html>\n";
  return h;
}

std::vector<std::string> count_mismatches(const Plan& plan, const std::vector<QuotaStatus>& statuses) {
  std::vector<std::string> out;
  std::size_t i = 0;
  for (const auto& item : plan.items) {
    for (const auto& q : item.quotas) {
      const QuotaStatus& s = status_of(statuses, i++);
      if (!q.count || *q.count == s.computed_count) continue;
      const std::string label = s.labels.empty() ? std::string() : s.labels.front();
      if (q.ratio) {
        out.push_back(
            fmt::format("{} ({}): declared count {}, but {} of the live pool of {} is {}; the ratio "
                        "governs, {} will be drawn",
                        label, q.target, *q.count, *q.ratio, s.pool_size, s.computed_count, s.computed_count));
      } else if (q.per_inspector) {
        out.push_back(
            fmt::format("{} ({}): declared count {}, but {} per credentialed inspector gives {} "
                        "(pool {}); the per_inspector rule governs",
                        label, q.target, *q.count, *q.per_inspector, s.computed_count, s.pool_size));
      } else {
        out.push_back(
            fmt::format("{} ({}): declared count {}, but the live pool has only {} objects; {} will "
                        "be drawn",
                        label, q.target, *q.count, s.pool_size, s.computed_count));
      }
    }
  }
  return out;
}

}  // namespace sjsj
