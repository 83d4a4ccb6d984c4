// draw commit | run | redo | replace | list | show: the lottery of inspection objects.
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/draw/draw_store.hpp"
#include "lib/draw/seed_commitment.hpp"
#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj::cli {
namespace {

std::string require_seed(const SeedOptions& options, Context& ctx) {
  auto seed = resolve_seed(options);
  if (!seed) throw UsageError("a seed is needed: --seed TEXT, --seed-file FILE or --random-seed");
  if (options.random) ctx.warnings.push_back(fmt::format("random seed (publish it with the result): {}", *seed));
  return *seed;
}

Report picks_report(const std::vector<StoredDraw>& draws) {
  Report r;
  r.columns = {{"label", "抽查事项编号"}, {"rank", "序位"},   {"code", "统一社会信用代码"},
               {"name", "单位名称"},      {"ticket", "签值"}, {"state", "状态"}};
  for (const auto& d : draws) {
    for (const auto& p : d.picks) {
      r.rows.push_back({d.label, p.rank, p.code, p.name, p.ticket, p.state});
    }
  }
  return r;
}

void print_draws(Context& ctx, const std::vector<StoredDraw>& draws, const std::string& format) {
  if (format == "json") {
    nlohmann::json all = nlohmann::json::array();
    for (const auto& d : draws) all.push_back(d.to_json());
    ctx.out << all.dump(1) << '\n';
    return;
  }
  if (format == "table") {
    for (const auto& d : draws) {
      ctx.out << fmt::format("{}: {} of {} drawn (pool SHA-256 {}, seed SHA-256 {})\n", d.label, d.k, d.pool_size,
                             d.pool_sha256, d.seed_sha256);
    }
    if (draws.empty()) return;  // the caller says that nothing was drawn
    ctx.out << '\n';
  }
  print_report(ctx, picks_report(draws), format);
}

struct RunArgs {
  int year = 0;
  SeedOptions seed;
  std::vector<std::string> labels;
  bool dry_run = false;
  std::string format;
};

struct RedoArgs {
  std::string label;
  std::string reason;
  SeedOptions seed;
  std::string format;
};

struct ReplaceArgs {
  std::string label;
  std::string code;
  std::string reason;
  std::string format;
};

}  // namespace

