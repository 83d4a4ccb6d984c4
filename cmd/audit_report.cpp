// audit report: the auditor's view of a year (quotas, disclosure rate, anomalies).
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/audit/deadlines.hpp"
#include "lib/audit/year_report.hpp"
#include "lib/calendar/calendar_store.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct ReportArgs {
  int year = 0;
  std::string format;
};

void run_report(Context& ctx, const ReportArgs& args) {
  auto& db = ctx.store->db();
  const auto plan = current_plan(db, args.year);
  if (!plan) throw InputError(fmt::format("there is no plan for {}; load it with sjsj plan load FILE", args.year));
  const WorkingCalendar calendar = working_calendar(db);
  const YearReport report = build_year_report(db, plan->plan, calendar, ctx.today);
  const std::string warning = provisional_warning(report.provisional_years);
  if (!warning.empty()) ctx.warnings.push_back(warning);
  render_year_report(report, parse_format(args.format, {Format::table, Format::md, Format::json, Format::html}),
                     ctx.out);
}

}  // namespace

void add_audit_report_commands(CLI::App& root, CommandTable& table) {
  auto* audit = command_group(root, "audit", "check the year: overdue results, the year's report, the ledger, draws");
  auto args = std::make_shared<ReportArgs>();
  auto* cmd = audit->add_subcommand("report", "the year's report: quotas, disclosure rate against 100%, anomalies");
  cmd->add_option("YEAR", args->year, "the plan year")->required()->check(CLI::Range(2000, 2999));
  add_format_option(cmd, args->format, {Format::table, Format::md, Format::json, Format::html});
  table.add(cmd, "audit report", Needs::read, [args](Context& ctx) { run_report(ctx, *args); });
}

}  // namespace sjsj::cli
