#!/usr/bin/env bash
# The robustness suite as CI runs it (issue 7): builds the libFuzzer targets under ASan and UBSan,
# fuzzes each for a bounded time, then runs the fault cases of run.py against the given binary.
#
#   tests/robustness/ci.sh BINARY [FUZZ_SECONDS]     FUZZ_SECONDS per target, default 45
#
# Environment: SJSJ_FUZZ_BUILD (default build-fuzz in the source tree), SJSJ_JOBS (default 2),
# SJSJ_ROBUST_ROWS (rows of the large directory, default 300000). Exits non-zero if any step fails.
set -u
if [ $# -lt 1 ]; then
  echo "usage: $0 BINARY [FUZZ_SECONDS]" >&2
  exit 1
fi
binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
seconds=${2:-45}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${SJSJ_FUZZ_BUILD:-$src/build-fuzz}
jobs=${SJSJ_JOBS:-2}
start=$(date +%s)
status=0

echo "== fuzz build ($build)"
if ! CC=clang CXX=clang++ cmake -S "$src" -B "$build" -DSJSJ_FUZZ=ON -DSJSJ_SANITIZE=address,undefined \
       -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build.configure.log" 2>&1; then
  tail -n 30 "$build.configure.log" >&2
  exit 4
fi
if ! cmake --build "$build" -j "$jobs" --target fuzz > "$build.build.log" 2>&1; then
  grep -m 20 -E "error|Error" "$build.build.log" >&2
  exit 4
fi
echo "fuzz build: $(( $(date +%s) - start )) s"

echo "== fuzzing, $seconds s per target"
"$src/tests/fuzz/run.sh" "$seconds" "$build" || status=1

echo "== fault cases ($binary)"
python3 "$src/tests/robustness/run.py" "$binary" --rows "${SJSJ_ROBUST_ROWS:-300000}" || status=1

echo "robustness suite: $([ $status -eq 0 ] && echo ok || echo FAILED) in $(( $(date +%s) - start )) s"
exit $status
