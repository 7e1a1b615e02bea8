#!/usr/bin/env bash
# Builds the libFuzzer targets (ASan + UBSan) and runs each for a bounded time, seeded with the
# fixtures. Any crash, leak or sanitizer report fails; the crashing input is kept in build/fuzz/crashes/.
# Usage: ci/fuzz.sh [SECONDS_PER_TARGET]   (default $CRMFLOW_FUZZ_SECONDS or 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-${CRMFLOW_FUZZ_SECONDS:-60}}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/crashes
total=0
for target in fuzz_manifest_loader fuzz_pipeline fuzz_writers; do
  corpus=build/fuzz/corpus/$target
  mkdir -p "$corpus"
  log=build/fuzz/$target.log
  # New inputs go to the first folder; the fixtures are read-only seeds. Crash regressions
  # found earlier live in tests/fuzz/regressions/ and are replayed as seeds too.
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
      "build/fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -artifact_prefix=build/fuzz/crashes/ -print_final_stats=1 \
      "$corpus" fixtures/rules fixtures/invalid fixtures/demo tests/fuzz/regressions >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz: $target failed; input kept in build/fuzz/crashes/" >&2
    exit 1
  fi
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  echo "fuzz: $target: ${runs:-0} executions in ${seconds}s, no crash"
  total=$((total + ${runs:-0}))
done
echo "fuzz: $total executions in total, no crash"
