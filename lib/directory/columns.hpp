#pragma once
// The column dictionaries of the two directories and the results batch (schemas/columns/*.yaml),
// and the validation and normalisation of one field.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lib/util/csv_reader.hpp"
#include "lib/util/error.hpp"

namespace sjsj {

enum class ColumnType { text, credit_code, choice, list, list_choice, yes_no, date, count, industry, object_codes };

struct ColumnSpec {
  std::string key;
  std::string header;
  ColumnType type = ColumnType::text;
  bool required = false;
  std::string default_value;
  // canonical value -> aliases (for choice and list_choice)
  std::vector<std::pair<std::string, std::vector<std::string>>> values;
  using Values = decltype(values);

  // How the database stores it: INTEGER for yes_no and count, TEXT otherwise.
  bool stored_as_integer() const { return type == ColumnType::yes_no || type == ColumnType::count; }
  bool is_list() const {
    return type == ColumnType::list || type == ColumnType::list_choice || type == ColumnType::object_codes;
  }
};

struct Dictionary {
  std::string table;       // the dictionary: objects, staff or results
  std::string key_column;  // code or badge
  std::vector<ColumnSpec> columns;

  // Index of the column with this key, or nullopt.
  std::optional<std::size_t> find(std::string_view key) const;
};

const Dictionary& object_dictionary();
const Dictionary& staff_dictionary();

// A vocabulary that a column takes its values from (`values_from: NAME` in the YAML), supplied by
// the module that owns it; nullopt for a name it does not know.
using ValueSets = std::function<std::optional<ColumnSpec::Values>(std::string_view name)>;

// Loads the dictionary schemas/columns/NAME.yaml embedded in the binary. Throws Error (internal)
// when it is missing or malformed, or names a values_from that value_sets does not know.
Dictionary load_column_dictionary(const std::string& name, const ValueSets& value_sets = {});

struct FieldOptions {
  bool allow_local_codes = false;  // accept codes that are not 18-character credit codes
};

// A field's canonical stored text (lists as a JSON array, yes_no as "1"/"0"), or the
// description of what was expected.
struct FieldCheck {
  std::optional<std::string> value;
  std::string expected;
};
FieldCheck normalise_field(const ColumnSpec& spec, std::string_view raw, const FieldOptions& options);

// Splits a list on | ; ； 、 , trimming blanks and dropping empty and repeated items.
std::vector<std::string> split_list(std::string_view text);

// Trims ASCII blanks, full-width spaces and tabs.
std::string trim(std::string_view text);

// For each CSV column, the dictionary column it feeds. Unknown and repeated headers and missing
// required columns are added to `problems`.
std::vector<std::size_t> map_header(const Dictionary& dict, const CsvRecord& header, const std::string& file,
                                    ProblemList& problems);

}  // namespace sjsj
