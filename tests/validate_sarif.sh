#!/usr/bin/env bash
# Validates the SARIF that crmflow writes for every fixture with the SARIF multitool (GitHub
# ingestion rules on). Fails on any error-level result: the multitool itself exits 0 even then.
# Usage: validate_sarif.sh CRMFLOW FIXTURES_DIR VALIDATOR_CONFIG OUT_DIR
set -euo pipefail
crmflow=$1 fixtures=$2 config=$3 out=$4
version=5.7.0
tools=${CRMFLOW_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/crmflow-tools}
multitool=$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

if [[ ! -f $config ]]; then
  echo "validate_sarif: validator config not found: $config" >&2
  exit 1
fi
if [[ ! -x $multitool ]]; then
  echo "validate_sarif: installing @microsoft/sarif-multitool@$version into $tools" >&2
  mkdir -p "$tools"
  npm install --no-audit --no-fund --silent --prefix "$tools" "@microsoft/sarif-multitool@$version" >&2
  # npm may skip the package's postinstall chmod; the binary must be executable.
  chmod u+x "$multitool"
fi

rm -rf "$out"
mkdir -p "$out"
n=0
emit() {  # emit NAME ROOT MANIFEST [extra args]
  local name=$1 root=$2 manifest=$3
  shift 3
  local status=0
  "$crmflow" check "$root" --manifest "$manifest" --format sarif --output "$out/$name.sarif" --fail-on none "$@" 2>/dev/null || status=$?
  if [[ ! -s $out/$name.sarif ]]; then
    echo "validate_sarif: no SARIF written for $manifest (exit $status)" >&2
    exit 1
  fi
  n=$((n + 1))
}
while IFS= read -r manifest; do
  name=$(realpath --relative-to="$fixtures" "$manifest" | tr '/' '_')
  emit "$name" "$(dirname "$manifest")" "$manifest"
done < <(find "$fixtures/rules" -name '*.toml' -not -path '*/inc/*' | sort)
emit demo "$fixtures/demo" "$fixtures/demo/crmflow.toml"
emit demo_tr "$fixtures/demo" "$fixtures/demo/crmflow.toml" --lang tr
# Code findings carry codeFlows through the C++ code: validate every scenario and the demo with code.
make_db=$(dirname "$0")/../ci/make-compile-db.sh
for scenario in "$fixtures"/code/*/ "$fixtures/demo/"; do
  name=code_$(basename "$scenario")
  bash "$make_db" "$scenario" "$out/db/$name"
  emit "$name" "$scenario" "$scenario/crmflow.toml" -p "$out/db/$name"
done
# Baselines: all unchanged, and a run whose baseline is another project's (new and absent results).
emit demo_baselined "$fixtures/demo" "$fixtures/demo/crmflow.toml" --baseline "$out/demo.sarif"
emit demo_against_other "$fixtures/rules/consent/missing" "$fixtures/rules/consent/missing/positive.toml" --baseline "$out/demo.sarif"
# Load errors travel as notifications: validate that shape too.
emit invalid_unknown_references "$fixtures/invalid" "$fixtures/invalid/unknown_references.toml"
emit invalid_duplicate_id "$fixtures/invalid/duplicate_id" "$fixtures/invalid/duplicate_id/crmflow.toml"

"$multitool" validate --rule-kind "Sarif;Ghas" --config "$config" -o "$out/report.sarif" "$out"/*.sarif > "$out/validator.log" 2>&1 || {
  cat "$out/validator.log" >&2
  exit 1
}
node - "$out/report.sarif" "$n" <<'JS'
const fs = require('fs');
const [report, count] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(report, 'utf8'));
const results = log.runs.flatMap(r => r.results || []);
const level = r => r.level || 'warning';
for (const r of results) {
  const where = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?';
  const text = r.message?.text ?? (r.message?.arguments || []).join(' | ');
  console.log(`${level(r)} ${r.ruleId} ${where}: ${text}`);
}
const errors = results.filter(r => level(r) === 'error').length;
const warnings = results.filter(r => level(r) === 'warning').length;
console.log(`validated ${count} SARIF files: ${errors} errors, ${warnings} warnings`);
process.exit(errors === 0 ? 0 : 1);
JS
