#include "lib/util/csv_reader.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <cstdlib>

#include "lib/util/error.hpp"

namespace sjsj {

namespace {
// libcsv grows its field buffer without bound; refusing growth past this cap turns a huge field
// into a CSV_ENOMEM error instead of unbounded memory use.
constexpr std::size_t kParserBufferCap = 8u << 20;

void* capped_realloc(void* p, std::size_t size) {
  if (size > kParserBufferCap) return nullptr;
  return std::realloc(p, size);
}
}  // namespace

struct CsvReader::Parser {
  csv_parser csv{};
  CsvLimits limits;
  std::deque<CsvRecord>* out = nullptr;
  CsvRecord current;
  bool at_record_start = true;
  std::size_t start_line = 1;
  std::size_t line = 0;  // the line being fed
  std::string error;
  std::size_t error_line = 0;

  static void on_field(void* data, std::size_t len, void* self_ptr) {
    auto* self = static_cast<Parser*>(self_ptr);
    if (!self->error.empty()) return;
    if (len > self->limits.max_field_bytes) {
      self->error = fmt::format("a field of {} bytes, more than the limit of {}", len, self->limits.max_field_bytes);
      self->error_line = self->start_line;
      return;
    }
    if (self->current.fields.size() >= self->limits.max_columns) {
      self->error = fmt::format("more than {} columns in one record", self->limits.max_columns);
      self->error_line = self->start_line;
      return;
    }
    self->current.fields.emplace_back(static_cast<const char*>(data), data ? len : 0);
  }

  static void on_record(int, void* self_ptr) {
    auto* self = static_cast<Parser*>(self_ptr);
    self->current.line = self->start_line;
    if (self->error.empty()) self->out->push_back(std::move(self->current));
    self->current = CsvRecord{};
    self->at_record_start = true;
  }
};

CsvReader::CsvReader(std::istream& in, std::string file_name, Encoding encoding, CsvLimits limits)
    : in_(in),
      file_name_(std::move(file_name)),
      limits_(limits),
      decoder_(encoding),
      parser_(std::make_unique<Parser>()) {
  csv_init(&parser_->csv, CSV_STRICT | CSV_STRICT_FINI);
  csv_set_realloc_func(&parser_->csv, capped_realloc);
  parser_->limits = limits_;
  parser_->out = &ready_;
}

CsvReader::~CsvReader() { csv_free(&parser_->csv); }

Encoding CsvReader::encoding() const { return decoder_.detected(); }

void CsvReader::fail(std::size_t line, const std::string& what, std::size_t column_number) {
  throw InputError({Problem{Location{file_name_, line, column_number, ""}, "", what, false}});
}

void CsvReader::feed_lines(const std::string& text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    const std::string_view piece(text.data() + pos, end - pos);
    ++parser_->line;
    if (parser_->at_record_start && piece.find_first_not_of("\r\n") != std::string_view::npos) {
      parser_->start_line = parser_->line;
      parser_->at_record_start = false;
    }
    const std::size_t fed =
        csv_parse(&parser_->csv, piece.data(), piece.size(), Parser::on_field, Parser::on_record, parser_.get());
    if (!parser_->error.empty()) fail(parser_->error_line, parser_->error);
    if (fed != piece.size()) {
      const int err = csv_error(&parser_->csv);
      if (err == CSV_ENOMEM || err == CSV_ETOOBIG) {
        fail(parser_->start_line, fmt::format("a field of more than {} bytes, more than the limit of {}",
                                              kParserBufferCap, limits_.max_field_bytes));
      }
      fail(parser_->line, "malformed CSV: a quote inside an unquoted field, or text after a closing quote");
    }
    pos = end;
  }
}

bool CsvReader::fill() {
  if (eof_) return false;
  static constexpr std::size_t kChunk = 1 << 16;
  std::string raw(kChunk, '\0');
  in_.read(raw.data(), static_cast<std::streamsize>(raw.size()));
  raw.resize(static_cast<std::size_t>(in_.gcount()));
  if (raw.empty()) {
    eof_ = true;
    if (!decoder_.finish()) fail(decoder_.failure().line, decoder_.failure().what, decoder_.failure().column);
    if (!carry_.empty()) {
      feed_lines(carry_);
      carry_.clear();
    }
    if (csv_fini(&parser_->csv, Parser::on_field, Parser::on_record, parser_.get()) != 0) {
      fail(parser_->start_line,
           "the file ends inside a quoted field that starts on this line (a closing quote is missing)");
    }
    if (!parser_->error.empty()) fail(parser_->error_line, parser_->error);
    return true;
  }
  std::string text;
  if (!decoder_.decode(raw, text)) fail(decoder_.failure().line, decoder_.failure().what, decoder_.failure().column);
  carry_ += text;
  // Feed whole lines only, so line numbers are exact; keep the tail for the next chunk.
  const std::size_t last_nl = carry_.rfind('\n');
  if (last_nl != std::string::npos) {
    const std::string lines = carry_.substr(0, last_nl + 1);
    carry_.erase(0, last_nl + 1);
    feed_lines(lines);
  } else if (carry_.size() > limits_.max_field_bytes * 2) {
    fail(parser_->line + 1, fmt::format("a line of more than {} bytes without a line break (a field may hold at "
                                        "most {} bytes)",
                                        limits_.max_field_bytes * 2, limits_.max_field_bytes));
  }
  return true;
}

bool CsvReader::next(CsvRecord& record) {
  while (ready_.empty()) {
    if (!fill()) return false;
  }
  record = std::move(ready_.front());
  ready_.pop_front();
  return true;
}

}  // namespace sjsj
