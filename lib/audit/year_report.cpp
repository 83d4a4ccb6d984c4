#include "lib/audit/year_report.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "lib/audit/deadlines.hpp"
#include "lib/disclosure/html_page.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

using nlohmann::json;

// The state of one current result.
struct ResultState {
  std::string task;
  std::string code;
  Date inspected_on;
  bool remote = false;
  bool confidential = false;
  std::optional<Date> published_on;
  DeadlineStatus status;
  bool overdue = false;
};

Date parse_stored_date(const std::string& text) {
  const auto d = Date::parse(text);
  if (!d) throw Error(ExitCode::internal, fmt::format("the database holds \"{}\" where a date belongs", text));
  return *d;
}

std::string text_or_empty(const SQLite::Column& c) { return c.isNull() ? std::string() : c.getString(); }

std::string percent(double share) { return fmt::format("{:.1f}%", share * 100.0); }

double rounded(double x) { return std::round(x * 10000.0) / 10000.0; }

nlohmann::ordered_json rows_json(const Report& r) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& row : r.rows) {
    nlohmann::ordered_json obj = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < r.columns.size(); ++i) obj[r.columns[i].key] = row[i];
    out.push_back(std::move(obj));
  }
  return out;
}

Report quota_table(const YearReport& y) {
  Report r;
  r.columns = {{"label", "抽查编号"},        {"item", "抽查事项"},     {"target", "检查对象"},  {"planned", "计划数量"},
               {"pool_size", "对象库数量"},  {"drawn", "抽取数量"},    {"inspected", "已检查"}, {"published", "已公开"},
               {"confidential", "不予公开"}, {"overdue", "逾期未公开"}};
  for (const auto& q : y.quotas) {
    r.rows.push_back({q.label, q.item, q.target, q.planned ? json(*q.planned) : json(nullptr),
                      q.pool_size ? json(*q.pool_size) : json(nullptr), q.drawn ? json(*q.drawn) : json(nullptr),
                      q.inspected, q.published, q.confidential, q.overdue});
  }
  return r;
}

struct Section {
  const char* key;
  const char* title;
  const Report* report;
};

std::vector<Section> anomaly_sections(const YearReport& y) {
  return {{"redraws", "重新抽取", &y.redraws},
          {"replaced_picks", "替换的抽取对象", &y.replaced_picks},
          {"amended_results", "更正的检查结果", &y.amended_results},
          {"team_warnings", "有警示的检查组", &y.team_warnings},
          {"frequent_visits", "超过年度检查次数上限的对象", &y.frequent_visits},
          {"late_publications", "逾期公开的结果", &y.late_publications}};
}

std::string title_of(const YearReport& y) {
  return fmt::format("{}{}年度“双随机、一公开”抽查工作审计报告", y.authority, y.year);
}

std::string rate_line(const YearReport& y) {
  const auto rate = y.disclosure_rate();
  const std::int64_t disclosable = y.recorded - y.confidential;
  if (!rate) return "抽查结果公开率：—（尚无应公开的检查结果）；目标 100%";
  return fmt::format("抽查结果公开率：{}/{} = {}；目标 100%：{}", y.published, disclosable, percent(*rate),
                     y.published == disclosable ? "已达到" : "未达到");
}

std::string remote_line(const YearReport& y) {
  const auto share = y.remote_share();
  return fmt::format("非现场检查：{}次，共检查{}次{}", y.remote, y.recorded,
                     share ? fmt::format("（{}）", percent(*share)) : std::string());
}

std::string plan_line(const YearReport& y) {
  return fmt::format("抽查计划：{}，{}印发{}", y.document, y.issued.to_string(),
                     y.issued_late ? "（晚于1月31日；实施方案三(五)要求1月底前完成制定、上报和公示）" : "");
}

