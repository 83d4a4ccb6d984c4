// assign, assign redo, assign commit: choose inspection teams at random (the second 随机), under
// the law's constraints, replayably. The procedure is lib/assignment/team_choice.hpp and
// docs/assign.md.
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/assignment/assignment_store.hpp"
#include "lib/draw/seed_commitment.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct AssignArgs {
  int year = 0;
  SeedOptions seed;
  std::vector<std::string> tasks;
  std::string on;
  int team_size = 2;
  bool no_rotation = false;
  bool partial = false;
  bool dry_run = false;
  std::string format;
};

struct RedoArgs {
  std::string task;
  std::string reason;
  SeedOptions seed;
  std::string on;
  bool dry_run = false;
  std::string format;
};

struct CommitArgs {
  int year = 0;
  SeedOptions seed;
};

Date date_or_today(const Context& ctx, const std::string& text) {
  if (text.empty()) return ctx.today;
  const auto d = Date::parse(text);
  if (!d) throw UsageError(fmt::format("--on: \"{}\" is not a date as YYYY-MM-DD", text));
  return *d;
}

std::string seed_or_throw(const SeedOptions& options) {
  const auto seed = resolve_seed(options);
  if (!seed) throw UsageError("give the seed: --seed TEXT, --seed-file FILE or --random-seed");
  return *seed;
}

Report run_report(const AssignRun& run) {
  Report r;
  r.columns = {{"task", "任务编号"}, {"code", "统一社会信用代码"}, {"name", "检查对象"}, {"team", "检查人员"},
               {"names", "姓名"},    {"warnings", "提示"}};
  for (const auto& t : run.tasks) {
    nlohmann::json team = nlohmann::json::array();
    nlohmann::json names = nlohmann::json::array();
    for (const auto& m : t.members) {
      team.push_back(m.badge);
      names.push_back(m.name);
    }
    nlohmann::json warnings = nlohmann::json::array();
    if (t.failure) warnings.push_back("not assigned: " + *t.failure);
    for (const auto& w : t.warnings) warnings.push_back(w);
    r.rows.push_back({t.task_id, t.object_code, t.object_name, team, names, warnings});
  }
  return r;
}

// Writes the report; for tables, a closing line with what the run was.
void print_run(Context& ctx, const AssignRun& run, const std::string& format, bool dry_run, bool random_seed,
               const char* verb) {
  print_report(ctx, run_report(run), format);
  for (const auto& t : run.tasks) {
    if (t.failure)
      ctx.warnings.push_back(fmt::format("task {} ({}) not assigned: {}", t.task_id, t.object_code, *t.failure));
  }
  if (random_seed) ctx.warnings.push_back(fmt::format("random seed: {}", run.seed));
  if (format != "table") return;
  ctx.out << fmt::format("{}{} {} task{} on {} (team size {}, rotation {}; seed SHA-256 {}){}{}\n",
                         dry_run ? "dry run: " : "", verb, run.assigned(), run.assigned() == 1 ? "" : "s",
                         run.on.to_string(), run.team_size, run.rotation ? "on" : "off", run.seed_sha256,
                         run.failed() > 0 ? fmt::format("; {} not assigned", run.failed()) : "",
                         dry_run ? "; nothing written" : "");
}

}  // namespace

void add_assign_commands(CLI::App& root, CommandTable& table) {
  auto a = std::make_shared<AssignArgs>();
  auto* assign = root.add_subcommand("assign", "choose inspection teams at random for the year's open tasks");
  assign->require_subcommand(0, 1);
  assign->add_option("YEAR", a->year, "the plan year");
  add_seed_options(assign, a->seed, false);
  assign->add_option("--task", a->tasks, "only these tasks (repeatable), e.g. 2026-0001");
  assign->add_option("--on", a->on, "the assignment date: credentials must be valid on it (default today)");
  assign->add_option("--team-size", a->team_size, "inspectors per team (at least 2)")
      ->check(CLI::Range(2, 99))
      ->capture_default_str();
  assign->add_flag("--no-rotation", a->no_rotation, "do not leave out the team that last inspected the object");
  assign->add_flag("--partial", a->partial, "assign the tasks that can be, and list those that cannot");
  assign->add_flag("--dry-run", a->dry_run, "choose and report; write nothing");
  add_format_option(assign, a->format, {Format::table, Format::csv, Format::json});
  table.add(assign, "assign", Needs::write, [a](Context& ctx) {
    if (a->year == 0) throw UsageError("assign: give the YEAR (or a subcommand: redo, commit)");
    AssignRequest request;
    request.year = a->year;
    request.seed = seed_or_throw(a->seed);
    request.on = date_or_today(ctx, a->on);
    request.team_size = a->team_size;
    request.rotation = !a->no_rotation;
    request.partial = a->partial;
    request.task_ids = a->tasks;
    const AssignRun run = run_assignment(*ctx.session, stored_plans(ctx.session->db()), request);
    ctx.summary = run.summary();
    ctx.commit = !a->dry_run;
    print_run(ctx, run, a->format, a->dry_run, a->seed.random, "assigned");
  });

  auto r = std::make_shared<RedoArgs>();
  auto* redo = assign->add_subcommand("redo", "choose a task's team again; the old team stays on record, superseded");
  redo->add_option("TASK", r->task, "the task, e.g. 2026-0001")->required();
  redo->add_option("--reason", r->reason, "why the team changes (illness, a conflict of interest)")->required();
  add_seed_options(redo, r->seed);
  redo->add_option("--on", r->on, "the assignment date (default today)");
  redo->add_flag("--dry-run", r->dry_run, "choose and report; write nothing");
  add_format_option(redo, r->format, {Format::table, Format::csv, Format::json});
  table.add(redo, "assign redo", Needs::write, [r](Context& ctx) {
    const AssignRun run = redo_assignment(*ctx.session, stored_plans(ctx.session->db()), r->task, r->reason,
                                          seed_or_throw(r->seed), date_or_today(ctx, r->on));
    ctx.summary = run.summary();
    ctx.summary["redo_reason"] = r->reason;
    ctx.commit = !r->dry_run;
    print_run(ctx, run, r->format, r->dry_run, r->seed.random, "reassigned");
  });

  auto c = std::make_shared<CommitArgs>();
  auto* commit = assign->add_subcommand(
      "commit", "store and print the SHA-256 of the assignment seed, to publish before assigning");
  commit->add_option("YEAR", c->year, "the plan year")->required();
  add_seed_options(commit, c->seed);
  table.add(commit, "assign commit", Needs::write, [c](Context& ctx) {
    const std::string seed = seed_or_throw(c->seed);
    const SeedCommitment done = commit_seed(*ctx.session, c->year, SeedPurpose::assign, seed, ctx.now_utc);
    ctx.summary = {{"year", c->year}, {"purpose", "assign"}, {"seed_sha256", done.seed_sha256}};
    if (c->seed.random) ctx.out << fmt::format("seed: {} (keep it secret until the assignment)\n", seed);
    ctx.out << fmt::format("assign seed commitment for {}: SHA-256 {}\n", c->year, done.seed_sha256);
  });
}

}  // namespace sjsj::cli
