#!/usr/bin/env bash
# Throughput and memory figures of corridor on one core, beside the Python peers and `cat | wc -w`.
# Writes the corpora under $BENCH_TMP (default /tmp/corridor-bench) and prints the figures that
# BENCHMARKS.md records. Run from the workspace root:  scripts/bench.sh
# Needs: a release build (cargo build --release -p corridor -p corridor-bench; honours
# CARGO_TARGET_DIR); ../shared for the dev articles and the article-extraction pages; the peers
# (bash ../shared/eval/setup-peers.sh) for the ratios (skipped when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET="${CARGO_TARGET_DIR:-target}"
CORRIDOR="$TARGET/release/corridor"
BENCH="$TARGET/release/corridor-bench"
TMP="${BENCH_TMP:-/tmp/corridor-bench}"
SHARED=../shared
for b in "$CORRIDOR" "$BENCH"; do
  [ -x "$b" ] || { echo "missing $b: cargo build --release -p corridor -p corridor-bench" >&2; exit 2; }
done
mkdir -p "$TMP"

echo "== text: 1,400 generated articles (all facets), one core"
rm -rf "$TMP/gen1400"
"$BENCH" gen --out "$TMP/gen1400" --count 1400 --seed 42
"$BENCH" run "$TMP/gen1400" --corridor "$CORRIDOR"

if [ -d "$SHARED/dev" ]; then
  echo "== text: the dev articles replicated to 1,400 (all facets), one core"
  rm -rf "$TMP/dev1400"
  "$BENCH" replicate "$SHARED/dev" --out "$TMP/dev1400" --count 1400 --ext .txt
  "$BENCH" run "$TMP/dev1400" --corridor "$CORRIDOR"
else
  echo "(no $SHARED/dev: dev replica skipped)"
fi

if [ -d "$SHARED/data/article-extraction/html" ]; then
  echo "== html: article-extraction pages, corridor --clean-only vs trafilatura alone (--no-nlp), one core"
  "$BENCH" run "$SHARED/data/article-extraction/html" --corridor "$CORRIDOR" --no-nlp
  echo "== html: the same pages, all facets (no peer: the Python pipeline's spaCy run is the text figure)"
  "$BENCH" run "$SHARED/data/article-extraction/html" --corridor "$CORRIDOR" --no-peer
else
  echo "(no article-extraction pages: HTML figure skipped)"
fi

if [ "${BENCH_LARGE:-0}" = 1 ]; then
  echo "== scale: 100,000 generated articles as one JSON Lines file, all cores"
  "$BENCH" gen --jsonl --out "$TMP/gen100k.jsonl" --count 100000 --seed 7
  /usr/bin/time -f "%e s wall, %M KB peak RSS" "$CORRIDOR" extract "$TMP/gen100k.jsonl" | wc -l
fi
