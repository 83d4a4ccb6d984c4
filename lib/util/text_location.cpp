#include "lib/util/text_location.hpp"

#include <algorithm>

namespace sjsj {

Location text_location(const std::string& file, std::string_view text, int line, int byte_column,
                       std::string column_name) {
  Location where;
  where.file = file;
  where.column = std::move(column_name);
  if (line < 0 || byte_column < 0) return where;
  where.line = static_cast<std::size_t>(line) + 1;
  const auto bytes = static_cast<std::size_t>(byte_column);
  std::size_t start = 0;
  for (int i = 0; i < line; ++i) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) {
      where.column_number = bytes + 1;
      return where;
    }
    ++start;
  }
  const std::string_view prefix = text.substr(start, bytes);
  const auto is_continuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U; };
  where.column_number = static_cast<std::size_t>(
                            std::count_if(prefix.begin(), prefix.end(), [&](char c) { return !is_continuation(c); })) +
                        1;
  return where;
}

}  // namespace sjsj
