#!/usr/bin/env bash
# Sets up (packages, release build) and runs every test: unit tests and golden
# end-to-end tests under CTest. Tests that need ../shared/data skip cleanly
# when it is absent. Usage: scripts/test.sh [release|debug]
set -euo pipefail
preset="${1:-release}"
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh "$preset"
ctest --preset "$preset"
