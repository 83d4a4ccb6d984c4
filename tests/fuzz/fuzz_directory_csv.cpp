// Fuzzes the directory import path: byte decoding (UTF-8 / GB18030 / auto), the CSV reader and
// its limits, the header mapping and the validation of every field, up to the SQL upsert, for
// both directories. The first byte chooses the options; the rest is the file.
//
// Also checks a property of TextDecoder: decoding in two chunks split anywhere after a possible
// byte order mark gives the same verdict and the same text as decoding in one (the CSV reader
// feeds 64 KiB chunks, so any character may be cut in two).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "lib/directory/directory_import.hpp"
#include "lib/store/store.hpp"
#include "lib/util/text_decoder.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

void check_split_decoding(std::string_view text, std::size_t cut, sjsj::Encoding encoding) {
  sjsj::TextDecoder whole(encoding);
  std::string one;
  const bool ok_one = whole.decode(text, one) && whole.finish();
  sjsj::TextDecoder parts(encoding);
  std::string two;
  const bool ok_two = parts.decode(text.substr(0, cut), two) && parts.decode(text.substr(cut), two) && parts.finish();
  if (ok_one != ok_two || (ok_one && one != two)) {
    std::fprintf(stderr, "decoding in two chunks (cut at %zu, %s) differs from one: %d vs %d\n", cut,
                 std::string(sjsj::encoding_name(encoding)).c_str(), ok_one, ok_two);
    std::abort();
  }
  if (encoding == sjsj::Encoding::utf8 &&
      ok_one != sjsj::is_valid_utf8(text.substr(text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0)) &&
      text.find('\0') == std::string_view::npos) {
    std::fprintf(stderr, "the UTF-8 decoder and is_valid_utf8 disagree\n");
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t flags = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  static const sjsj::Encoding kEncodings[] = {sjsj::Encoding::auto_detect, sjsj::Encoding::utf8,
                                              sjsj::Encoding::gb18030};
  const sjsj::Encoding encoding = kEncodings[(flags >> 1) % 3];
  const bool staff = (flags & 1) != 0;

  // The first chunk decides about a byte order mark (the CSV reader's first chunk is 64 KiB), so
  // the cut comes after the first three bytes.
  if (encoding != sjsj::Encoding::auto_detect && text.size() > 3) {
    check_split_decoding(text, 3 + (flags * 131u + size) % (text.size() - 3), encoding);
  }

  sjsj::ImportOptions options;
  options.encoding = encoding;
  options.fields.allow_local_codes = (flags & 0x10) != 0;
  options.missing = (flags & 0x20) != 0 ? sjsj::MissingPolicy::suspend : sjsj::MissingPolicy::keep;

  sjsj::Store& store = sjsj::fuzz::example_store(sjsj::fuzz::Year::directories);
  sjsj::fuzz::expect_only_sjsj_errors("fuzz_directory_csv", [&] {
    sjsj::WriteSession session(store);  // rolled back when it goes out of scope
    std::istringstream in{std::string(text)};
    if (staff) {
      sjsj::import_staff(session, in, "fuzz.csv", options);
    } else {
      sjsj::import_objects(session, in, "fuzz.csv", options);
    }
  });
  return 0;
}
