// audit replay: recompute stored draws (and teams) from their seeds and pools, or re-run one
// published draw without any database.
#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "cmd/command.hpp"
#include "lib/assignment/assignment_store.hpp"
#include "lib/draw/replay.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct ReplayArgs {
  std::vector<std::string> labels;
  bool all = false;
  SeedOptions seed;
  std::string label;
  std::string pool_file;
  std::string ratio;
  std::uint64_t count = 0;
  std::string format;
};

void replay_offline(Context& ctx, const ReplayArgs& a) {
  const auto seed = resolve_seed(a.seed);
  if (!seed || a.label.empty())
    throw UsageError("a published draw is replayed with --seed…, --label L and --pool FILE");
  std::ifstream in(a.pool_file, std::ios::binary);
  if (!in) throw InputError(a.pool_file + ": cannot open the pool list");
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto pool = parse_pool_list(text);
  std::optional<std::string> ratio;
  std::optional<std::uint64_t> count;
  if (!a.ratio.empty())
    ratio = a.ratio;
  else
    count = a.count;
  const auto result = replay_published_draw(*seed, a.label, pool, ratio, count);
  if (a.format == "json") {
    ctx.out << result.dump(1) << '\n';
    return;
  }
  if (a.format == "table") {
    ctx.out << fmt::format("{}: {} of {} (pool SHA-256 {})\n\n", a.label, result["count"].get<std::size_t>(),
                           pool.size(), result["pool_sha256"].get<std::string>());
  }
  Report r;
  r.columns = {{"rank", "序位"}, {"code", "统一社会信用代码"}, {"ticket", "签值"}};
  for (const auto& p : result["picks"]) r.rows.push_back({p["rank"], p["code"], p["ticket"]});
  print_report(ctx, r, a.format);
}

void replay_database(Context& ctx, const ReplayArgs& a) {
  Store store(ctx.db_path, Store::Access::read_only);
  const bool every = a.all || a.labels.empty();
  const DrawReplay draws = replay_stored_draws(store.db(), every ? std::vector<std::string>{} : a.labels);
  // Teams are re-derived when the whole database is replayed; a list of labels names draws only.
  const AssignmentReplay teams = every ? replay_assignments(store.db()) : AssignmentReplay{};
  Report r;
  r.columns = {{"kind", "类别"}, {"label", "编号"}, {"finding", "差异"}};
  for (const auto& f : draws.findings) r.rows.push_back({"draw", f.label, f.what});
  for (const auto& f : teams.findings) r.rows.push_back({"team", f.task_id, f.what});
  if (a.format == "table") {
    const auto verdict = [](std::size_t n) {
      return n == 0 ? std::string("all identical") : fmt::format("{} difference{}", n, n == 1 ? "" : "s");
    };
    ctx.out << fmt::format("draws: {} replayed, {} picks checked, {}\n", draws.draws_checked, draws.picks_checked,
                           verdict(draws.findings.size()));
    if (every)
      ctx.out << fmt::format("teams: {} replayed, {}\n", teams.assignments_checked, verdict(teams.findings.size()));
    if (!r.rows.empty()) {
      ctx.out << '\n';
      print_report(ctx, r, a.format);
    }
  } else {
    print_report(ctx, r, a.format);
  }
  if (!r.rows.empty()) {
    ctx.check_failed = true;
    ctx.check_message =
        fmt::format("replay found {} difference{}, first: {}: {}", r.rows.size(), r.rows.size() == 1 ? "" : "s",
                    r.rows.front()[1].get<std::string>(), r.rows.front()[2].get<std::string>());
  }
}

}  // namespace

void add_audit_replay_commands(CLI::App& root, CommandTable& table) {
  auto* audit = command_group(root, "audit", "checks for the bureau and outside auditors");
  auto a = std::make_shared<ReplayArgs>();
  auto* cmd = audit->add_subcommand(
      "replay", "recompute stored draws and teams from their seeds and inputs; or re-run a published draw");
  cmd->add_option("LABEL", a->labels, "only these quota labels (default: all)");
  cmd->add_flag("--all", a->all, "every stored draw (the default)");
  add_seed_options(cmd, a->seed, false);
  cmd->add_option("--label", a->label, "with --pool: the published quota label");
  auto* pool = cmd->add_option("--pool", a->pool_file, "a published pool list, one code per line (no database needed)")
                   ->check(CLI::ExistingFile);
  auto* ratio = cmd->add_option("--ratio", a->ratio, "with --pool: the quota's ratio, e.g. 10%");
  auto* count = cmd->add_option("--count", a->count, "with --pool: the quota's count");
  ratio->excludes(count);
  ratio->needs(pool);
  count->needs(pool);
  add_format_option(cmd, a->format, {Format::table, Format::csv, Format::json});
  table.add(cmd, "audit replay", Needs::nothing, [a, pool, ratio, count](Context& ctx) {
    if (*pool) {
      if (!*ratio && !*count) throw UsageError("--pool needs --ratio R or --count K");
      replay_offline(ctx, *a);
    } else {
      replay_database(ctx, *a);
    }
  });
}

}  // namespace sjsj::cli
