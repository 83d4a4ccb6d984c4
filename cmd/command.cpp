#include "cmd/command.hpp"

#include <fstream>
#include <iterator>

#include "lib/draw/rule.hpp"
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
  return app
      ->add_option("--encoding", target,
                   "input encoding: auto (UTF-8 with or without BOM, else GB18030), utf-8, gb18030")
      ->check(CLI::IsMember({"auto", "utf-8", "utf8", "gb18030", "gbk"}))
      ->capture_default_str();
}

void print_report(Context& ctx, const Report& report, const std::string& format) {
  render_report(report, parse_format(format, {Format::table, Format::csv, Format::json, Format::md}), ctx.out);
}

void add_seed_options(CLI::App* app, SeedOptions& seed, bool required) {
  auto* group = app->add_option_group("seed", "where the seed comes from");
  group->add_option("--seed", seed.text, "the seed text, e.g. lottery numbers of a stated date")
      ->each([&seed](const std::string&) { seed.text_given = true; });
  group->add_option("--seed-file", seed.file, "a file whose content (without trailing blanks and newlines) is the seed")
      ->check(CLI::ExistingFile);
  group->add_flag("--random-seed", seed.random, "256 bits from the operating system's random source");
  if (required)
    group->require_option(1);
  else
    group->require_option(0, 1);
}

std::optional<std::string> resolve_seed(const SeedOptions& seed) {
  if (seed.text_given) {
    if (seed.text.empty()) throw InputError("--seed: the seed is empty");
    return seed.text;
  }
  if (!seed.file.empty()) {
    std::ifstream in(seed.file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (content.substr(0, 3) == "\xEF\xBB\xBF") {
      // A BOM would silently change every ticket; the published seed text never has one.
      throw InputError(seed.file + ": the seed file starts with a byte-order mark; save it without one");
    }
    std::string text = seed_from_file_content(content);
    if (text.empty()) throw InputError(seed.file + ": the seed file is empty");
    return text;
  }
  if (seed.random) return random_hex(32);
  return std::nullopt;
}

}  // namespace sjsj::cli
