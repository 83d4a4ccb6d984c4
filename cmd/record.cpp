// record: enter inspection results (谁检查、谁录入), one on the command line or a batch from CSV.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <fstream>

#include "cmd/command.hpp"
#include "lib/audit/deadlines.hpp"
#include "lib/calendar/calendar_store.hpp"
#include "lib/result/outcomes.hpp"
#include "lib/result/record.hpp"
#include "lib/result/result_columns.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct RecordArgs {
  std::string task;
  std::string date;
  std::string outcome;
  std::string mode;
  std::string findings;
  std::string transfer_to;
  std::string confidential;
  std::vector<std::string> by;
  bool amend = false;
  std::string reason;
  std::string file;
  std::string encoding;
};

// A field normalised as a batch column of the same key would be; UsageError naming the option.
std::string normalised(const char* key, const char* option, const std::string& given) {
  FieldCheck check = normalise_field(result_column(key), given, {});
  if (!check.value) throw UsageError(fmt::format("{} \"{}\": expected {}", option, given, check.expected));
  return *check.value;
}

std::string describe(const RecordedResult& r) {
  std::string line = fmt::format("{} {}: {} {}, {} ({}), by {}", r.task, r.replaced ? "amended" : "recorded", r.code,
                                 r.inspected_on.to_string(), outcome_wording(r.outcome), r.mode, fmt::join(r.by, "|"));
  if (!r.confidential.empty()) return line + fmt::format("; confidential ({}): never published", r.confidential);
  return line +
         fmt::format("; publish by {}{}", r.deadline.date.to_string(), r.deadline.provisional ? " (provisional)" : "");
}

void report_recorded(Context& ctx, const std::vector<RecordedResult>& recorded) {
  std::vector<int> missing;
  for (const auto& r : recorded) {
    ctx.out << describe(r) << "\n";
    if (r.confidential.empty())
      missing.insert(missing.end(), r.deadline.missing_years.begin(), r.deadline.missing_years.end());
  }
  std::sort(missing.begin(), missing.end());
  missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
  if (!missing.empty()) ctx.warnings.push_back(provisional_warning(missing));
}

void run_record(Context& ctx, const RecordArgs& a) {
  const WorkingCalendar calendar = working_calendar(ctx.session->db());
  if (!a.file.empty()) {
    std::ifstream in(a.file, std::ios::binary);
    if (!in) throw InputError(fmt::format("{}: cannot open the file", a.file));
    const BatchSummary s =
        record_results_file(*ctx.session, calendar, in, a.file, parse_encoding(a.encoding), ctx.today);
    ctx.summary = s.to_json();
    report_recorded(ctx, s.recorded);
    ctx.out << fmt::format("{}: {} row{} ({}): {} result{} recorded\n", a.file, s.rows, s.rows == 1 ? "" : "s",
                           s.encoding, s.recorded.size(), s.recorded.size() == 1 ? "" : "s");
    return;
  }
  if (a.task.empty()) throw UsageError("record: give a TASK with --date and --outcome, or --file FILE");
  if (a.date.empty() || a.outcome.empty()) throw UsageError("record TASK needs --date and --outcome");
  ResultInput in;
  in.task = a.task;
  const auto date = Date::parse(normalised("date", "--date", a.date));
  in.inspected_on = *date;
  const auto outcome = parse_outcome(a.outcome);
  if (!outcome) throw UsageError(fmt::format("--outcome \"{}\": expected one of {}", a.outcome, outcome_choices()));
  in.outcome = *outcome;
  in.mode = normalised("mode", "--mode", a.mode);
  in.findings = a.findings;
  in.transfer_to = a.transfer_to;
  in.confidential = a.confidential;
  in.by = a.by;
  if (a.amend) in.amend_reason = a.reason;
  ResultRecorder recorder(*ctx.session, calendar, ctx.today);
  const RecordedResult r = recorder.record(in);
  ctx.summary = r.to_json();
  if (a.amend) ctx.summary["amend_reason"] = a.reason;
  report_recorded(ctx, {r});
}

}  // namespace

void add_record_commands(CLI::App& root, CommandTable& table) {
  auto a = std::make_shared<RecordArgs>();
  auto* cmd = root.add_subcommand("record", "record an inspection result (检查结果), or a batch of them from CSV");
  auto* task = cmd->add_option("TASK", a->task, "the task inspected, e.g. 2026-0001");
  auto* date = cmd->add_option("--date", a->date, "the inspection date, YYYY-MM-DD (检查日期)");
  auto* outcome =
      cmd->add_option("--outcome", a->outcome, "the result, by key or official wording: " + outcome_choices());
  auto* mode = cmd->add_option("--mode", a->mode, "onsite (现场检查) or remote (非现场检查)")->capture_default_str();
  a->mode = "onsite";
  auto* findings = cmd->add_option("--findings", a->findings, "what was found (检查情况)");
  auto* transfer = cmd->add_option("--transfer-to", a->transfer_to, "the authority a matter was handed over to (移交)");
  auto* confidential = cmd->add_option("--confidential", a->confidential,
                                       "withhold from publication, with the reason (保密、国家安全、公共安全)");
  auto* by = cmd->add_option("--by", a->by, "badges of the inspectors (default: the whole team); repeatable");
  auto* amend = cmd->add_flag("--amend", a->amend, "replace the task's result (kept on record); needs --reason");
  auto* reason = cmd->add_option("--reason", a->reason, "why the result is amended");
  amend->needs(reason);
  reason->needs(amend);
  auto* file = cmd->add_option("--file", a->file,
                               "a CSV of results: task, date, outcome, mode, findings, "
                               "transfer_to, confidential, by (or the Chinese headers)")
                   ->check(CLI::ExistingFile);
  auto* encoding = add_encoding_option(cmd, a->encoding);
  for (auto* single : {task, date, outcome, mode, findings, transfer, confidential, by, amend, reason}) {
    file->excludes(single);
  }
  encoding->needs(file);
  table.add(cmd, "record", Needs::write, [a](Context& ctx) { run_record(ctx, *a); });
}

}  // namespace sjsj::cli
