#!/usr/bin/env bash
# Every test of sjsj, from a fresh Debian 12 machine: installs what is missing, builds with
# warnings as errors, runs the unit and end-to-end suites, runs them again under AddressSanitizer
# and UndefinedBehaviorSanitizer, then the robustness suite (fuzzing, crashes, concurrency, full
# disk, hostile input, tampering). Ends with one line "tests: N passed, M failed" over the suites.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test || exit 1
jobs=$(nproc)
passed=0
failed=0
failed_names=()

suite() {  # suite NAME COMMAND...: runs one suite and counts it
  local name=$1
  shift
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failed_names+=("$name")
  fi
}

build() {  # build DIR CMAKE-ARGS...
  local dir=$1
  shift
  cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DSJSJ_WERROR=ON "$@" >/dev/null && cmake --build "$dir" -j"$jobs"
}

# The code's layout is .clang-format's: a change that does not follow it fails here.
format_check() {
  git ls-files -z 'lib/*.cpp' 'lib/*.hpp' 'cmd/*.cpp' 'cmd/*.hpp' 'tests/unit/*.cpp' 'tests/unit/*.hpp' \
    'tests/fuzz/*.cpp' 'tests/fuzz/*.hpp' | xargs -0 clang-format --dry-run -Werror
}
suite "format" format_check

if build build; then
  suite "unit" build/sjsj_unit
  suite "e2e" python3 tests/e2e/run.py build/sjsj
else
  suite "build" false
fi

# detect_leaks stays on: a leak is a failure like any other sanitizer report.
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if build build-sanitize -DSJSJ_SANITIZE=address,undefined; then
  suite "unit (asan+ubsan)" build-sanitize/sjsj_unit
  suite "e2e (asan+ubsan)" python3 tests/e2e/run.py build-sanitize/sjsj
else
  suite "build (asan+ubsan)" false
fi
unset ASAN_OPTIONS UBSAN_OPTIONS

if [[ -x tests/robustness/ci.sh ]]; then
  suite "robustness" tests/robustness/ci.sh build/sjsj
fi

echo
((failed == 0)) || echo "failed suites: ${failed_names[*]}"
echo "tests: $passed passed, $failed failed"
((failed == 0))
