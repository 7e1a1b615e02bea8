#!/usr/bin/env bash
# Writes OUT_DIR/compile_commands.json for every .cpp under PROJECT_DIR, with this machine's
# absolute paths (a compilation database cannot be portable; fixtures and the demo generate one).
# Usage: ci/make-compile-db.sh PROJECT_DIR OUT_DIR
set -euo pipefail
project=$(realpath "$1")
out=$2
include=$(realpath "$(dirname "$0")/../analyzer/include")
mkdir -p "$out"
{
  echo "["
  first=1
  while IFS= read -r src; do
    [[ $first -eq 1 ]] || echo ","
    first=0
    printf '  {"directory": "%s", "file": "%s", "arguments": ["clang++", "-std=c++17", "-I%s", "-I%s/src", "-c", "%s"]}' \
      "$project" "$src" "$include" "$project" "$src"
  done < <(find "$project" -name '*.cpp' | sort)
  echo
  echo "]"
} >"$out/compile_commands.json"
