// import-objects and import-staff: load the two directories from CSV.
#include <fmt/format.h>

#include <fstream>

#include "cmd/command.hpp"
#include "lib/directory/directory_import.hpp"
#include "lib/util/error.hpp"

namespace sjsj::cli {
namespace {

struct ImportArgs {
  std::string file;
  std::string encoding;
  std::string missing = "keep";
  bool allow_local_codes = false;
  bool dry_run = false;
};

using Importer = ImportSummary (*)(WriteSession&, std::istream&, const std::string&, const ImportOptions&);

void run_import(Context& ctx, const ImportArgs& args, Importer importer, const char* noun) {
  std::ifstream in(args.file, std::ios::binary);
  if (!in) throw InputError(fmt::format("{}: cannot open the file", args.file));
  ImportOptions options;
  options.encoding = parse_encoding(args.encoding);
  options.fields.allow_local_codes = args.allow_local_codes;
  options.missing = args.missing == "suspend" ? MissingPolicy::suspend : MissingPolicy::keep;
  const ImportSummary s = importer(*ctx.session, in, args.file, options);
  ctx.summary = s.to_json();
  ctx.commit = !args.dry_run;
  ctx.out << fmt::format("{}{}: {} rows ({}): {} {} inserted, {} updated, {} unchanged",
                         args.dry_run ? "dry run: " : "", args.file, s.rows, s.encoding, s.inserted, noun, s.updated,
                         s.unchanged);
  if (s.suspended > 0) ctx.out << fmt::format(", {} not in the file suspended", s.suspended);
  ctx.out << fmt::format("; {} field changes {}\n", s.field_changes,
                         args.dry_run ? "found; nothing written" : "recorded");
}

CLI::App* add_import(CLI::App& root, const char* name, const char* about, ImportArgs& args) {
  auto* cmd = root.add_subcommand(name, about);
  cmd->add_option("FILE", args.file, "CSV file (English keys or Chinese headers)")
      ->required()
      ->check(CLI::ExistingFile);
  add_encoding_option(cmd, args.encoding);
  cmd->add_flag("--allow-local-codes", args.allow_local_codes, "accept codes that are not 18-character credit codes");
  cmd->add_flag("--dry-run", args.dry_run, "validate and report; write nothing");
  return cmd;
}

}  // namespace

void add_import_commands(CLI::App& root, CommandTable& table) {
  auto objects = std::make_shared<ImportArgs>();
  auto* obj = add_import(root, "import-objects", "import the inspection-object directory (检查对象名录库)", *objects);
  obj->add_option("--missing", objects->missing, "objects in the database that the file does not list: keep or suspend")
      ->check(CLI::IsMember({"keep", "suspend"}))
      ->capture_default_str();
  table.add(obj, "import-objects", Needs::write,
            [objects](Context& ctx) { run_import(ctx, *objects, import_objects, "objects"); });

  auto staff = std::make_shared<ImportArgs>();
  auto* st = add_import(root, "import-staff", "import the inspector directory (检查人员名录库)", *staff);
  table.add(st, "import-staff", Needs::write,
            [staff](Context& ctx) { run_import(ctx, *staff, import_staff, "inspectors"); });
}

}  // namespace sjsj::cli
