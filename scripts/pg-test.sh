#!/usr/bin/env bash
# Runs the Postgres store tests: `cargo test --workspace --features ... --test postgres`. The features
# are the whole workspace's plus postgres, so the dependencies built for `cargo test --workspace` are reused.
#
# crates/store/tests/postgres.rs starts its own throwaway cluster in a temporary directory
# (initdb -A trust, pg_ctl start with a unix socket only: -k <tmpdir> -c listen_addresses=''),
# so no server, network or password is needed. It looks for initdb and pg_ctl in $PG_BIN,
# /usr/local/bin, /usr/lib/postgresql/*/bin and PATH, and skips with a printed note when they
# are absent.
#
# initdb refuses to run as root. As root the test chowns its temporary directory to the
# `postgres` user and runs initdb and pg_ctl through `runuser -u postgres --` (util-linux;
# `su postgres -c` also works but needs a login shell for that user). Create that user with
# `useradd -r postgres` if it is missing. As a normal user no prefix is used.
#
# Usage: scripts/pg-test.sh [extra cargo test args]   (e.g. -- --nocapture)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v initdb >/dev/null 2>&1 && [ ! -x /usr/local/bin/initdb ] && [ -z "${PG_BIN:-}" ]; then
    echo "note: initdb not found; the Postgres tests will skip (set PG_BIN to its directory)" >&2
fi
if [ "$(id -u)" = 0 ] && ! id -u postgres >/dev/null 2>&1; then
    echo "note: running as root without a postgres user; the Postgres tests will skip" >&2
fi
exec cargo test --workspace --features corridor-store/postgres,corridor/postgres --test postgres "$@"
