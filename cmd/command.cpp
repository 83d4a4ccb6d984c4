#include "cmd/command.hpp"

#include <fstream>
#include <iterator>

#include "lib/util/error.hpp"
#include "lib/util/sha256.hpp"

namespace sjsj::cli {

CLI::App* command_group(CLI::App& root, const std::string& name, const std::string& about) {
  for (auto* sub : root.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() == name) return sub;
  }
  auto* group = root.add_subcommand(name, about);
  group->require_subcommand(1);
  return group;
}

CLI::Option* add_format_option(CLI::App* app, std::string& target, const std::vector<Format>& allowed) {
  std::vector<std::string> names;
  for (Format f : allowed) names.push_back(format_name(f));
  target = names.front();
  return app->add_option("--format", target, "output format")->check(CLI::IsMember(names))->capture_default_str();
}

CLI::Option* add_encoding_option(CLI::App* app, std::string& target) {
  target = "auto";
  return app->add_option("--encoding", target, "input encoding: auto (UTF-8 with or without BOM, else GB18030), utf-8, gb18030")
      ->check(CLI::IsMember({"auto", "utf-8", "utf8", "gb18030", "gbk"}))
      ->capture_default_str();
}

void print_report(Context& ctx, const Report& report, const std::string& format) {
  render_report(report, parse_format(format, {Format::table, Format::csv, Format::json, Format::md}), ctx.out);
}

void add_seed_options(CLI::App* app, SeedOptions& seed, bool required) {
  auto* group = app->add_option_group("seed", "where the seed comes from");
  group->add_option("--seed", seed.text, "the seed text, e.g. lottery numbers of a stated date");
  group->add_option("--seed-file", seed.file, "a file whose content (without trailing blanks and newlines) is the seed")
      ->check(CLI::ExistingFile);
  group->add_flag("--random-seed", seed.random, "256 bits from the operating system's random source");
  if (required) group->require_option(1);
  else group->require_option(0, 1);
}

std::optional<std::string> resolve_seed(const SeedOptions& seed) {
  if (!seed.text.empty()) return seed.text;
  if (!seed.file.empty()) {
    std::ifstream in(seed.file, std::ios::binary);
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    while (!content.empty() && (content.back() == '\n' || content.back() == '\r' || content.back() == ' ' ||
                                content.back() == '\t')) {
      content.pop_back();
    }
    if (content.empty()) throw InputError(seed.file + ": the seed file is empty");
    return content;
  }
  if (seed.random) return random_hex(32);
  return std::nullopt;
}

}  // namespace sjsj::cli
