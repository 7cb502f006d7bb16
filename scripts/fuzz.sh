#!/usr/bin/env bash
# Builds every cargo-fuzz target in fuzz/ and runs each for N seconds, one at a time.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 30 seconds, every target)
#
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
# Corpora live in fuzz/corpus/<target> (git-ignored); fuzz/seeds/<target> (our own small inputs)
# are always added, and when a target's corpus is empty it is seeded from ../shared (dev
# articles, HTML pages) if that tree is present.
# Crashes land in fuzz/artifacts/<target>/; the script exits 1 if any target crashed.
# Environment: CARGO_TARGET_DIR (default /work/target-fuzz when /work exists, else fuzz/target),
# FUZZ_MAX_LEN (default 8192), FUZZ_RSS_MB (default 2048), FUZZ_TIMEOUT (seconds a unit may
# take before it counts as a hang, default 20).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/fuzz"
secs="${1:-30}"
shift || true
if [ "$#" -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cargo +nightly fuzz list)
fi
if [ -z "${CARGO_TARGET_DIR:-}" ]; then
    if [ -d /work ]; then export CARGO_TARGET_DIR=/work/target-fuzz; else export CARGO_TARGET_DIR="$root/fuzz/target"; fi
fi
shared="$root/../shared"

seed() {
    local t="$1" dir="corpus/$1"
    mkdir -p "$dir"
    # our own seeds (fuzz/seeds/TARGET) always join the corpus
    if [ -d "seeds/$t" ]; then cp -n "seeds/$t"/* "$dir"/ 2>/dev/null || true; fi
    [ -n "$(ls -A "$dir")" ] && return 0
    [ -d "$shared" ] || { echo "note: $shared absent, $t starts from an empty corpus"; return 0; }
    case "$t" in
        text | extract | detect | gzip)
            cp "$shared"/dev/*.txt "$dir"/ 2>/dev/null || true ;;
        html | clean)
            cp "$shared"/dev/*.txt "$dir"/ 2>/dev/null || true
            # the ten smallest pages (libFuzzer truncates them to -max_len)
            ls -Sr "$shared"/data/article-extraction/html/*.html 2>/dev/null | head -n 10 |
                while read -r f; do cp "$f" "$dir"/; done || true ;;
        pipeline)
            # the first byte picks the input's name: 0 = x.txt, 1 = x.html, 2 = x.jsonl
            local i=0 f
            for f in "$shared"/dev/*.txt; do
                { printf '\x00'; cat "$f"; } > "$dir/t$i"; i=$((i + 1))
            done
            ls -Sr "$shared"/data/article-extraction/html/*.html 2>/dev/null | head -n 10 |
                while read -r f; do { printf '\x01'; cat "$f"; } > "$dir/h$(basename "$f")"; done || true
            { printf '\x02'; head -n 5 "$shared/data/timebank/input.jsonl"; } > "$dir/j0" 2>/dev/null || true ;;
        jsonl)
            head -n 20 "$shared/data/timebank/input.jsonl" > "$dir/timebank-head.jsonl" 2>/dev/null || true ;;
    esac
}

# -a: debug assertions (overflow checks) on, as in `cargo test`.
cargo +nightly fuzz build -a
failed=()
for t in "${targets[@]}"; do
    seed "$t"
    echo "== $t: ${secs}s"
    log="$CARGO_TARGET_DIR/fuzz-$t.log"
    rc=0
    dict=()
    case "$t" in
        extract | pipeline) dict=(-dict=dicts/extract.dict) ;;
    esac
    cargo +nightly fuzz run -a "$t" "corpus/$t" -- "${dict[@]}" \
        -max_total_time="$secs" -max_len="${FUZZ_MAX_LEN:-8192}" \
        -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -timeout="${FUZZ_TIMEOUT:-20}" -print_final_stats=1 > "$log" 2>&1 || rc=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|SUMMARY|thread .* panicked|Test unit written|Done )' "$log" || true
    if [ "$rc" -ne 0 ]; then failed+=("$t"); echo "   $t failed (rc $rc), log: $log"; fi
done
if [ "${#failed[@]}" -gt 0 ]; then
    echo "crashed: ${failed[*]} (see fuzz/artifacts/)"
    exit 1
fi
echo "no crashes in: ${targets[*]}"
