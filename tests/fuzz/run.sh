#!/usr/bin/env bash
# Runs every libFuzzer target of build-fuzz for a bounded time, after replaying the regression
# inputs (tests/fuzz/regressions/<target>/*) and the seed corpus. Fails on any crash, leak,
# sanitizer report, timeout or out-of-memory.
#
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]     SECONDS per target (default 60), BUILD_DIR default build-fuzz
#
# New inputs the fuzzer finds go to a scratch corpus ($SJSJ_FUZZ_WORK, default a temporary folder)
# so the checked-in seed corpus stays small; a crash input is kept in $SJSJ_FUZZ_WORK/<target>/
# and its path printed: copy it into tests/fuzz/regressions/<target>/ once fixed.
set -u
seconds=${1:-60}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
build=${2:-$src/build-fuzz}
work=${SJSJ_FUZZ_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/sjsj-fuzz.XXXXXX")}
targets=(fuzz_directory_csv fuzz_plan fuzz_record_batch)
# 1 MiB covers the plan size cap (kMaxPlanFileBytes) and more than one 64 KiB CSV chunk.
max_len=${SJSJ_FUZZ_MAX_LEN:-1100000}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=0
total_runs=0
for t in "${targets[@]}"; do
  bin=$build/tests/fuzz/$t
  if [ ! -x "$bin" ]; then
    echo "fuzz: $bin is missing (build it: cmake --build $build --target fuzz)" >&2
    exit 4
  fi
  mkdir -p "$work/$t/corpus" "$work/$t/artifacts"
  common=(-rss_limit_mb=1024 -malloc_limit_mb=1024 -timeout=10 -max_len="$max_len")

  # Regressions and seeds first: each must run clean.
  replay=()
  for d in "$here/regressions/$t" "$here/corpus/$t"; do
    [ -d "$d" ] && [ -n "$(ls -A "$d")" ] && replay+=("$d"/*)
  done
  if [ ${#replay[@]} -gt 0 ]; then
    if ! "$bin" "${common[@]}" -runs=1 "${replay[@]}" > "$work/$t/replay.log" 2>&1; then
      echo "fuzz: $t: a regression or seed input fails:" >&2
      tail -n 30 "$work/$t/replay.log" >&2
      failed=1
      continue
    fi
  fi

  dict=()
  [ -f "$here/$t.dict" ] && dict=(-dict="$here/$t.dict")
  start=$(date +%s)
  "$bin" "${common[@]}" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="$work/$t/artifacts/" "$work/$t/corpus" "$here/corpus/$t" > "$work/$t/fuzz.log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t/fuzz.log" | tail -n 1)
  total_runs=$((total_runs + ${runs:-0}))
  if [ $rc -ne 0 ]; then
    echo "fuzz: $t: FAILED after $(( $(date +%s) - start )) s (exit $rc); inputs in $work/$t/artifacts:" >&2
    ls "$work/$t/artifacts" >&2
    grep -m 1 -A 25 -E "ERROR: |runtime error|deadly signal|not an sjsj error" "$work/$t/fuzz.log" >&2
    failed=1
  else
    echo "fuzz: $t: ${runs:-0} inputs in $seconds s, no crash"
  fi
done
echo "fuzz: ${#targets[@]} targets, $total_runs inputs, $([ $failed -eq 0 ] && echo "no crash" || echo "FAILED")"
exit $failed
