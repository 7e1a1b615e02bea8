#!/usr/bin/env bash
# Installs the Debian 12 packages crmflow builds and tests with. Idempotent: installs only what
# is missing, so a warm machine pays one dpkg query.
set -euo pipefail

packages=(cmake ninja-build g++ clang-14 llvm-14-dev libclang-14-dev libclang-rt-14-dev
          libtomlplusplus-dev nlohmann-json3-dev catch2 pre-commit python3-yaml git)
# The SARIF validator comes from npm. A machine may already carry Node.js from elsewhere (its own
# npm bundled), where Debian's npm package would conflict: ask for Debian's only when npm is absent.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "crmflow: ci/install-deps.sh supports Debian 12 (apt). On other systems install:" >&2
  echo "  ${packages[*]}" >&2
  echo "  (CMake >= 3.25, Ninja, LLVM/Clang 14 dev files, toml++, nlohmann-json, Catch2 v2, Node.js + npm)" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "crmflow: missing packages (${missing[*]}) and neither root nor sudo available." >&2
  exit 2
fi

echo "crmflow: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
