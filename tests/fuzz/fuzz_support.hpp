#pragma once
// What the fuzz targets share: a database holding the example year (examples/banan-2026), and the
// rule that a hostile input may only ever end in sjsj's own error types.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace sjsj {
class Store;
}  // namespace sjsj

namespace sjsj::fuzz {

enum class Year {
  directories,  // objects and staff imported
  assigned,     // also the plan loaded, drawn and every task assigned (results can be recorded)
};

// A store in a private temporary folder, prepared once per process and never changed afterwards:
// each fuzz input runs in a WriteSession that is rolled back. Aborts if the example cannot be set up.
Store& example_store(Year year);

// Runs body. An sjsj::Error (a located InputError, a UsageError...) is the expected way to refuse
// a hostile input; any other exception escaping (std::out_of_range, a JSON or SQLite error, a
// yaml-cpp exception) would reach the user as an internal error, so it aborts the fuzzer with
// the exception's type and message.
void expect_only_sjsj_errors(const char* target, const std::function<void()>& body);

}  // namespace sjsj::fuzz
