#!/usr/bin/env bash
# Scores corridor's HTML main-text extraction on the article-extraction benchmark (60 pages with
# ground truth in ../shared/data/article-extraction), the way the public benchmark does.
#   scripts/eval-articles.sh [--floor F1] [--json] [--worst N] [--shared DIR] [--out FILE]
# Builds corridor in release (CORRIDOR_BIN skips the build), runs `corridor extract` over the pages,
# prints score_articles.py's figures; with --floor, exits 1 when body F1 is below it.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared
floor=""
out=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --floor) floor=$2; shift ;;
    --json) extra+=(--json) ;;
    --worst) extra+=(--worst "$2"); shift ;;
    --shared) shared=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "usage: scripts/eval-articles.sh [--floor F1] [--json] [--worst N] [--shared DIR] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done
data="$shared/data/article-extraction"
if [ ! -f "$data/ground-truth.json" ]; then
  echo "eval-articles: $data/ground-truth.json not found: put the shared folder beside the project or pass --shared DIR" >&2
  exit 2
fi
bin="${CORRIDOR_BIN:-}"
if [ -z "$bin" ]; then
  cargo build --release -q -p corridor
  bin="${CARGO_TARGET_DIR:-target}/release/corridor"
fi
if [ -z "$out" ]; then
  out="$(mktemp -t eval-articles.XXXXXX.jsonl)"
fi
"$bin" extract "$data/html" > "$out" || echo "eval-articles: some pages failed (see above)" >&2
python3 "$shared/eval/score_articles.py" --truth "$data/ground-truth.json" --pred "$out" "${extra[@]}"
if [ -n "$floor" ]; then
  f1=$(python3 "$shared/eval/score_articles.py" --truth "$data/ground-truth.json" --pred "$out" --json |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["f1"])')
  if ! python3 -c "import sys; sys.exit(0 if $f1 >= $floor else 1)"; then
    echo "eval-articles: body F1 $f1 is below the floor $floor" >&2
    exit 1
  fi
fi
