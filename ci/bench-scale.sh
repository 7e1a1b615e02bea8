#!/usr/bin/env bash
# Scale benchmark (not a test): time and peak RSS of `crmflow check` for N = 1000 ... 16000 data
# categories, growth per doubling, and N = 10000 against the 0.5 s target.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default --target crmflow bench_scale >/dev/null
build/default/tests/bench_scale build/default/analyzer/crmflow "$@"
