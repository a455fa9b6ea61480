#!/usr/bin/env bash
# Starts every service KIMBALL's tests need (ClickHouse, PostgreSQL), idempotently, and prints the
# environment to use on stdout, so a test command can do:  eval "$(scripts/services/up.sh)"
# Progress and errors go to stderr; it fails (non-zero) if any service cannot be started.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ch_url=$("$HERE/clickhouse.sh" start)
pg_url=$("$HERE/postgres.sh" start)
printf 'export KIMBALL_TEST_CLICKHOUSE_URL=%q\n' "$ch_url"
printf 'export KIMBALL_TEST_POSTGRES_URL=%q\n' "$pg_url"
