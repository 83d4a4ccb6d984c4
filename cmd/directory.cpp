// objects and staff: browse the two directories.
#include <fmt/format.h>

#include "cmd/command.hpp"
#include "lib/directory/columns.hpp"
#include "lib/directory/directory_query.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

// Accepts a choice by its canonical value or an alias (重点 or key), as the importer does; a value
// that no row can hold is a usage error rather than a silently empty listing.
std::optional<std::string> canonical_choice(const Dictionary& dict, const char* key, const std::string& given) {
  if (given.empty()) return std::nullopt;
  const auto check = normalise_field(dict.columns[*dict.find(key)], given, {});
  if (!check.value) throw UsageError(fmt::format("--{}: \"{}\" is not {}", key, given, check.expected));
  return *check.value;
}

std::optional<std::string> optional_text(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

void add_directory_commands(CLI::App& root, CommandTable& table) {
  struct ObjectArgs {
    std::string tag, category, town, status, format;
  };
  auto oa = std::make_shared<ObjectArgs>();
  auto* objects = root.add_subcommand("objects", "list the inspection-object directory");
  objects->add_option("--tag", oa->tag, "only objects with this tag");
  objects->add_option("--category", oa->category, "一般, 重点 or 特殊 (general, key, special)");
  objects->add_option("--town", oa->town, "only objects in this town or street");
  objects->add_option("--status", oa->status, "正常, 停产 or 关闭 (active, suspended, closed)");
  add_format_option(objects, oa->format, {Format::table, Format::csv, Format::json});
  table.add(objects, "objects", Needs::read, [oa](Context& ctx) {
    const Dictionary& d = object_dictionary();
    ObjectFilter f{optional_text(oa->tag), canonical_choice(d, "category", oa->category), optional_text(oa->town),
                   canonical_choice(d, "status", oa->status)};
    print_report(ctx, list_objects(ctx.store->db(), f), oa->format);
  });

  struct StaffArgs {
    std::string unit, skill, status, format;
  };
  auto sa = std::make_shared<StaffArgs>();
  auto* staff = root.add_subcommand("staff", "list the inspector directory");
  staff->add_option("--unit", sa->unit, "only this section: 水科, 大气科, 土壤科, 支队");
  staff->add_option("--skill", sa->skill, "only inspectors with this skill");
  staff->add_option("--status", sa->status, "在岗, 离岗 or 调离 (active, leave, left)");
  add_format_option(staff, sa->format, {Format::table, Format::csv, Format::json});
  table.add(staff, "staff", Needs::read, [sa](Context& ctx) {
    StaffFilter f{optional_text(sa->unit), optional_text(sa->skill),
                  canonical_choice(staff_dictionary(), "status", sa->status)};
    print_report(ctx, list_staff(ctx.store->db(), f), sa->format);
  });
}

}  // namespace sjsj::cli
