#!/usr/bin/env bash
# Installs the Debian packages storyline needs (only those missing, without
# prompts) and configures + builds the given CMake preset (default: release).
# Usage: scripts/bootstrap.sh [release|debug|dev]
set -euo pipefail
preset="${1:-release}"
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config git
  libsqlite3-dev libxml2-dev libicu-dev libsimdjson-dev nlohmann-json3-dev
  libre2-dev libxxhash-dev libcli11-dev libfmt-dev libspdlog-dev libcpp-httplib-dev libpq-dev
  libgtest-dev libgmock-dev libbenchmark-dev zlib1g-dev
  libjemalloc-dev                       # the storyline executable's allocator (~7% faster ingest, less memory)
  iso-codes tzdata libgeonames-common   # gazetteers for `storyline train-ner`
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
