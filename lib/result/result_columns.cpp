#include "lib/result/result_columns.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <stdexcept>

#include "lib/result/outcomes.hpp"
#include "lib/util/embedded.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

// results.yaml uses a subset of the directory dictionaries' types.
ColumnType parse_type(const std::string& t) {
  if (t == "text") return ColumnType::text;
  if (t == "choice") return ColumnType::choice;
  if (t == "list") return ColumnType::list;
  if (t == "date") return ColumnType::date;
  throw Error(ExitCode::internal, "schemas/columns/results.yaml: unsupported type " + t);
}

Dictionary load() {
  const auto text = embedded_file("columns/results.yaml");
  if (!text) throw Error(ExitCode::internal, "schemas/columns/results.yaml is not embedded in this build");
  Dictionary d;
  d.table = "results";
  try {
    const YAML::Node root = YAML::Load(std::string(*text));
    d.key_column = root["key_column"].as<std::string>();
    for (const auto& c : root["columns"]) {
      ColumnSpec s;
      s.key = c["key"].as<std::string>();
      s.header = c["header"].as<std::string>();
      s.type = parse_type(c["type"].as<std::string>());
      s.required = c["required"] && c["required"].as<bool>();
      if (c["default"]) s.default_value = c["default"].as<std::string>();
      if (c["values"]) {
        for (const auto& v : c["values"]) {
          s.values.emplace_back(v.first.as<std::string>(), v.second.as<std::vector<std::string>>());
        }
      }
      if (c["values_from"]) {
        if (c["values_from"].as<std::string>() != "outcomes") {
          throw Error(ExitCode::internal, "schemas/columns/results.yaml: values_from must be outcomes");
        }
        for (const Outcome& o : outcome_vocabulary()) s.values.push_back({o.key, {o.wording}});
      }
      d.columns.push_back(std::move(s));
    }
  } catch (const YAML::Exception& e) {
    throw Error(ExitCode::internal, fmt::format("schemas/columns/results.yaml is invalid: {}", e.what()));
  }
  return d;
}

}  // namespace

const Dictionary& result_dictionary() {
  static const Dictionary d = load();
  return d;
}

const ColumnSpec& result_column(std::string_view key) {
  const auto i = result_dictionary().find(key);
  if (!i) throw std::logic_error(fmt::format("results.yaml has no column {}", key));
  return result_dictionary().columns[*i];
}

}  // namespace sjsj
