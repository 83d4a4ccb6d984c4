// calendar: the official working-day calendars (工作日) the publication deadlines are counted on.
#include <fmt/format.h>

#include <fstream>
#include <iterator>

#include "cmd/command.hpp"
#include "lib/audit/deadlines.hpp"
#include "lib/calendar/calendar_store.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

// "1 holiday", "2 holidays".
std::string count_of(std::size_t n, const char* noun) { return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s"); }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open the file", path));
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// One row per holiday period and per working weekend.
Report year_days(const CalendarYearInfo& info) {
  Report r;
  r.columns = {{"kind", "类型"}, {"name", "名称"}, {"from", "起"}, {"to", "止"}, {"days", "天数"}};
  if (!info.data) return r;
  for (const Holiday& h : info.data->holidays) {
    r.rows.push_back({"holiday", h.name, h.from.to_string(), h.to.to_string(), h.to.days() - h.from.days() + 1});
  }
  for (const Date& d : info.data->working_weekends) {
    r.rows.push_back({"working_weekend", "调休", d.to_string(), d.to_string(), 1});
  }
  return r;
}

std::string origin_text(const CalendarYearInfo& info) {
  switch (info.origin) {
    case CalendarOrigin::builtin:
      return "built-in";
    case CalendarOrigin::loaded:
      return fmt::format("loaded by ledger entry {}{}", *info.ledger_seq,
                         info.overrides_builtin ? ", overriding the built-in year" : "");
    case CalendarOrigin::none:
      break;
  }
  return "none: weekdays only, deadlines in this year are provisional (load it with `sjsj calendar load FILE`)";
}

void show_year(Context& ctx, int year, const std::string& format) {
  const CalendarYearInfo info = calendar_year_info(ctx.store->db(), year);
  const Report days = year_days(info);
  if (format == "json") {
    nlohmann::ordered_json j = {{"year", year},
                                {"origin", calendar_origin_name(info.origin)},
                                {"source", info.data ? info.data->source : ""},
                                {"working_days", info.working_days},
                                {"holidays", nlohmann::json::array()},
                                {"working_weekends", nlohmann::json::array()}};
    if (info.ledger_seq) j["ledger_seq"] = *info.ledger_seq;
    if (info.data) {
      for (const Holiday& h : info.data->holidays) {
        j["holidays"].push_back(
            nlohmann::ordered_json{{"name", h.name}, {"from", h.from.to_string()}, {"to", h.to.to_string()}});
      }
      for (const Date& d : info.data->working_weekends) j["working_weekends"].push_back(d.to_string());
    }
    ctx.out << j.dump(2) << "\n";
    return;
  }
  if (format == "table") {
    ctx.out << fmt::format("{}: {} working days; {}\n", year, info.working_days, origin_text(info));
    if (info.data && !info.data->source.empty()) ctx.out << fmt::format("source: {}\n", info.data->source);
    if (!info.data) return;
  }
  print_report(ctx, days, format);
}

}  // namespace

void add_calendar_commands(CLI::App& root, CommandTable& table) {
  auto* group = command_group(root, "calendar", "the working-day calendars (工作日) deadlines are counted on");

  auto load_file = std::make_shared<std::string>();
  auto* load = group->add_subcommand("load",
                                     "load a year's official calendar (State Council holiday notice), "
                                     "replacing any loaded before");
  load->add_option("FILE", *load_file, "the year as YAML (format: docs/results.md)")
      ->required()
      ->check(CLI::ExistingFile);
  table.add(load, "calendar load", Needs::write, [load_file](Context& ctx) {
    auto& db = ctx.session->db();
    // Deadlines are computed, not stored: report how many the new year moves.
    const auto before = result_deadlines(db, working_calendar(db), ctx.today, 0);
    const CalendarLoad l = load_calendar_year(*ctx.session, read_file(*load_file), *load_file);
    const auto after = result_deadlines(db, working_calendar(db), ctx.today, 0);
    std::size_t moved = 0, firmed = 0;
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
      if (before[i].status.deadline.date != after[i].status.deadline.date) ++moved;
      if (before[i].status.deadline.provisional && !after[i].status.deadline.provisional) ++firmed;
    }
    ctx.summary = {{"year", l.year},
                   {"change", calendar_change_name(l.change)},
                   {"working_days", l.working_days},
                   {"deadlines_moved", moved},
                   {"deadlines_firm", firmed}};
    ctx.out << fmt::format("{}: calendar {} {}{}: {}, {}, {}; {} made firm, {} moved\n", *load_file, l.year,
                           calendar_change_name(l.change), l.overrides_builtin ? " (overrides the built-in year)" : "",
                           count_of(l.holidays, "holiday"), count_of(l.working_weekends, "working weekend"),
                           count_of(static_cast<std::size_t>(l.working_days), "working day"),
                           count_of(firmed, "deadline"), moved);
  });

  struct ShowArgs {
    int year = 0;
    std::string format;
  };
  auto s = std::make_shared<ShowArgs>();
  auto* show = group->add_subcommand("show", "show a year's holidays, working weekends and working-day count");
  show->add_option("YEAR", s->year, "the year")->required()->check(CLI::Range(1900, 9999));
  add_format_option(show, s->format, {Format::table, Format::csv, Format::json});
  table.add(show, "calendar show", Needs::read, [s](Context& ctx) { show_year(ctx, s->year, s->format); });

  auto check_file = std::make_shared<std::string>();
  auto* check = group->add_subcommand("check", "validate a year's calendar file without a database");
  check->add_option("FILE", *check_file, "the year as YAML")->required()->check(CLI::ExistingFile);
  table.add(check, "calendar check", Needs::nothing, [check_file](Context& ctx) {
    const CalendarYear y = parse_calendar_year(read_file(*check_file), *check_file);
    WorkingCalendar one;
    one.add_year(y);
    ctx.out << fmt::format("{}: calendar {}: {}, {}, {}\n", *check_file, y.year, count_of(y.holidays.size(), "holiday"),
                           count_of(y.working_weekends.size(), "working weekend"),
                           count_of(static_cast<std::size_t>(one.working_days_in_year(y.year)), "working day"));
  });
}

}  // namespace sjsj::cli
