#!/usr/bin/env bash
# Frontend benchmark (not a test): crmflow -j1 and -j2 against `clang++ -fsyntax-only` over the
# same compile commands, on the demo and on a generated corpus of 40 translation units.
# Prints the times and the ratios the targets are stated in.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default >/dev/null
cmake --build --preset default --target crmflow >/dev/null
crmflow=$PWD/build/default/analyzer/crmflow
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A corpus: 40 TUs of CRM-like code (a model, helpers, AI and vendor calls), standard headers included.
corpus=$work/corpus
mkdir -p "$corpus/src"
cat >"$corpus/crmflow.toml" <<'TOML'
version = 1
[controller]
name = "Bench"
ai_policy = "policy.md"
[purpose.sales]
kind = "service"
legal_basis = "contract"
[data.contact_email]
category = "contact"
purposes = ["sales"]
retention = "P1Y"
fields = ["bench::Customer::email"]
[ai.scorer]
kind = "classify"
purpose = "sales"
inputs = ["contact_email"]
symbols = ["bench::Scorer::score"]
[notice.n]
purposes = ["sales"]
TOML
cat >"$corpus/src/model.h" <<'CPP'
#pragma once
#include <map>
#include <string>
#include <vector>
#include <sstream>
#include <algorithm>
namespace bench {
struct Customer { std::string id, email, name; std::vector<double> orders; std::map<std::string, std::string> tags; };
struct Scorer { double score(const std::string& features); };
}
CPP
for i in $(seq 1 40); do
  cat >"$corpus/src/unit$i.cpp" <<CPP
#include "model.h"
namespace bench {
static std::string features$i(const Customer& c) {
  std::ostringstream out;
  out << c.id << ';' << c.orders.size();
  for (const auto& [k, v] : c.tags) out << k << '=' << v;
  std::vector<std::string> parts{c.name, c.email};
  std::sort(parts.begin(), parts.end());
  for (const auto& p : parts) out << p;
  return out.str();
}
double run$i(const std::vector<Customer>& customers, Scorer& s) {
  double total = 0;
  for (const auto& c : customers) {
    if (c.orders.empty()) continue;
    total += s.score(features$i(c));
  }
  return total;
}
}
CPP
done
bash ci/make-compile-db.sh "$corpus" "$work/corpus-db"
bash ci/make-compile-db.sh fixtures/demo "$work/demo-db"

resource=$(clang-14 -print-resource-dir)
seconds() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc; }
best() { local b=999999 t; for _ in 1 2 3; do t=$(seconds "$@"); b=$(echo "if ($t < $b) $t else $b" | bc); done; echo "$b"; }
syntax_only() {  # every TU of a project, one clang++ process each, sequentially
  local project=$1
  for src in $(find "$project" -name '*.cpp' | sort); do
    clang++-14 -std=c++17 -fsyntax-only -resource-dir="$resource" -I"$PWD/analyzer/include" -I"$project/src" "$src"
  done
}
report() {
  local name=$1 project=$2 db=$3
  local clang j1 j2
  clang=$(best syntax_only "$project")
  j1=$(best "$crmflow" check "$project" -p "$db" -j 1 --fail-on none)
  j2=$(best "$crmflow" check "$project" -p "$db" -j 2 --fail-on none)
  printf '%-8s TUs=%-3s clang++ -fsyntax-only %6.2fs | crmflow -j1 %6.2fs (%.2fx clang) | -j2 %6.2fs (%.2fx faster than -j1)\n' \
    "$name" "$(find "$project" -name '*.cpp' | wc -l)" "$clang" "$j1" "$(echo "$j1 / $clang" | bc -l)" "$j2" "$(echo "$j1 / $j2" | bc -l)"
}
command -v bc >/dev/null || { echo "bench-frontend: needs bc (apt-get install bc)" >&2; exit 2; }
report demo fixtures/demo "$work/demo-db"
report corpus "$corpus" "$work/corpus-db"
