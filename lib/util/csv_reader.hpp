#pragma once
// Streaming CSV records over libcsv (RFC 4180: quoted fields with commas, quotes and newlines;
// CRLF or LF), after decoding to UTF-8. Memory is bounded by one chunk plus one record.
#include <cstddef>
#include <deque>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "lib/util/text_decoder.hpp"

namespace sjsj {

struct CsvRecord {
  std::size_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Bounds that keep a hostile file from taking unbounded time or memory.
struct CsvLimits {
  std::size_t max_field_bytes = 1 << 20;
  std::size_t max_columns = 1000;
};

class CsvReader {
 public:
  // file_name appears in error messages. The stream must outlive the reader.
  CsvReader(std::istream& in, std::string file_name, Encoding encoding, CsvLimits limits = {});
  ~CsvReader();
  CsvReader(const CsvReader&) = delete;
  CsvReader& operator=(const CsvReader&) = delete;

  // The next record; false at the end of input. Throws InputError naming the file and line on
  // malformed CSV (a stray quote, a quoted field left open at the end), bad encoding, or a
  // field or record beyond the limits.
  bool next(CsvRecord& record);
  Encoding encoding() const;
  const std::string& file_name() const { return file_name_; }

  struct Parser;  // libcsv state and callbacks (public for the C callbacks only)

 private:
  bool fill();
  void feed_lines(const std::string& text);
  [[noreturn]] void fail(std::size_t line, const std::string& what, std::size_t column_number = 0);

  std::istream& in_;
  std::string file_name_;
  CsvLimits limits_;
  TextDecoder decoder_;
  std::unique_ptr<Parser> parser_;
  std::deque<CsvRecord> ready_;
  std::string carry_;  // decoded text after the last newline, not yet fed
  bool eof_ = false;
};

}  // namespace sjsj
