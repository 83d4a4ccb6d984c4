// tasks: the year's joint inspection tasks (综合查一次), one per object and period.
#include "lib/draw/tasks.hpp"
#include "cmd/command.hpp"

namespace sjsj::cli {

void add_task_commands(CLI::App& root, CommandTable& table) {
  struct Args {
    int year = 0;
    bool all = false;
    std::string format;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = root.add_subcommand("tasks", "list the year's inspection tasks (internal until inspected)");
  cmd->add_option("YEAR", args->year, "plan year")->required();
  cmd->add_flag("--all", args->all, "include cancelled tasks");
  add_format_option(cmd, args->format, {Format::table, Format::csv, Format::json});
  table.add(cmd, "tasks", Needs::read, [args](Context& ctx) {
    print_report(ctx, list_tasks(ctx.store->db(), {args->year, args->all}), args->format);
  });
}

}  // namespace sjsj::cli
