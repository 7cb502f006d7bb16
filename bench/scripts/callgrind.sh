#!/bin/sh
# Instruction counts of `corridor extract --jobs 1` over the first N files of a corpus, under
# valgrind's callgrind: stable on a shared machine, where wall and CPU times are not.
#
#   bench/scripts/callgrind.sh BIN CORPUS_DIR [N...]
#
# prints, for each N (default 100 200), the instructions of the run; the difference between two
# sizes divided by the difference in files is the steady per-file cost (start-up and the regex
# engines' lazy warm-up cancel out). Profiles are left in $TMPDIR/corridor-cg.N for
# `callgrind_annotate --inclusive=yes`.
set -eu
bin=$1
corpus=$2
shift 2
[ $# -gt 0 ] || set -- 100 200
tmp=${TMPDIR:-/tmp}
for n in "$@"; do
    dir=$tmp/corridor-cg-files.$n
    rm -rf "$dir" && mkdir -p "$dir"
    ls "$corpus" | sort | head -n "$n" | while read -r f; do cp "$corpus/$f" "$dir/"; done
    valgrind --tool=callgrind --callgrind-out-file="$tmp/corridor-cg.$n" \
        "$bin" extract --jobs 1 "$dir" > /dev/null 2> "$tmp/corridor-cg.$n.log"
    printf '%s files: %s instructions\n' "$n" \
        "$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$tmp/corridor-cg.$n.log")"
done
