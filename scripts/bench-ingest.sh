#!/usr/bin/env bash
# End-to-end ingest benchmark: all of ../shared/data/t17/*/articles.jsonl
# (3,219 articles) into a fresh store; prints articles/s and MB/s and the
# machine's core count. Usage: scripts/bench-ingest.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
data="../shared/data/t17"
[ -d "$data" ] || { echo "bench-ingest: $data not found" >&2; exit 2; }
db="$(mktemp -d)/bench.db"
echo "cores: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
"$build/apps/storyline/storyline" ingest --db "$db" "$data"/*/articles.jsonl
"$build/apps/storyline/storyline" stories --db "$db" | head -20
rm -rf "$(dirname "$db")"
