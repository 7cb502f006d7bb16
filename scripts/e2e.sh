#!/usr/bin/env bash
# End-to-end browser test of the web UI: installs what it needs (Debian's chromium, playwright-core
# from npm; never a downloaded browser), ingests the articles in tests/e2e/articles into a
# temporary knowledge base, starts `corridor serve` on a free loopback port, and runs
# tests/e2e/run.js. Screenshots land in tests/e2e/screenshots/ (git-ignored).
#
# Environment: CORRIDOR_BIN (a built corridor binary; default: build it with cargo),
# CARGO_TARGET_DIR (where cargo builds), E2E_SCREENSHOTS (another screenshot folder).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ ! -x /usr/bin/chromium ]; then
  echo "e2e.sh: installing chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
  echo "e2e.sh: installing playwright-core"
  (cd tests/e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
fi

bin="${CORRIDOR_BIN:-}"
if [ -z "$bin" ]; then
  target="${CARGO_TARGET_DIR:-$root/target}"
  cargo build -q -p corridor
  bin="$target/debug/corridor"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" ingest --data "$work/kb" tests/e2e/articles
export CORRIDOR_TOKEN="e2e-$RANDOM-$RANDOM"
"$bin" serve --data "$work/kb" --listen 127.0.0.1:0 2>"$work/serve.log" &
server_pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -n1 || true)"
  [ -n "$url" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then cat "$work/serve.log" >&2; echo "e2e.sh: server exited" >&2; exit 1; fi
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.log" >&2; echo "e2e.sh: server did not start" >&2; exit 1; }
echo "e2e.sh: server at $url"
CORRIDOR_URL="$url" node tests/e2e/run.js