void render_text(const YearReport& y, Format format, std::ostream& out) {
  const bool md = format == Format::md;
  const auto heading = [&](int level, const std::string& text) {
    if (md)
      out << std::string(static_cast<std::size_t>(level), '#') << ' ' << text << "\n\n";
    else
      out << text << '\n';
  };
  const auto para = [&](const std::string& text) { out << text << (md ? "\n\n" : "\n"); };
  heading(1, title_of(y));
  para(fmt::format("截至 {}", y.as_of.to_string()));
  para(plan_line(y));
  if (!md) out << '\n';
  heading(2, "各抽查事项");
  render_report(quota_table(y), format, out, Headers::display);
  out << '\n';
  para(rate_line(y));
  para(fmt::format("已录入{}条，不予公开{}条，已公开{}条，逾期未公开{}条", y.recorded, y.confidential, y.published,
                   y.overdue));
  para(remote_line(y));
  if (!y.provisional_years.empty()) {
    std::string years;
    for (int v : y.provisional_years) years += (years.empty() ? "" : ", ") + std::to_string(v);
    para(fmt::format("{}年的公开期限为暂定：未载入国务院节假日安排，按周一至周五计算（sjsj calendar load）", years));
  }
  if (!md) out << '\n';
  heading(2, "异常情况");
  std::size_t shown = 0;
  if (y.issued_late) {
    para(fmt::format("计划晚于1月31日印发：{}印发", y.issued.to_string()));
    ++shown;
  }
  for (const auto& s : anomaly_sections(y)) {
    if (s.report->rows.empty()) continue;
    ++shown;
    if (md)
      out << "### " << s.title << " (" << s.report->rows.size() << ")\n\n";
    else
      out << s.title << " (" << s.report->rows.size() << ")\n";
    render_report(*s.report, format, out, Headers::display);
    out << '\n';
  }
  if (shown == 0) para("无");
}

void render_json(const YearReport& y, std::ostream& out) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["year"] = y.year;
  j["as_of"] = y.as_of.to_string();
  j["authority"] = y.authority;
  j["plan"] = {{"document", y.document}, {"issued", y.issued.to_string()}, {"issued_late", y.issued_late}};
  j["quotas"] = rows_json(quota_table(y));
  const auto rate = y.disclosure_rate();
  j["disclosure"] = {{"recorded", y.recorded},
                     {"confidential", y.confidential},
                     {"disclosable", y.recorded - y.confidential},
                     {"published", y.published},
                     {"overdue", y.overdue},
                     {"rate", rate ? json(rounded(*rate)) : json(nullptr)},
                     {"target", 1.0},
                     {"target_met", y.published == y.recorded - y.confidential}};
  const auto share = y.remote_share();
  j["remote"] = {
      {"inspections", y.recorded}, {"remote", y.remote}, {"share", share ? json(rounded(*share)) : json(nullptr)}};
  nlohmann::ordered_json anomalies = nlohmann::ordered_json::object();
  anomalies["plan_issued_late"] = y.issued_late;
  for (const auto& s : anomaly_sections(y)) anomalies[s.key] = rows_json(*s.report);
  j["anomalies"] = anomalies;
  j["provisional_years"] = y.provisional_years;
  out << j.dump(2) << '\n';
}

void render_html(const YearReport& y, std::ostream& out) {
  const std::string title = title_of(y);
  out << html_page_open(title);
  out << fmt::format("<h1>{}</h1>\n<p class=\"meta\">截至 <time datetime=\"{}\">{}</time></p>\n", html_escape(title),
                     y.as_of.to_string(), y.as_of.to_string());
  out << fmt::format("<p>{}</p>\n", html_escape(plan_line(y)));
  out << html_table(quota_table(y), "各抽查事项", "quotas");
  out << fmt::format("<p>{}</p>\n<p>{}</p>\n", html_escape(rate_line(y)), html_escape(remote_line(y)));
  out << "<h2>异常情况</h2>\n";
  std::size_t shown = 0;
  if (y.issued_late) {
    out << fmt::format("<p>计划晚于1月31日印发（{}）。</p>\n", y.issued.to_string());
    ++shown;
  }
  for (const auto& s : anomaly_sections(y)) {
    if (s.report->rows.empty()) continue;
    ++shown;
    out << html_table(*s.report, fmt::format("{}（{}）", s.title, s.report->rows.size()), s.key);
  }
  if (shown == 0) out << "<p>无。</p>\n";
  out << html_page_close();
}

}  // namespace

std::optional<double> YearReport::disclosure_rate() const {
  const std::int64_t disclosable = recorded - confidential;
  if (disclosable <= 0) return std::nullopt;
  return static_cast<double>(published) / static_cast<double>(disclosable);
}

std::optional<double> YearReport::remote_share() const {
  if (recorded <= 0) return std::nullopt;
  return static_cast<double>(remote) / static_cast<double>(recorded);
}

