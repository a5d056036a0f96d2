#!/usr/bin/env bash
# End-to-end ingest benchmark: all of ../shared/data/t17/*/articles.jsonl
# (3,219 articles, 22 MB) into a fresh store, RUNS times (default 3); prints
# each run's articles/s, MB/s, wall time and peak RSS, then the median run,
# with the machine's core count and its load average before each run (the
# figure is wall time: other work on the machine slows it).
# Usage: [RUNS=N] scripts/bench-ingest.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/release}"
runs="${RUNS:-3}"
data="../shared/data/t17"
[ -d "$data" ] || { echo "bench-ingest: $data not found" >&2; exit 2; }
bin="$build/apps/storyline/storyline"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
echo "cores: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for run in $(seq "$runs"); do
  rm -f "$dir"/bench.db*
  load="$(cut -d' ' -f1 /proc/loadavg)"
  # T17 has 21 records with empty text: they are reported, and ingest exits 1.
  /usr/bin/time -f "%e %M" -o "$dir/time" "$bin" ingest --db "$dir/bench.db" "$data"/*/articles.jsonl \
    > "$dir/out" 2> >(grep -v 'empty "text"' >&2) || [ $? -eq 1 ]
  read -r wall rss_kb < <(tail -n 1 "$dir/time")  # after a "Command exited with..." line
  rate="$(grep -o '([0-9]* articles/s, [0-9.]* MB/s)' "$dir/out" | tr -d '()')"
  echo "run $run: $rate  wall $wall s  peak RSS $((rss_kb / 1024)) MiB  (load before: $load)" | tee -a "$dir/runs"
done
# The median run by wall time.
echo "median $(awk -F'wall ' '{split($2, w, " "); print w[1] "\t" $0}' "$dir/runs" | sort -n |
  sed -n "$(( (runs + 1) / 2 ))p" | cut -f2-)"
"$bin" stories --db "$dir/bench.db" | head -5
