#include "lib/disclosure/xlsx_check.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <cstdint>
#include <limits>

#include "lib/util/text_decoder.hpp"

namespace sjsj {
namespace {

std::uint32_t read_le(std::string_view bytes, std::size_t at, std::size_t width) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < width; ++i) {
    v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return v;
}

// Raw deflate (ZIP method 8) into out; false if the stream is corrupt or does not end.
bool inflate_raw(std::string_view in, std::size_t expected, std::string& out) {
  if (in.size() > std::numeric_limits<uInt>::max() || expected > std::numeric_limits<uInt>::max()) return false;
  out.assign(expected, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return false;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  const bool whole = rc == Z_STREAM_END && z.total_out == expected;
  inflateEnd(&z);
  return whole;
}

// True when text is an XML document that ends with the closing of its root element.
bool xml_complete(std::string_view text) {
  std::size_t i = 0;
  if (text.substr(0, 5) == "<?xml") {
    i = text.find("?>");
    if (i == std::string_view::npos) return false;
    i += 2;
  }
  i = text.find('<', i);
  if (i == std::string_view::npos) return false;
  const std::size_t name_end = text.find_first_of(" \t\r\n/>", i + 1);
  if (name_end == std::string_view::npos) return false;
  const std::string closing = "</" + std::string(text.substr(i + 1, name_end - i - 1)) + ">";
  std::size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r' || text[end - 1] == ' ')) --end;
  const std::string_view body = text.substr(0, end);
  if (body.size() >= closing.size() && body.substr(body.size() - closing.size()) == closing) return true;
  // A root element that closes itself: <root .../> and nothing after it.
  return body.size() >= 2 && body.substr(body.size() - 2) == "/>" && text.find('>', i) == body.size() - 1;
}

}  // namespace

std::string xlsx_package_problem(std::string_view zip) {
  // The end of central directory record: 22 bytes, signature 0x06054b50 (no archive comment).
  if (zip.size() < 22 || read_le(zip, zip.size() - 22, 4) != 0x06054b50) {
    return "the file does not end with a ZIP directory (it is cut short)";
  }
  const std::size_t eocd = zip.size() - 22;
  const std::size_t entries = read_le(zip, eocd + 10, 2);
  std::size_t at = read_le(zip, eocd + 16, 4);
  if (entries == 0) return "the package has no parts";
  for (std::size_t n = 0; n < entries; ++n) {
    if (at + 46 > eocd || read_le(zip, at, 4) != 0x02014b50) return "the ZIP directory is damaged";
    const std::uint32_t method = read_le(zip, at + 10, 2);
    const std::size_t packed = read_le(zip, at + 20, 4);
    const std::size_t size = read_le(zip, at + 24, 4);
    const std::size_t name_len = read_le(zip, at + 28, 2);
    const std::size_t extra_len = read_le(zip, at + 30, 2);
    const std::size_t comment_len = read_le(zip, at + 32, 2);
    const std::size_t local = read_le(zip, at + 42, 4);
    if (at + 46 + name_len > eocd) return "the ZIP directory is damaged";
    const std::string name(zip.substr(at + 46, name_len));
    at += 46 + name_len + extra_len + comment_len;

    if (local + 30 > zip.size() || read_le(zip, local, 4) != 0x04034b50) return name + " is missing";
    const std::size_t data = local + 30 + read_le(zip, local + 26, 2) + read_le(zip, local + 28, 2);
    if (data + packed > zip.size()) return name + " is cut short";
    const bool xml = name.ends_with(".xml") || name.ends_with(".rels");
    if (!xml) continue;
    std::string text;
    if (method == 0) {
      text.assign(zip.substr(data, packed));
    } else if (method != 8 || !inflate_raw(zip.substr(data, packed), size, text)) {
      return name + " cannot be decompressed";
    }
    if (!is_valid_utf8(text) || !xml_complete(text)) return name + " is cut short";
  }
  return "";
}

}  // namespace sjsj
