// Fuzzes the YAML plan parser: any text must parse into a Plan or be refused with an InputError
// (located problems), and an accepted plan must render back to JSON.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lib/plan/plan_file.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  sjsj::fuzz::expect_only_sjsj_errors("fuzz_plan", [&] {
    const sjsj::Plan plan = sjsj::parse_plan(text, "fuzz.yaml");
    (void)sjsj::plan_to_json(plan).dump();
    (void)sjsj::late_issue_warning(plan);
  });
  return 0;
}
