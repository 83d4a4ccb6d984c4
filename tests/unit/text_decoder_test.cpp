// Decoding input bytes to UTF-8: UTF-8 with or without BOM, GB18030/GBK, detection, errors.
#include "lib/util/text_decoder.hpp"

#include <doctest/doctest.h>

#include <string>

#include "lib/util/error.hpp"

namespace {

using sjsj::Encoding;
using sjsj::TextDecoder;

const std::string kChongqingUtf8 = "\xE9\x87\x8D\xE5\xBA\x86";  // 重庆
const std::string kChongqingGbk = "\xD6\xD8\xC7\xEC";           // 重庆 in GBK (and GB18030)
const std::string kBananUtf8 = "\xE5\xB7\xB4\xE5\x8D\x97";      // 巴南
const std::string kBananGbk = "\xB0\xCD\xC4\xCF";               // 巴南 in GBK

struct Decoded {
  bool ok = false;
  std::string text;
  Encoding detected = Encoding::auto_detect;
  sjsj::DecodeFailure failure;
};

// Feeds `input` in chunks of `chunk` bytes (all at once when 0), then finishes.
Decoded decode(const std::string& input, Encoding encoding, std::size_t chunk = 0) {
  TextDecoder d(encoding);
  Decoded r;
  r.ok = true;
  if (chunk == 0) chunk = input.size() + 1;
  for (std::size_t pos = 0; pos < input.size() && r.ok; pos += chunk) {
    r.ok = d.decode(std::string_view(input).substr(pos, chunk), r.text);
  }
  if (r.ok) r.ok = d.finish();
  r.detected = d.detected();
  r.failure = d.failure();
  return r;
}

}  // namespace

TEST_CASE("decoder: UTF-8 passes through, with or without BOM") {
  const std::string text = "code,town\n1," + kChongqingUtf8 + kBananUtf8 + "\n";
  for (auto enc : {Encoding::auto_detect, Encoding::utf8}) {
    const auto plain = decode(text, enc);
    CHECK(plain.ok);
    CHECK(plain.text == text);
    CHECK(plain.detected == Encoding::utf8);
    const auto bom = decode("\xEF\xBB\xBF" + text, enc);
    CHECK(bom.ok);
    CHECK(bom.text == text);  // the BOM is dropped
    CHECK(bom.detected == Encoding::utf8);
  }
}

TEST_CASE("decoder: GBK bytes decode as GB18030, explicitly or detected") {
  const std::string gbk = "town\r\n" + kChongqingGbk + "," + kBananGbk + "\r\n";
  const std::string utf8 = "town\r\n" + kChongqingUtf8 + "," + kBananUtf8 + "\r\n";
  for (auto enc : {Encoding::auto_detect, Encoding::gb18030}) {
    const auto r = decode(gbk, enc);
    REQUIRE(r.ok);
    CHECK(r.text == utf8);  // CRLF is kept as it is: the CSV reader handles it
    CHECK(r.detected == Encoding::gb18030);
  }
  // A GB18030 four-byte sequence (beyond GBK): U+20000 is 95 32 82 36.
  const auto four = decode("\x95\x32\x82\x36", Encoding::gb18030);
  REQUIRE(four.ok);
  CHECK(four.text == "\xF0\xA0\x80\x80");
}

TEST_CASE("decoder: a character split across chunks is joined") {
  const std::string utf8 = "a," + kChongqingUtf8 + kBananUtf8 + "\n" + kChongqingUtf8 + "\n";
  const std::string gbk = "a," + kChongqingGbk + kBananGbk + "\n" + kChongqingGbk + "\n";
  for (std::size_t chunk = 1; chunk <= 5; ++chunk) {
    INFO("chunk ", chunk);
    const auto u = decode(utf8, Encoding::utf8, chunk);
    CHECK(u.ok);
    CHECK(u.text == utf8);
    const auto g = decode(gbk, Encoding::gb18030, chunk);
    CHECK(g.ok);
    CHECK(g.text == utf8);
  }
}

