#pragma once
// Streaming conversion of input bytes to UTF-8: UTF-8 with or without BOM, or GB18030 (which
// covers GBK and GB2312, as Excel writes CSV in China). Memory use is independent of input size.
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace sjsj {

enum class Encoding { auto_detect, utf8, gb18030 };

// Parses "auto", "utf-8"/"utf8", "gb18030"/"gbk"/"gb2312"; throws UsageError otherwise.
Encoding parse_encoding(std::string_view name);
std::string_view encoding_name(Encoding e);

// Why decoding failed and where: the 1-based line, and the 1-based character column in that line,
// of the first byte that could not be decoded.
struct DecodeFailure {
  std::size_t line = 0;
  std::size_t column = 0;
  std::string what;
};

class TextDecoder {
 public:
  // file_name is used in messages only.
  explicit TextDecoder(Encoding encoding);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // Converts one chunk, appending UTF-8 to out. Bytes of a character split across chunks are
  // kept for the next call. With auto_detect the first chunk decides: a BOM or valid UTF-8 means
  // UTF-8; valid GB18030 means GB18030; when it is neither, it is taken as UTF-8 if its valid
  // UTF-8 part already holds several multi-byte characters (a UTF-8 file with a bad byte, which
  // must be reported where the byte is, not decoded into wrong characters), else as GB18030.
  // Never throws on bad input: returns false and sets failure() (invalid UTF-8, a byte sequence
  // that is not GB18030, a NUL byte).
  bool decode(std::string_view chunk, std::string& out);
  // Call at end of input; false if a character was left incomplete.
  bool finish();
  const DecodeFailure& failure() const { return failure_; }
  Encoding detected() const { return encoding_; }

 private:
  bool decode_utf8(std::string_view chunk, std::string& out);
  bool decode_gb18030(std::string_view chunk, std::string& out);
  bool fail(std::string what);
  void count_lines(std::string_view text);  // advances line_ and column_ over decoded text

  Encoding encoding_;
  bool started_ = false;
  std::string pending_;  // bytes of an incomplete character
  std::size_t line_ = 1;
  std::size_t column_ = 1;  // of the next character
  DecodeFailure failure_;
  struct Iconv;
  std::unique_ptr<Iconv> iconv_;
};

// True when `text` is valid UTF-8; when allow_truncated_tail, an incomplete last character is
// accepted (the rest of it may be in the next chunk).
bool is_valid_utf8(std::string_view text, bool allow_truncated_tail = false);

// Display width of UTF-8 text in a terminal: CJK and full-width characters count 2.
std::size_t display_width(std::string_view utf8);

}  // namespace sjsj
