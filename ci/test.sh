#!/usr/bin/env bash
# README command 2: install what is missing, configure, build and run the whole test suite (CTest).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-deps.sh
cmake --workflow --preset default