TEST_CASE("decoder: invalid bytes are reported with their line") {
  SUBCASE("invalid UTF-8 when UTF-8 is asked for") {
    const auto r = decode("a\nb\n" + kChongqingUtf8 + "\xFF\n", Encoding::utf8);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.line == 3);
    CHECK(r.failure.column == 3);  // after 重庆
    CHECK(r.failure.what.find("0xFF") != std::string::npos);
    CHECK(r.failure.what.find("UTF-8") != std::string::npos);
  }
  SUBCASE("a UTF-8 file with one bad byte is reported where the byte is, not as GB18030") {
    const auto r =
        decode("code,town\n1," + kChongqingUtf8 + "\n2," + kBananUtf8 + "\n3,\xFF\x41\n", Encoding::auto_detect);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.line == 4);
    CHECK(r.failure.column == 3);
    CHECK(r.detected == Encoding::utf8);
    CHECK(r.failure.what.find("0xFF") != std::string::npos);
  }
  SUBCASE("a GB18030 file with one bad byte is still read as GB18030") {
    const auto r = decode("code,town\r\n1," + kChongqingGbk + "\r\n2," + kBananGbk + kChongqingGbk + "\r\n3,x\xFF\r\n",
                          Encoding::auto_detect);
    CHECK_FALSE(r.ok);
    CHECK(r.detected == Encoding::gb18030);
    CHECK(r.failure.line == 4);
    CHECK(r.failure.column == 4);
    CHECK(r.failure.what.find("byte 0xFF") != std::string::npos);
  }
  SUBCASE("a byte that GB18030 cannot start a character with") {
    const auto r = decode("a\n" + kChongqingGbk + "\n\xFF\n", Encoding::gb18030);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.line == 3);
    CHECK(r.failure.column == 1);
  }
  SUBCASE("a lead byte followed by an invalid trail byte in GB18030") {
    const auto r = decode("a\nb\nc\n" + kBananGbk + "\x81\x20\n", Encoding::gb18030);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.line == 4);
    CHECK(r.failure.column == 3);
    CHECK(r.failure.what.find("0x81 0x20") != std::string::npos);
  }
  SUBCASE("a NUL byte") {
    const auto r = decode(std::string("a\nb", 3) + std::string(1, '\0') + "\n", Encoding::auto_detect);
    CHECK_FALSE(r.ok);
    CHECK(r.failure.line == 2);
    CHECK(r.failure.what.find("NUL") != std::string::npos);
  }
  SUBCASE("the input ends inside a character") {
    CHECK_FALSE(decode("a\n" + kChongqingUtf8.substr(0, 2), Encoding::utf8).ok);
    CHECK_FALSE(decode("a\n\xD6", Encoding::gb18030).ok);
  }
  SUBCASE("overlong and surrogate UTF-8 sequences") {
    CHECK_FALSE(sjsj::is_valid_utf8("\xC0\xAF"));
    CHECK_FALSE(sjsj::is_valid_utf8("\xED\xA0\x80"));
    CHECK_FALSE(sjsj::is_valid_utf8("\xF4\x90\x80\x80"));
    CHECK(sjsj::is_valid_utf8(kChongqingUtf8));
    CHECK_FALSE(sjsj::is_valid_utf8(kChongqingUtf8.substr(0, 2)));
    CHECK(sjsj::is_valid_utf8(kChongqingUtf8.substr(0, 2), true));
  }
}

TEST_CASE("decoder: encoding names") {
  CHECK(sjsj::parse_encoding("auto") == Encoding::auto_detect);
  CHECK(sjsj::parse_encoding("UTF-8") == Encoding::utf8);
  CHECK(sjsj::parse_encoding("utf8") == Encoding::utf8);
  CHECK(sjsj::parse_encoding("GBK") == Encoding::gb18030);
  CHECK(sjsj::parse_encoding("gb2312") == Encoding::gb18030);
  CHECK(sjsj::parse_encoding("gb18030") == Encoding::gb18030);
  CHECK_THROWS_AS(sjsj::parse_encoding("latin1"), sjsj::UsageError);
  CHECK(sjsj::encoding_name(Encoding::gb18030) == "gb18030");
  CHECK(sjsj::encoding_name(Encoding::utf8) == "utf-8");
}

TEST_CASE("decoder: display width counts CJK as two columns") {
  CHECK(sjsj::display_width("abc") == 3);
  CHECK(sjsj::display_width(kChongqingUtf8) == 4);
  CHECK(sjsj::display_width("a" + kBananUtf8 + "1") == 6);
  CHECK(sjsj::display_width("\xEF\xBC\x88"
                            "x") == 3);  // full-width bracket （
}
