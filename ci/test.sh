#!/usr/bin/env bash
# README command 2: install what is missing, then configure, build and run the whole test suite
# (CTest), again under ASan + UBSan, then each fuzz target for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-deps.sh
cmake --workflow --preset default
cmake --workflow --preset asan
bash ci/fuzz.sh "${CRMFLOW_FUZZ_SECONDS:-60}"
