// audit overdue: for cron. Results whose publication deadline has passed (exit 3), those due soon,
// and those published late.
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/audit/overdue.hpp"
#include "lib/calendar/calendar_store.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {

void add_audit_overdue_commands(CLI::App& root, CommandTable& table) {
  struct OverdueArgs {
    std::string as_of;
    int within = 5;
    std::string format;
  };
  auto a = std::make_shared<OverdueArgs>();
  auto* audit = command_group(root, "audit", "check the year: overdue results, the yearly report, the ledger");
  auto* cmd = audit->add_subcommand("overdue",
                                    "results past their publication deadline (exit 3), due within N "
                                    "working days, or published late; for cron");
  cmd->add_option("--as-of", a->as_of, "the day to judge on, YYYY-MM-DD (default today)");
  cmd->add_option("--within", a->within, "also list results due within this many working days")
      ->check(CLI::Range(0, 250))
      ->capture_default_str();
  add_format_option(cmd, a->format, {Format::table, Format::csv, Format::json});
  table.add(cmd, "audit overdue", Needs::read, [a](Context& ctx) {
    Date as_of = ctx.today;
    if (!a->as_of.empty()) {
      const auto d = Date::parse(a->as_of);
      if (!d) throw UsageError(fmt::format("--as-of \"{}\": expected a date as YYYY-MM-DD", a->as_of));
      as_of = *d;
    }
    auto& db = ctx.store->db();
    const OverdueReport report = overdue_report(db, working_calendar(db), as_of, a->within);
    if (report.rows.empty() && a->format == "table") {
      ctx.out << fmt::format("nothing overdue, due within {} working day{} or published late on {}\n", a->within,
                             a->within == 1 ? "" : "s", as_of.to_string());
    } else {
      print_report(ctx, overdue_table(report), a->format);
    }
    if (!report.missing_years.empty()) ctx.warnings.push_back(provisional_warning(report.missing_years));
    if (report.overdue > 0) {
      ctx.check_failed = true;
      ctx.check_message = report.overdue == 1 ? "1 result is overdue for publication"
                                              : fmt::format("{} results are overdue for publication", report.overdue);
    }
  });
}

}  // namespace sjsj::cli
