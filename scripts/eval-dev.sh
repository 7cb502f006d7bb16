#!/usr/bin/env bash
# Scores `corridor extract` on the shared dev set (25 scraped pages with gold in dev/gold).
#   scripts/eval-dev.sh [--verbose] [--shared DIR]     (default shared folder: ../shared)
# Builds corridor in release, writes out.jsonl in the workspace root, prints score.py's figures.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose) extra+=(--verbose) ;;
    --shared) shared=$2; shift ;;
    *) echo "usage: scripts/eval-dev.sh [--verbose] [--shared DIR]" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$shared/dev/gold" ]; then
  echo "eval-dev: $shared/dev/gold not found: put the shared folder beside the project or pass --shared DIR" >&2
  exit 2
fi
cargo build --release -q -p corridor
bin=${CARGO_TARGET_DIR:-target}/release/corridor
"$bin" extract "$shared/dev" > out.jsonl || echo "eval-dev: some inputs failed (see above)" >&2
python3 "$shared/eval/score.py" --gold "$shared/dev/gold" --pred out.jsonl "${extra[@]}"
