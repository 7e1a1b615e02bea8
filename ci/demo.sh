#!/usr/bin/env bash
# README command 1: install, build, and run crmflow on the bundled retail CRM demo.
# Prints the findings and writes build/demo.sarif.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
crmflow=build/default/analyzer/crmflow
# The demo's C++ integration (fixtures/demo/src) needs a compilation database with this
# machine's paths.
bash ci/make-compile-db.sh fixtures/demo build/demo-db
status=0
"$crmflow" check fixtures/demo -p build/demo-db --lang "${CRMFLOW_LANG:-en}" || status=$?
"$crmflow" check fixtures/demo -p build/demo-db --format sarif --output build/demo.sarif --fail-on none
echo "SARIF written to build/demo.sarif"
# The demo is meant to have error-level findings (exit status 1); 2 would mean it could not be analyzed.
if [[ $status -eq 2 ]]; then exit 2; fi
