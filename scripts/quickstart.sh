#!/usr/bin/env bash
# Installs what is missing, builds (release), ingests the bundled sample
# (sample/: the five reference articles) into the default store storyline.db,
# and prints the stories found. Safe to run again: re-ingesting changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh release
bin=build/release/apps/storyline/storyline
"$bin" ingest sample
echo
"$bin" story
