#pragma once
// Importing the two directories from CSV: streaming, validated row by row, upserted by key, with
// every field change kept in a history table. All or nothing: the caller's WriteSession commits
// only if import returns, so one bad row leaves the database untouched.
#include <cstddef>
#include <istream>
#include <string>

#include <nlohmann/json.hpp>

#include "lib/directory/columns.hpp"
#include "lib/util/text_decoder.hpp"

namespace sjsj {

class WriteSession;

enum class MissingPolicy { keep, suspend };

struct ImportOptions {
  Encoding encoding = Encoding::auto_detect;
  FieldOptions fields;
  MissingPolicy missing = MissingPolicy::keep;  // objects the file does not list
};

struct ImportSummary {
  std::string file;
  std::string encoding;
  std::size_t rows = 0;
  std::size_t inserted = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  std::size_t suspended = 0;  // with MissingPolicy::suspend
  std::size_t field_changes = 0;

  nlohmann::json to_json() const;
};

// Throws InputError listing every bad row (up to 50, then a count) as FILE:LINE: column ...
ImportSummary import_objects(WriteSession& session, std::istream& in, const std::string& file,
                             const ImportOptions& options);
// Staff recusals must name objects already in the directory.
ImportSummary import_staff(WriteSession& session, std::istream& in, const std::string& file,
                           const ImportOptions& options);

}  // namespace sjsj
