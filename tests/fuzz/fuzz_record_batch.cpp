// Fuzzes the results batch reader (`sjsj record --file`): a CSV of results checked against the
// example year (drawn and assigned, tasks 2026-0001...), recorded when every row is right, then
// rolled back. The first byte chooses the encoding; the rest is the file.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "lib/calendar/calendar_store.hpp"
#include "lib/result/record.hpp"
#include "lib/store/store.hpp"
#include "lib/util/date.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  static const sjsj::Encoding kEncodings[] = {sjsj::Encoding::auto_detect, sjsj::Encoding::utf8,
                                              sjsj::Encoding::gb18030};
  const sjsj::Encoding encoding = kEncodings[data[0] % 3];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);

  sjsj::Store& store = sjsj::fuzz::example_store(sjsj::fuzz::Year::assigned);
  static const sjsj::WorkingCalendar calendar = sjsj::working_calendar(store.db());
  sjsj::fuzz::expect_only_sjsj_errors("fuzz_record_batch", [&] {
    sjsj::WriteSession session(store);  // rolled back when it goes out of scope
    std::istringstream in(text);
    sjsj::record_results_file(session, calendar, in, "fuzz.csv", encoding, *sjsj::Date::parse("2026-06-30"));
  });
  return 0;
}