YearReport build_year_report(SQLite::Database& db, const Plan& plan, const WorkingCalendar& calendar, Date as_of) {
  YearReport y;
  y.year = plan.year;
  y.as_of = as_of;
  y.authority = plan.authority;
  y.document = plan.document;
  y.issued = plan.issued;
  const auto jan31 = Date::from_ymd(plan.year, 1, 31);
  y.issued_late = jan31 && plan.issued > *jan31;

  // Current results and their deadlines.
  std::map<std::string, ResultState> by_task;
  std::set<int> missing_years;
  {
    SQLite::Statement q(db,
                        "SELECT r.task_id, t.object_code, r.inspected_on, r.mode, r.confidential <> '', p.published_on "
                        "FROM results r JOIN tasks t ON t.id = r.task_id "
                        "LEFT JOIN published_results pr ON pr.result_id = r.id "
                        "LEFT JOIN publications p ON p.id = pr.publication_id "
                        "WHERE t.year = ? AND r.superseded_by IS NULL ORDER BY r.inspected_on, r.task_id");
    q.bind(1, plan.year);
    while (q.executeStep()) {
      ResultState s;
      s.task = q.getColumn(0).getString();
      s.code = q.getColumn(1).getString();
      s.inspected_on = parse_stored_date(q.getColumn(2).getString());
      s.remote = q.getColumn(3).getString() == "remote";
      s.confidential = q.getColumn(4).getInt() != 0;
      if (!q.getColumn(5).isNull()) s.published_on = parse_stored_date(q.getColumn(5).getString());
      s.status = deadline_status(calendar, s.inspected_on, s.confidential, s.published_on, as_of, 0);
      s.overdue = s.status.state == DeadlineState::overdue;
      if (!s.confidential && s.status.deadline.provisional) {
        missing_years.insert(s.status.deadline.missing_years.begin(), s.status.deadline.missing_years.end());
      }
      ++y.recorded;
      if (s.confidential) ++y.confidential;
      if (s.published_on) ++y.published;
      if (s.overdue) ++y.overdue;
      if (s.remote) ++y.remote;
      by_task.emplace(s.task, s);
    }
  }
  y.provisional_years.assign(missing_years.begin(), missing_years.end());

  SQLite::Statement name_of(db, "SELECT name FROM objects WHERE code = ?");
  const auto object_name = [&](const std::string& code) {
    name_of.reset();
    name_of.bind(1, code);
    return name_of.executeStep() ? name_of.getColumn(0).getString() : std::string();
  };

  // Per quota and period.
  SQLite::Statement draw(db, "SELECT id, pool_size, k FROM draws WHERE label = ? AND superseded_by IS NULL");
  // The tasks of each current draw of the year, read in one pass: a query per quota scanned every
  // task link and fetched its pick at random each time (nine passes for the Banan plan), which made
  // the report grow 24x from 100,000 to 1,000,000 objects (bench/RESULTS.md).
  std::map<std::int64_t, std::set<std::string>> tasks_of_draw;
  {
    SQLite::Statement q(db,
                        "SELECT p.draw_id, tp.task_id FROM task_picks tp JOIN draw_picks p ON p.id = tp.pick_id "
                        "JOIN draws d ON d.id = p.draw_id WHERE d.year = ? AND d.superseded_by IS NULL");
    q.bind(1, plan.year);
    while (q.executeStep()) tasks_of_draw[q.getColumn(0).getInt64()].insert(q.getColumn(1).getString());
  }
  const std::set<std::string> no_tasks;
  for (const auto& item : plan.items) {
    for (const auto& quota : item.quotas) {
      for (const auto& period : period_names(plan.year, quota.period)) {
        QuotaAudit a;
        a.label = quota_label(period, item.seq, quota.index);
        a.item = item.name;
        a.target = quota.target;
        a.planned = quota.count;
        draw.reset();
        draw.bind(1, a.label);
        if (draw.executeStep()) {
          const std::int64_t draw_id = draw.getColumn(0).getInt64();
          a.pool_size = draw.getColumn(1).getInt64();
          a.drawn = draw.getColumn(2).getInt64();
          const auto linked = tasks_of_draw.find(draw_id);
          const std::set<std::string>& linked_tasks = linked == tasks_of_draw.end() ? no_tasks : linked->second;
          for (const auto& task : linked_tasks) {
            const auto found = by_task.find(task);
            if (found == by_task.end()) continue;
            const ResultState& s = found->second;
            ++a.inspected;
            if (s.published_on) ++a.published;
            if (s.confidential) ++a.confidential;
            if (s.overdue) ++a.overdue;
          }
        }
        y.quotas.push_back(std::move(a));
      }
    }
  }

  y.redraws.columns = {
      {"label", "抽查编号"}, {"drawn_on", "原抽取日期"}, {"redrawn_on", "重新抽取日期"}, {"reason", "原因"}};
  {
    SQLite::Statement q(db,
                        "SELECT o.label, o.drawn_on, n.drawn_on, COALESCE(n.redo_reason, o.redo_reason) "
                        "FROM draws o LEFT JOIN draws n ON n.id = o.superseded_by "
                        "WHERE o.year = ? AND o.superseded_by IS NOT NULL ORDER BY o.label, o.id");
    q.bind(1, plan.year);
    while (q.executeStep()) {
      y.redraws.rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), text_or_empty(q.getColumn(2)),
                                text_or_empty(q.getColumn(3))});
    }
  }

  y.replaced_picks.columns = {{"label", "抽查编号"},
                              {"rank", "序位"},
                              {"code", "统一社会信用代码"},
                              {"name", "检查对象名称"},
                              {"reason", "原因"}};
  {
    SQLite::Statement q(
        db,
        "SELECT d.label, p.rank, p.code, p.reason FROM draw_picks p JOIN draws d ON d.id = p.draw_id "
        "WHERE d.year = ? AND d.superseded_by IS NULL AND p.state = 'replaced' ORDER BY d.label, p.rank");
    q.bind(1, plan.year);
    while (q.executeStep()) {
      const std::string code = q.getColumn(2).getString();
      y.replaced_picks.rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getInt64(), code, object_name(code),
                                       text_or_empty(q.getColumn(3))});
    }
  }

  y.amended_results.columns = {{"task", "任务"},
                               {"code", "统一社会信用代码"},
                               {"inspected_on", "原检查日期"},
                               {"amended_on", "更正日期"},
                               {"reason", "更正原因"}};
  {
    SQLite::Statement q(
        db,
        "SELECT o.task_id, t.object_code, o.inspected_on, n.recorded_on, COALESCE(n.amend_reason, o.amend_reason) "
        "FROM results o JOIN tasks t ON t.id = o.task_id LEFT JOIN results n ON n.id = o.superseded_by "
        "WHERE t.year = ? AND o.superseded_by IS NOT NULL ORDER BY o.task_id, o.id");
    q.bind(1, plan.year);
    while (q.executeStep()) {
      y.amended_results.rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(),
                                        q.getColumn(2).getString(), text_or_empty(q.getColumn(3)),
                                        text_or_empty(q.getColumn(4))});
    }
  }

  y.team_warnings.columns = {{"task", "任务"}, {"code", "统一社会信用代码"}, {"warnings", "警示"}};
  {
    SQLite::Statement q(
        db,
        "SELECT a.task_id, t.object_code, a.warnings FROM assignments a JOIN tasks t ON t.id = a.task_id "
        "WHERE t.year = ? AND a.superseded_by IS NULL AND a.warnings <> '[]' ORDER BY a.task_id");
    q.bind(1, plan.year);
    while (q.executeStep()) {
      json warnings = json::array();
      const json stored = json::parse(q.getColumn(2).getString(), nullptr, false);
      if (stored.is_array()) {
        for (const auto& w : stored) warnings.push_back(w.is_string() ? w.get<std::string>() : w.dump());
      } else {
        warnings.push_back(q.getColumn(2).getString());
      }
      y.team_warnings.rows.push_back({q.getColumn(0).getString(), q.getColumn(1).getString(), warnings});
    }
  }

  y.frequent_visits.columns = {
      {"code", "统一社会信用代码"}, {"name", "检查对象名称"}, {"visits", "检查次数"}, {"limit", "年度上限"}};
  if (plan.limits.visits_per_year) {
    std::map<std::string, std::int64_t> visits;
    for (const auto& [task, s] : by_task) ++visits[s.code];
    for (const auto& [code, n] : visits) {
      if (n > *plan.limits.visits_per_year) {
        y.frequent_visits.rows.push_back({code, object_name(code), n, *plan.limits.visits_per_year});
      }
    }
  }

  y.late_publications.columns = {{"task", "任务"},
                                 {"code", "统一社会信用代码"},
                                 {"inspected_on", "检查日期"},
                                 {"deadline", "公开期限"},
                                 {"published_on", "公示日期"},
                                 {"days_late", "逾期工作日"},
                                 {"provisional", "期限为暂定"}};
  std::vector<const ResultState*> late;
  for (const auto& [task, s] : by_task) {
    if (s.status.state == DeadlineState::late) late.push_back(&s);
  }
  std::sort(late.begin(), late.end(), [](const ResultState* a, const ResultState* b) {
    return std::tie(a->inspected_on, a->task) < std::tie(b->inspected_on, b->task);
  });
  for (const ResultState* s : late) {
    y.late_publications.rows.push_back({s->task, s->code, s->inspected_on.to_string(),
                                        s->status.deadline.date.to_string(), s->published_on->to_string(),
                                        s->status.days_late, s->status.deadline.provisional});
  }
  return y;
}

void render_year_report(const YearReport& report, Format format, std::ostream& out) {
  switch (format) {
    case Format::table:
    case Format::md:
      render_text(report, format, out);
      return;
    case Format::json:
      render_json(report, out);
      return;
    case Format::html:
      render_html(report, out);
      return;
    case Format::csv:
      break;
  }
  throw UsageError("audit report: csv is not a format of the report; use table, md, json or html");
}

}  // namespace sjsj
