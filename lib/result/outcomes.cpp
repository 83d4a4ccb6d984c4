#include "lib/result/outcomes.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>

#include "lib/directory/columns.hpp"
#include "lib/util/embedded.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

std::vector<Outcome> load_vocabulary() {
  const auto text = embedded_file("outcomes.yaml");
  if (!text) throw Error(ExitCode::internal, "schemas/outcomes.yaml is not embedded in this build");
  std::vector<Outcome> out;
  try {
    const YAML::Node root = YAML::Load(std::string(*text));
    for (const auto& node : root["outcomes"]) {
      Outcome o{node["key"].as<std::string>(), node["wording"].as<std::string>()};
      const bool repeated = std::any_of(
          out.begin(), out.end(), [&](const Outcome& seen) { return seen.key == o.key || seen.wording == o.wording; });
      if (o.key.empty() || o.wording.empty() || repeated) {
        throw Error(ExitCode::internal,
                    fmt::format("schemas/outcomes.yaml: outcome \"{}\" is empty or repeated", o.key));
      }
      out.push_back(std::move(o));
    }
  } catch (const YAML::Exception& e) {
    throw Error(ExitCode::internal, fmt::format("schemas/outcomes.yaml is invalid: {}", e.what()));
  }
  if (out.empty()) throw Error(ExitCode::internal, "schemas/outcomes.yaml lists no outcomes");
  return out;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

const std::vector<Outcome>& outcome_vocabulary() {
  static const std::vector<Outcome> vocabulary = load_vocabulary();
  return vocabulary;
}

std::optional<std::string> parse_outcome(std::string_view text) {
  const std::string given = trim(text);
  const std::string lowered = lower_ascii(given);
  for (const Outcome& o : outcome_vocabulary()) {
    if (o.key == lowered || o.wording == given) return o.key;
  }
  return std::nullopt;
}

std::string outcome_wording(std::string_view key) {
  for (const Outcome& o : outcome_vocabulary()) {
    if (o.key == key) return o.wording;
  }
  throw Error(ExitCode::internal,
              fmt::format("outcome \"{}\" is not in the outcome vocabulary (schemas/outcomes.yaml)", key));
}

std::string outcome_choices() {
  std::string out;
  for (const Outcome& o : outcome_vocabulary()) {
    out += fmt::format("{}{} ({})", out.empty() ? "" : ", ", o.key, o.wording);
  }
  return out;
}

}  // namespace sjsj