void add_draw_commands(CLI::App& root, CommandTable& table) {
  auto* draw = command_group(root, "draw", "the lottery of inspection objects (随机抽取检查对象)");

  auto commit = std::make_shared<RunArgs>();
  auto* c = draw->add_subcommand("commit", "publish the SHA-256 of the seed before the draw (commit before reveal)");
  c->add_option("YEAR", commit->year, "plan year")->required();
  add_seed_options(c, commit->seed);
  table.add(c, "draw commit", Needs::write, [commit](Context& ctx) {
    const std::string seed = require_seed(commit->seed, ctx);
    const auto stored = commit_seed(*ctx.session, commit->year, SeedPurpose::draw, seed, ctx.now_utc);
    ctx.summary = {{"year", commit->year}, {"purpose", "draw"}, {"seed_sha256", stored.seed_sha256}};
    ctx.out << fmt::format(
        "draw seed commitment for {}: SHA-256 {}\npublish this before the draw; "
        "draw run will refuse any other seed\n",
        commit->year, stored.seed_sha256);
  });

  auto run = std::make_shared<RunArgs>();
  auto* r = draw->add_subcommand("run", "draw every quota of the year's plan not drawn yet (or the given labels)");
  r->add_option("YEAR", run->year, "plan year")->required();
  add_seed_options(r, run->seed);
  r->add_option("--label", run->labels, "only these quotas, e.g. 2026/1.2");
  r->add_flag("--dry-run", run->dry_run, "show the result; store nothing");
  add_format_option(r, run->format, {Format::table, Format::csv, Format::json});
  table.add(r, "draw run", Needs::write, [run](Context& ctx) {
    DrawRequest request{run->year, require_seed(run->seed, ctx), run->labels, ctx.today};
    const DrawRun result = run_draws(*ctx.session, request);
    for (const auto& w : result.warnings) ctx.warnings.push_back(w);
    nlohmann::json labels = nlohmann::json::array();
    std::size_t picks = 0;
    for (const auto& d : result.draws) {
      labels.push_back({{"label", d.label}, {"pool_sha256", d.pool_sha256}, {"k", d.k}});
      picks += d.picks.size();
    }
    ctx.summary = {{"year", run->year},
                   {"seed_sha256", sha256_hex(request.seed)},
                   {"draws", labels},
                   {"picks", picks},
                   {"tasks_created", result.tasks_created}};
    // A run that finds everything drawn (a second cron job, a repeated command) changes nothing:
    // no ledger entry, as publish does when nothing awaits publication.
    ctx.commit = !run->dry_run && (!result.draws.empty() || result.tasks_created > 0);
    print_draws(ctx, result.draws, run->format);
    if (run->format == "table") {
      const auto plural = [](std::size_t n, const char* word) {
        return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
      };
      ctx.out << fmt::format("\n{} drawn, {}, {}{}\n", plural(result.draws.size(), "quota"), plural(picks, "pick"),
                             plural(result.tasks_created, "new task"),
                             run->dry_run ? " (dry run: nothing stored)" : "");
    }
  });

  auto redo = std::make_shared<RedoArgs>();
  auto* rd = draw->add_subcommand("redo", "supersede a quota's draw with a new seed, keeping the old one on record");
  rd->add_option("LABEL", redo->label, "quota label, e.g. 2026/1.2")->required();
  rd->add_option("--reason", redo->reason, "why the draw is redone (shown in the audit)")->required();
  add_seed_options(rd, redo->seed);
  add_format_option(rd, redo->format, {Format::table, Format::csv, Format::json});
  table.add(rd, "draw redo", Needs::write, [redo](Context& ctx) {
    const std::string seed = require_seed(redo->seed, ctx);
    const StoredDraw d = redo_draw(*ctx.session, redo->label, redo->reason, seed, ctx.today);
    ctx.summary = {{"label", d.label},
                   {"reason", redo->reason},
                   {"seed_sha256", d.seed_sha256},
                   {"pool_sha256", d.pool_sha256},
                   {"k", d.k}};
    print_draws(ctx, {d}, redo->format);
  });

  auto replace = std::make_shared<ReplaceArgs>();
  auto* rp =
      draw->add_subcommand("replace", "replace a pick that cannot be inspected by the next object in ticket order");
  rp->add_option("LABEL", replace->label, "quota label")->required();
  rp->add_option("CODE", replace->code, "the picked object's code")->required();
  rp->add_option("--reason", replace->reason, "why the pick cannot be inspected")->required();
  add_format_option(rp, replace->format, {Format::table, Format::csv, Format::json});
  table.add(rp, "draw replace", Needs::write, [replace](Context& ctx) {
    const StoredDraw d = replace_pick(*ctx.session, replace->label, replace->code, replace->reason);
    const auto& added = d.picks.back();
    ctx.summary = {
        {"label", d.label}, {"replaced", replace->code}, {"replacement", added.code}, {"reason", replace->reason}};
    if (replace->format == "table") {
      ctx.out << fmt::format("{}: {} replaced by {} {} (rank {}, the next in ticket order)\n\n", d.label, replace->code,
                             added.code, added.name, added.rank);
    }
    print_draws(ctx, {d}, replace->format);
  });

  struct ListArgs {
    int year = 0;
    std::string format;
  };
  auto list = std::make_shared<ListArgs>();
  auto* l = draw->add_subcommand("list", "the draws of a year, current and superseded");
  l->add_option("YEAR", list->year, "plan year")->required();
  add_format_option(l, list->format, {Format::table, Format::csv, Format::json});
  table.add(l, "draw list", Needs::read, [list](Context& ctx) {
    Report rep;
    rep.columns = {
        {"label", "抽查事项编号"},     {"period", "周期"},          {"pool_size", "对象库数量"}, {"count", "抽取数量"},
        {"pool_sha256", "对象库摘要"}, {"seed_sha256", "种子摘要"}, {"drawn_on", "抽取日期"},    {"status", "状态"},
        {"redo_reason", "重抽原因"}};
    for (const auto& d : list_draws(ctx.store->db(), list->year)) {
      rep.rows.push_back({d.label, d.period, d.pool_size, d.k, d.pool_sha256, d.seed_sha256, d.drawn_on,
                          d.superseded_by ? "superseded" : "current", d.redo_reason});
    }
    print_report(ctx, rep, list->format);
  });

  struct ShowArgs {
    std::string label;
    bool pool = false;
    std::string format;
  };
  auto show = std::make_shared<ShowArgs>();
  auto* s = draw->add_subcommand("show", "the current draw of a quota with its seed, pool digest and picks");
  s->add_option("LABEL", show->label, "quota label")->required();
  s->add_flag(
      "--pool", show->pool,
      "print the stored pool instead, one code per line: the list to publish, whose SHA-256 is the pool digest");
  add_format_option(s, show->format, {Format::table, Format::csv, Format::json});
  table.add(s, "draw show", Needs::read, [show](Context& ctx) {
    auto d = find_current_draw(ctx.store->db(), show->label);
    if (!d) throw InputError(fmt::format("{} has no current draw", show->label));
    if (show->pool) {
      ctx.out << stored_pool_text(ctx.store->db(), d->id);
      return;
    }
    // Redone draws stay on record: show names them, so a reader of the current draw sees them.
    std::vector<StoredDraw> earlier;
    for (auto& old : list_draws(ctx.store->db(), d->year)) {
      if (old.label == d->label && old.superseded_by) earlier.push_back(std::move(old));
    }
    if (show->format == "json") {
      nlohmann::json j = d->to_json();
      j["superseded_draws"] = nlohmann::json::array();
      for (const auto& old : earlier) {
        j["superseded_draws"].push_back({{"seed_sha256", old.seed_sha256},
                                         {"pool_sha256", old.pool_sha256},
                                         {"count", old.k},
                                         {"drawn_on", old.drawn_on},
                                         {"redo_reason", old.redo_reason}});
      }
      ctx.out << nlohmann::json::array({j}).dump(1) << '\n';
      return;
    }
    if (show->format == "table") {
      ctx.out << fmt::format("seed: {}\n", d->seed);
      for (const auto& old : earlier) {
        ctx.out << fmt::format("supersedes the draw of {} (seed SHA-256 {}), redone because: {}\n", old.drawn_on,
                               old.seed_sha256, old.redo_reason);
      }
    }
    print_draws(ctx, {*d}, show->format);
  });
}

}  // namespace sjsj::cli
