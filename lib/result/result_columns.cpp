#include "lib/result/result_columns.hpp"

#include <fmt/format.h>

#include <stdexcept>

#include "lib/result/outcomes.hpp"
#include "lib/util/error.hpp"

namespace sjsj {
namespace {

// results.yaml takes its outcome values from the vocabulary (schemas/outcomes.yaml).
Dictionary load() {
  return load_column_dictionary("results", [](std::string_view name) -> std::optional<ColumnSpec::Values> {
    if (name != "outcomes") return std::nullopt;
    ColumnSpec::Values values;
    for (const Outcome& o : outcome_vocabulary()) values.push_back({o.key, {o.wording}});
    return values;
  });
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
