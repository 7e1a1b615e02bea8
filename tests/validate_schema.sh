#!/usr/bin/env bash
# Validates the manifest JSON Schema against the fixtures with a real validator (ajv-cli): every
# valid fixture must pass, every invalid fixture that is a schema error must fail. Loader and
# schema must not drift.
# Usage: validate_schema.sh TOML_TO_JSON SCHEMA FIXTURES_DIR OUT_DIR
set -euo pipefail
to_json=$1 schema=$2 fixtures=$3 out=$4
tools=${CRMFLOW_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/crmflow-tools}
ajv=$tools/node_modules/.bin/ajv
if [[ ! -x $ajv ]]; then
  echo "validate_schema: installing ajv-cli@5 into $tools" >&2
  mkdir -p "$tools"
  npm install --no-audit --no-fund --silent --prefix "$tools" ajv-cli@5.0.0 >&2
fi
rm -rf "$out"
mkdir -p "$out/valid" "$out/invalid"
validate() { "$ajv" validate --spec=draft7 --strict=false -s "$schema" -d "$1" >"$1.log" 2>&1; }

passed=0 failed=0
while IFS= read -r toml; do
  json=$out/valid/$(realpath --relative-to="$fixtures" "$toml" | tr '/' '_').json
  "$to_json" "$toml" "$json"
  if validate "$json"; then passed=$((passed + 1)); else
    echo "schema rejects a valid fixture: $toml" >&2
    cat "$json.log" >&2
    failed=$((failed + 1))
  fi
done < <(find "$fixtures/rules" "$fixtures/demo" -name '*.toml' | sort)

# Invalid fixtures whose error the schema can see (types, enums, ids, unknown keys, required keys,
# value formats, rule ids, version). Reference, duplicate, cycle, include and encoding errors
# need the whole manifest or the file system, which only the loader sees.
for name in wrong_types bad_enums bad_ids unknown_keys missing_required bad_values policy_unknown_rule unsupported_version; do
  json=$out/invalid/$name.json
  "$to_json" "$fixtures/invalid/$name.toml" "$json"
  if validate "$json"; then
    echo "schema accepts an invalid fixture: $name.toml" >&2
    failed=$((failed + 1))
  else passed=$((passed + 1)); fi
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
