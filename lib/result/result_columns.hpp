#pragma once
// The column dictionary of a results batch (schemas/columns/results.yaml), also used to normalise
// the fields of a single `record` so both paths accept the same spellings.
#include <string>
#include <string_view>

#include "lib/directory/columns.hpp"

namespace sjsj {

// The dictionary of results.yaml; the outcome column's values are the outcome vocabulary (key,
// with the official wording as alias). Throws Error(internal) if the embedded file is broken.
const Dictionary& result_dictionary();

// The column spec of one key of result_dictionary(); throws std::logic_error for an unknown key.
const ColumnSpec& result_column(std::string_view key);

}  // namespace sjsj
