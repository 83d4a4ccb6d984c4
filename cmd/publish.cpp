// publish: the disclosure file of a year's results (一公开, seed 三(六)), and marking them published.
#include <fmt/format.h>

#include <filesystem>

#include "cmd/command.hpp"
#include "lib/disclosure/disclosure.hpp"
#include "lib/disclosure/writers.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/result/outcomes.hpp"
#include "lib/util/atomic_file.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct PublishArgs {
  int year = 0;
  std::string as_of;
  std::string out;
  std::string format;
  std::int64_t republish = 0;
};

// The output path is given by whoever runs the command, possibly from a script fed by others: a
// ".." component could climb out of the folder the operator meant, so it is refused outright.
void check_out_path(const std::string& out) {
  if (out.empty() || out.back() == '/') throw UsageError(fmt::format("--out \"{}\": not a file name", out));
  for (const auto& part : std::filesystem::path(out)) {
    if (part == "..") {
      throw UsageError(
          fmt::format("--out \"{}\": a path with a \"..\" component is refused; give the folder without \"..\"", out));
    }
  }
  const std::string folder = folder_of(out);
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) {
    if (std::filesystem::exists(folder, ec)) {
      throw UsageError(fmt::format("--out \"{}\": {} is a file, not a folder", out, folder));
    }
    throw UsageError(fmt::format("--out \"{}\": the folder {} does not exist", out, folder));
  }
}

DisclosureFormat format_of(const PublishArgs& args, bool format_given) {
  if (format_given) return parse_disclosure_format(args.format);
  // Without --format the file's extension says it; anything else is CSV.
  const std::string ext = std::filesystem::path(args.out).extension().string();
  if (ext == ".json") return DisclosureFormat::json;
  if (ext == ".html" || ext == ".htm") return DisclosureFormat::html;
  if (ext == ".xlsx") return DisclosureFormat::xlsx;
  return DisclosureFormat::csv;
}

StoredPlan plan_of(Context& ctx, int year) {
  auto plan = current_plan(ctx.store->db(), year);
  if (!plan) throw InputError(fmt::format("there is no plan for {}; load it with sjsj plan load FILE", year));
  return std::move(*plan);
}

DisclosureSources sources_of(const StoredPlan& plan) {
  DisclosureSources s;
  s.plan = &plan.plan;
  s.outcome_wording = [](const std::string& key) { return outcome_wording(key); };
  return s;
}

std::string results_text(std::size_t n) { return fmt::format("{} result{}", n, n == 1 ? "" : "s"); }

std::string file_name_of(const std::string& path) { return std::filesystem::path(path).filename().string(); }

void run_republish(Context& ctx, const PublishArgs& args, DisclosureFormat format) {
  ctx.commit = false;  // regenerating changes nothing: no ledger entry
  auto& db = ctx.store->db();
  const auto info = find_publication(db, args.republish);
  if (!info) throw InputError(fmt::format("--republish {}: there is no such batch", args.republish));
  if (info->year != args.year) {
    throw InputError(
        fmt::format("--republish {}: the batch belongs to {}, not {}", args.republish, info->year, args.year));
  }
  const StoredPlan plan = plan_of(ctx, info->year);
  const Batch batch = stored_batch(db, info->id, sources_of(plan));
  AtomicFile file(args.out);
  const std::string sha = write_disclosure(batch, format, file);
  const auto first = published_file(db, *info);
  if (first && first->format == disclosure_format_name(format) && first->sha256 != sha) {
    ctx.warnings.push_back(fmt::format(
        "batch {} now renders differently from the {} file published on {} (SHA-256 {}, now {}): data behind it "
        "changed since; see docs/disclosure.md",
        batch.id, first->format, batch.published_on.to_string(), first->sha256, sha));
  }
  file.commit();
  ctx.out << fmt::format("republished batch {} of {}: {} published on {}, to {} ({})\n", batch.id, batch.year,
                         results_text(batch.rows.size()), batch.published_on.to_string(), args.out,
                         disclosure_format_name(format));
}

void run_publish(Context& ctx, const PublishArgs& args, bool format_given) {
  check_out_path(args.out);
  const DisclosureFormat format = format_of(args, format_given);
  if (args.republish > 0) {
    run_republish(ctx, args, format);
    return;
  }
  Date on = ctx.today;
  if (!args.as_of.empty()) {
    const auto d = Date::parse(args.as_of);
    if (!d) throw UsageError(fmt::format("--as-of: \"{}\" is not a date as YYYY-MM-DD", args.as_of));
    if (*d > ctx.today) {
      throw UsageError(fmt::format("--as-of {}: a publication date cannot be later than today ({})", args.as_of,
                                   ctx.today.to_string()));
    }
    on = *d;
  }
  const StoredPlan plan = plan_of(ctx, args.year);
  Batch batch = pending_batch(ctx.session->db(), args.year, on, sources_of(plan));
  if (batch.rows.empty()) {
    ctx.commit = false;  // nothing changed: no batch, no file, no ledger entry
    ctx.out << fmt::format(
        "nothing to publish for {} as of {}: no recorded public result awaits publication; "
        "{} not written\n",
        args.year, on.to_string(), args.out);
    return;
  }
  // The temporary file first, so a folder we cannot write to fails before anything is marked.
  AtomicFile file(args.out);
  mark_published(*ctx.session, batch);
  const std::string sha = write_disclosure(batch, format, file);
  ctx.summary = {{"batch", batch.id},
                 {"year", batch.year},
                 {"published_on", batch.published_on.to_string()},
                 {"rows", batch.rows.size()},
                 {"format", disclosure_format_name(format)},
                 {"file", file_name_of(args.out)},
                 {"sha256", sha}};
  ctx.out << fmt::format("published batch {} of {}: {} on {}, to {} ({})\n", batch.id, batch.year,
                         results_text(batch.rows.size()), batch.published_on.to_string(), args.out,
                         disclosure_format_name(format));
  // Last of all, so every failure before it leaves no file; main() commits the marks after this.
  file.commit();
}

}  // namespace

void add_publish_commands(CLI::App& root, CommandTable& table) {
  auto args = std::make_shared<PublishArgs>();
  auto* cmd =
      root.add_subcommand("publish", "write the disclosure file of a year's results and mark them published (一公开)");
  cmd->add_option("YEAR", args->year, "the plan year")->required()->check(CLI::Range(2000, 2999));
  auto* as_of = cmd->add_option("--as-of", args->as_of, "the publication date (公示日期), YYYY-MM-DD (default today)");
  cmd->add_option("--out", args->out, "the file to write (written whole or not at all)")->required();
  auto* format = cmd->add_option("--format", args->format,
                                 "csv, json, html or xlsx (default: from the file's extension, else csv)")
                     ->check(CLI::IsMember({"csv", "json", "html", "xlsx"}));
  cmd->add_option("--republish", args->republish, "write an earlier batch again, byte for byte, marking nothing")
      ->check(CLI::PositiveNumber)
      ->excludes(as_of);
  table.add(cmd, "publish", Needs::write,
            [args, format](Context& ctx) { run_publish(ctx, *args, format->count() > 0); });
}

}  // namespace sjsj::cli
