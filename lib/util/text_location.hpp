#pragma once
// Where a parser's 0-based line and byte column point in a UTF-8 text, as a Location.
#include <string>
#include <string_view>

#include "lib/util/error.hpp"

namespace sjsj {

// The Location of byte `byte_column` of line `line` (both 0-based, as yaml-cpp's marks count) in
// `text`: the line 1-based, and the column 1-based in characters, not bytes, so that it points at
// the same place in an editor when the line holds Chinese text. A negative line (yaml-cpp's null
// mark) gives a Location with the file and the column name only.
Location text_location(const std::string& file, std::string_view text, int line, int byte_column,
                       std::string column_name);

}  // namespace sjsj
