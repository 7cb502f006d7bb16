#!/usr/bin/env bash
# Measures corridor on the shared evaluation sets and, with --check, fails when a figure falls below its
# floor in eval/floors.json.
#   scripts/eval.sh [--check] [--shared DIR]     (default shared folder: ../shared)
# Sets: dev (25 real articles, gold in dev/gold), article-extraction (60 HTML pages), TimeBank dates.
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
shared=../shared
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --shared) shared=$2; shift ;;
    *) echo "usage: scripts/eval.sh [--check] [--shared DIR]" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$shared/dev" ]; then
  echo "eval: $shared/dev not found: put the shared folder beside the project or pass --shared DIR" >&2
  exit 2
fi
cargo build --release -q -p corridor
bin=${CARGO_TARGET_DIR:-target}/release/corridor
out=.eval
mkdir -p "$out"
status=0
run() { # name, score command...
  local name=$1; shift
  "$@" --json > "$out/$name.json"
  if [ "$check" = 1 ]; then
    python3 scripts/check_floors.py eval/floors.json "$name" "$out/$name.json" || status=1
  fi
}
"$bin" extract "$shared/dev" > "$out/dev.jsonl" 2> "$out/dev.err" || true
python3 "$shared/eval/score.py" --gold "$shared/dev/gold" --pred "$out/dev.jsonl"
run dev python3 "$shared/eval/score.py" --gold "$shared/dev/gold" --pred "$out/dev.jsonl"
"$bin" extract "$shared/data/article-extraction/html" > "$out/articles.jsonl" 2> "$out/articles.err" || true
python3 "$shared/eval/score_articles.py" --truth "$shared/data/article-extraction/ground-truth.json" --pred "$out/articles.jsonl"
run articles python3 "$shared/eval/score_articles.py" --truth "$shared/data/article-extraction/ground-truth.json" --pred "$out/articles.jsonl"
"$bin" extract "$shared/data/timebank/input.jsonl" > "$out/timebank.jsonl" 2> "$out/timebank.err" || true
python3 "$shared/eval/score.py" --gold "$shared/data/timebank/gold" --pred "$out/timebank.jsonl" --facets dates
run timebank python3 "$shared/eval/score.py" --gold "$shared/data/timebank/gold" --pred "$out/timebank.jsonl" --facets dates
if [ -f "$shared/data/ner/conll2003/eng.testa" ]; then
  "$bin" ner eval "$shared/data/ner/conll2003/eng.testa" || true
fi
exit $status
