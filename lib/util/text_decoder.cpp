#include "lib/util/text_decoder.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>

#include "lib/util/error.hpp"

namespace sjsj {

Encoding parse_encoding(std::string_view name) {
  std::string n(name);
  std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (n == "auto") return Encoding::auto_detect;
  if (n == "utf-8" || n == "utf8") return Encoding::utf8;
  if (n == "gb18030" || n == "gbk" || n == "gb2312") return Encoding::gb18030;
  throw UsageError("unknown encoding \"" + std::string(name) + "\": expected auto, utf-8 or gb18030");
}

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::utf8: return "utf-8";
    case Encoding::gb18030: return "gb18030";
    case Encoding::auto_detect: break;
  }
  return "auto";
}

namespace {

// Length of the UTF-8 sequence starting with lead byte c, or 0 if c cannot start one.
std::size_t utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

// Validates one sequence of length n at p (RFC 3629: no overlongs, no surrogates, <= U+10FFFF).
bool valid_sequence(const unsigned char* p, std::size_t n) {
  for (std::size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return false;
  }
  if (n == 3) {
    if (p[0] == 0xE0 && p[1] < 0xA0) return false;
    if (p[0] == 0xED && p[1] > 0x9F) return false;
  } else if (n == 4) {
    if (p[0] == 0xF0 && p[1] < 0x90) return false;
    if (p[0] == 0xF4 && p[1] > 0x8F) return false;
  }
  return true;
}

// Returns the length of the longest valid prefix; sets *truncated when the invalid part is only
// an incomplete last character.
std::size_t valid_utf8_prefix(std::string_view text, bool* truncated) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  std::size_t i = 0;
  *truncated = false;
  while (i < size) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = utf8_length(p[i]);
    if (n == 0) return i;
    if (i + n > size) {
      // Incomplete: valid so far?
      for (std::size_t j = i + 1; j < size; ++j) {
        if ((p[j] & 0xC0) != 0x80) return i;
      }
      *truncated = true;
      return i;
    }
    if (!valid_sequence(p + i, n)) return i;
    i += n;
  }
  return i;
}

}  // namespace

bool is_valid_utf8(std::string_view text, bool allow_truncated_tail) {
  bool truncated = false;
  const std::size_t n = valid_utf8_prefix(text, &truncated);
  return n == text.size() || (allow_truncated_tail && truncated);
}

struct TextDecoder::Iconv {
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  ~Iconv() {
    if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
  }
};

TextDecoder::TextDecoder(Encoding encoding) : encoding_(encoding) {}
TextDecoder::~TextDecoder() = default;

bool TextDecoder::fail(std::string what) {
  failure_ = {line_, std::move(what)};
  return false;
}

void TextDecoder::count_lines(std::string_view text) {
  line_ += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

bool TextDecoder::decode(std::string_view chunk, std::string& out) {
  if (!started_) {
    std::string_view probe = chunk;
    if (probe.substr(0, 3) == "\xEF\xBB\xBF") {
      chunk.remove_prefix(3);
      if (encoding_ == Encoding::auto_detect) encoding_ = Encoding::utf8;
    } else if (encoding_ == Encoding::auto_detect) {
      encoding_ = is_valid_utf8(probe, true) ? Encoding::utf8 : Encoding::gb18030;
    }
    if (encoding_ == Encoding::gb18030) {
      iconv_ = std::make_unique<Iconv>();
      iconv_->cd = iconv_open("UTF-8", "GB18030");
      if (iconv_->cd == reinterpret_cast<iconv_t>(-1)) return fail("GB18030 decoding is not available (iconv)");
    }
    started_ = true;
  }
  if (chunk.find('\0') != std::string_view::npos) {
    // Count lines up to the NUL for the message.
    count_lines(chunk.substr(0, chunk.find('\0')));
    return fail("a NUL byte: this is not a text file");
  }
  return encoding_ == Encoding::gb18030 ? decode_gb18030(chunk, out) : decode_utf8(chunk, out);
}

bool TextDecoder::decode_utf8(std::string_view chunk, std::string& out) {
  std::string joined;
  std::string_view text = chunk;
  if (!pending_.empty()) {
    joined = pending_ + std::string(chunk);
    pending_.clear();
    text = joined;
  }
  bool truncated = false;
  const std::size_t ok = valid_utf8_prefix(text, &truncated);
  out.append(text.substr(0, ok));
  count_lines(text.substr(0, ok));
  if (ok == text.size()) return true;
  if (truncated) {
    pending_.assign(text.substr(ok));
    return true;
  }
  return fail("invalid UTF-8 (if the file is from Excel in Chinese, try --encoding gb18030)");
}

bool TextDecoder::decode_gb18030(std::string_view chunk, std::string& out) {
  std::string input = pending_ + std::string(chunk);
  pending_.clear();
  char* in = input.data();
  std::size_t in_left = input.size();
  std::string buf(input.size() * 2 + 16, '\0');
  while (in_left > 0) {
    char* o = buf.data();
    std::size_t o_left = buf.size();
    const std::size_t r = iconv(iconv_->cd, &in, &in_left, &o, &o_left);
    const std::string_view produced(buf.data(), buf.size() - o_left);
    out.append(produced);
    count_lines(produced);
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    if (errno == EINVAL) {  // incomplete multibyte sequence at the end: keep it for later
      pending_.assign(in, in_left);
      break;
    }
    return fail("a byte sequence that is neither UTF-8 nor GB18030");
  }
  return true;
}

bool TextDecoder::finish() {
  if (!pending_.empty()) return fail("the file ends inside a character");
  return true;
}

std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t n = utf8_length(p[i]);
    if (n == 0 || i + n > s.size()) n = 1;
    char32_t cp = 0;
    if (n == 1) cp = p[i];
    else if (n == 2) cp = ((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    else if (n == 3) cp = ((p[i] & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    else cp = ((p[i] & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    width += wide ? 2 : 1;
    i += n;
  }
  return width;
}

}  // namespace sjsj
