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
# T17 has 21 records with empty text: they are reported, and ingest exits 1.
"$build/apps/storyline/storyline" ingest --db "$db" "$data"/*/articles.jsonl 2> >(grep -v 'empty "text"' >&2) || [ $? -eq 1 ]
"$build/apps/storyline/storyline" stories --db "$db" | head -20
rm -rf "$(dirname "$db")"
