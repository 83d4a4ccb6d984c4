#include "lib/util/text_decoder.hpp"

#include <fmt/format.h>
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
    case Encoding::utf8:
      return "utf-8";
    case Encoding::gb18030:
      return "gb18030";
    case Encoding::auto_detect:
      break;
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

// Number of multi-byte characters in valid UTF-8 text.
std::size_t multibyte_chars(std::string_view utf8) {
  return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xC2 && b <= 0xF4;
  }));
}

// True when all of `text` is GB18030, except perhaps an incomplete last character.
bool is_valid_gb18030_prefix(iconv_t cd, std::string_view text) {
  std::string input(text);
  char* in = input.data();
  std::size_t in_left = input.size();
  std::string buf(4096, '\0');
  bool valid = true;
  while (in_left > 0) {
    char* o = buf.data();
    std::size_t o_left = buf.size();
    if (iconv(cd, &in, &in_left, &o, &o_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    valid = errno == EINVAL;  // EINVAL: only an incomplete sequence is left
    break;
  }
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
  return valid;
}

// A UTF-8 prefix with this many multi-byte characters before a bad byte is UTF-8 text with an
// error; GB18030 text almost never forms that many valid UTF-8 sequences in a row.
constexpr std::size_t kUtf8Evidence = 3;

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
  failure_ = {line_, column_, std::move(what)};
  return false;
}

void TextDecoder::count_lines(std::string_view text) {
  const auto chars = [](std::string_view t) {
    return static_cast<std::size_t>(
        std::count_if(t.begin(), t.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  const std::size_t last_nl = text.rfind('\n');
  if (last_nl == std::string_view::npos) {
    column_ += chars(text);
    return;
  }
  line_ += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  column_ = 1 + chars(text.substr(last_nl + 1));
}

bool TextDecoder::decode(std::string_view chunk, std::string& out) {
  if (!started_) {
    std::string_view probe = chunk;
    if (probe.substr(0, 3) == "\xEF\xBB\xBF") {
      chunk.remove_prefix(3);
      if (encoding_ == Encoding::auto_detect) encoding_ = Encoding::utf8;
    }
    if (encoding_ != Encoding::utf8) {
      iconv_ = std::make_unique<Iconv>();
      iconv_->cd = iconv_open("UTF-8", "GB18030");
      if (iconv_->cd == reinterpret_cast<iconv_t>(-1)) return fail("GB18030 decoding is not available (iconv)");
    }
    if (encoding_ == Encoding::auto_detect) {
      bool truncated = false;
      const std::size_t utf8_ok = valid_utf8_prefix(probe, &truncated);
      if (utf8_ok == probe.size() || truncated) {
        encoding_ = Encoding::utf8;
      } else if (is_valid_gb18030_prefix(iconv_->cd, probe)) {
        encoding_ = Encoding::gb18030;
      } else {
        encoding_ = multibyte_chars(probe.substr(0, utf8_ok)) >= kUtf8Evidence ? Encoding::utf8 : Encoding::gb18030;
      }
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
  return fail(
      fmt::format("invalid UTF-8: byte 0x{:02X} (if the file is from Excel in Chinese, try "
                  "--encoding gb18030)",
                  static_cast<unsigned char>(text[ok])));
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
    // A byte that cannot start a GB18030 character is shown alone; a lead byte with its follower.
    const auto lead = static_cast<unsigned char>(in[0]);
    std::string bytes = fmt::format("byte 0x{:02X}", lead);
    if (lead >= 0x81 && lead <= 0xFE && in_left > 1) {
      bytes = fmt::format("bytes 0x{:02X} 0x{:02X}", lead, static_cast<unsigned char>(in[1]));
    }
    return fail(fmt::format("{}: not GB18030 (nor UTF-8)", bytes));
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
    if (n == 1)
      cp = p[i];
    else if (n == 2)
      cp = ((p[i] & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    else if (n == 3)
      cp = ((p[i] & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    else
      cp = ((p[i] & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) | (p[i + 3] & 0x3Fu);
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
