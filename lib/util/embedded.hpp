#pragma once
// Data files compiled into the binary from schemas/ (see cmake/embed.cmake).
#include <optional>
#include <string_view>
#include <vector>

namespace sjsj {

struct EmbeddedFile {
  std::string_view path;  // relative to schemas/, e.g. "migrations/001_initial.sql"
  std::string_view content;
};

// All embedded files, sorted as the build globbed them (alphabetical).
const std::vector<EmbeddedFile>& embedded_files();

// The content of one embedded file, or nullopt when the build did not embed it.
std::optional<std::string_view> embedded_file(std::string_view path);

}  // namespace sjsj
