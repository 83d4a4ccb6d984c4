// plan check, plan load, plan show: the yearly random-check plan (随机抽查事项清单).
#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "cmd/command.hpp"
#include "lib/directory/pool.hpp"
#include "lib/plan/annex_table.hpp"
#include "lib/plan/plan_file.hpp"
#include "lib/plan/plan_store.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

// The file's bytes, at most one more than the plan size cap (parse_plan reports an oversized file
// without the whole of it being read).
std::string read_plan_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open the file", path));
  std::string text(kMaxPlanFileBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

std::size_t quota_total(const Plan& plan) {
  std::size_t n = 0;
  for (const auto& item : plan.items) n += item.quotas.size();
  return n;
}

std::string plan_title(const Plan& plan) { return fmt::format("{} {}年度随机抽查事项清单", plan.authority, plan.year); }

// Writes the annex in one of table, md, csv (official headers) or json.
void print_annex(Context& ctx, const Plan& plan, const std::vector<QuotaStatus>& statuses, Format format,
                 const nlohmann::ordered_json& extra, const std::string& subtitle) {
  switch (format) {
    case Format::json: {
      nlohmann::ordered_json doc = annex_json(plan, statuses);
      for (const auto& [k, v] : extra.items()) doc[k] = v;
      ctx.out << doc.dump(2) << "\n";
      return;
    }
    case Format::html:
      ctx.out << annex_html(plan, statuses);
      return;
    case Format::csv:
      render_report(annex_report(plan, statuses, ItemCells::every_row), format, ctx.out, Headers::display);
      return;
    case Format::md:
      ctx.out << "# " << plan_title(plan) << "\n\n" << subtitle << "\n\n";
      render_report(annex_report(plan, statuses, ItemCells::first_row), format, ctx.out, Headers::display);
      return;
    case Format::table:
      ctx.out << plan_title(plan) << " (" << subtitle << ")\n";
      render_report(annex_report(plan, statuses, ItemCells::first_row), format, ctx.out, Headers::display);
      return;
  }
}

std::string issued_text(const Plan& plan) {
  return plan.document.empty() ? fmt::format("issued {}", plan.issued.to_string())
                               : fmt::format("{}, issued {}", plan.document, plan.issued.to_string());
}

void run_check(Context& ctx, const std::string& file, const std::string& format_text) {
  const Format format = parse_format(format_text, {Format::table, Format::md, Format::csv, Format::json});
  const Plan plan = parse_plan(read_plan_file(file), file);
  const auto statuses = quota_statuses(ctx.store->db(), plan, credentialed_inspectors(ctx.store->db(), ctx.today));
  print_annex(ctx, plan, statuses, format, nlohmann::ordered_json::object(), issued_text(plan));
  const auto mismatches = count_mismatches(plan, statuses);
  for (const auto& m : mismatches) ctx.warnings.push_back(m);
  if (auto late = late_issue_warning(plan)) ctx.warnings.push_back(*late);
  if (format == Format::table) {
    ctx.out << fmt::format(
        "{}: the {} plan is valid: {} items, {} quotas; {}\n", file, plan.year, plan.items.size(), quota_total(plan),
        mismatches.empty() ? "every declared count equals the computed one"
                           : fmt::format("{} declared counts differ from the computed ones", mismatches.size()));
  }
}

void run_load(Context& ctx, const std::string& file) {
  const std::string text = read_plan_file(file);
  const StoredPlan stored = load_plan(*ctx.session, file, text);
  ctx.summary = {
      {"year", stored.year},          {"version", stored.version},         {"file_name", stored.file_name},
      {"sha256", stored.sha256},      {"items", stored.plan.items.size()}, {"quotas", quota_total(stored.plan)},
      {"unchanged", stored.unchanged}};
  if (stored.unchanged) {
    ctx.commit = false;  // nothing to record
    ctx.out << fmt::format("{}: the {} plan is unchanged (the same text as version {}, sha256 {}); nothing stored\n",
                           file, stored.year, stored.version, stored.sha256);
    return;
  }
  const auto statuses =
      quota_statuses(ctx.session->db(), stored.plan, credentialed_inspectors(ctx.session->db(), ctx.today));
  for (const auto& m : count_mismatches(stored.plan, statuses)) ctx.warnings.push_back(m);
  if (auto late = late_issue_warning(stored.plan)) ctx.warnings.push_back(*late);
  ctx.out << fmt::format("{}: stored as the {} plan, version {}: {} items, {} quotas; sha256 {}\n", file, stored.year,
                         stored.version, stored.plan.items.size(), quota_total(stored.plan), stored.sha256);
}

void run_show(Context& ctx, int year, const std::string& format_text) {
  const Format format = parse_format(format_text, {Format::table, Format::md, Format::csv, Format::json, Format::html});
  const auto stored = current_plan(ctx.store->db(), year);
  if (!stored) throw InputError(fmt::format("no plan is loaded for {}; load one with `sjsj plan load FILE`", year));
  const auto statuses =
      quota_statuses(ctx.store->db(), stored->plan, credentialed_inspectors(ctx.store->db(), ctx.today));
  const nlohmann::ordered_json extra = {
      {"version", stored->version}, {"file_name", stored->file_name}, {"sha256", stored->sha256}};
  print_annex(ctx, stored->plan, statuses, format, extra,
              fmt::format("{}; version {}, {}, sha256 {}", issued_text(stored->plan), stored->version,
                          stored->file_name, stored->sha256));
}

}  // namespace

void add_plan_commands(CLI::App& root, CommandTable& table) {
  auto* group = command_group(root, "plan", "the yearly random-check plan (随机抽查事项清单)");

  struct CheckArgs {
    std::string file, format;
  };
  auto ca = std::make_shared<CheckArgs>();
  auto* check = group->add_subcommand("check", "validate a plan file against the directory; write nothing");
  check->add_option("FILE", ca->file, "the plan (YAML, see docs/plan.md)")->required()->check(CLI::ExistingFile);
  add_format_option(check, ca->format, {Format::table, Format::md, Format::csv, Format::json});
  table.add(check, "plan check", Needs::read, [ca](Context& ctx) { run_check(ctx, ca->file, ca->format); });

  auto load_file = std::make_shared<std::string>();
  auto* load = group->add_subcommand("load", "store a plan file as its year's plan (a new version)");
  load->add_option("FILE", *load_file, "the plan (YAML, see docs/plan.md)")->required()->check(CLI::ExistingFile);
  table.add(load, "plan load", Needs::write, [load_file](Context& ctx) { run_load(ctx, *load_file); });

  struct ShowArgs {
    int year = 0;
    std::string format;
  };
  auto sa = std::make_shared<ShowArgs>();
  auto* show = group->add_subcommand("show", "print a year's stored plan as the official annex table");
  show->add_option("YEAR", sa->year, "the plan year, e.g. 2026")->required()->check(CLI::Range(2000, 2099));
  add_format_option(show, sa->format, {Format::table, Format::md, Format::csv, Format::json, Format::html});
  table.add(show, "plan show", Needs::read, [sa](Context& ctx) { run_show(ctx, sa->year, sa->format); });
}

}  // namespace sjsj::cli
