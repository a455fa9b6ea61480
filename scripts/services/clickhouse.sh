#!/usr/bin/env bash
# ClickHouse for KIMBALL's tests: start|stop|status|url|log
#
# Runs ClickHouse 26.7 without Docker: the engine ships as libchdb.so inside the npm package
# @chdb/lib-linux-x64-gnu, which clickhouse_serve.py loads with python3/ctypes and serves over
# loopback HTTP (HTTP only: the native TCP listener of this build crashed on client resets; no
# users or passwords). `start` is idempotent: it installs the package if missing, does nothing if a
# server already answers, waits until ready, and prints the JDBC URL; if the server dies, it prints
# the server's log and fails.
#
# Env: KIMBALL_CLICKHOUSE_HOME (default /tmp/kimball-clickhouse), KIMBALL_CLICKHOUSE_PORT (default 8123),
#      KIMBALL_TEST_CLICKHOUSE_URL: an existing server; `start` then only checks that it answers.
set -euo pipefail

CH_VERSION=26.7.3-stable.1
CH_PACKAGE=@chdb/lib-linux-x64-gnu
CH_HOME=${KIMBALL_CLICKHOUSE_HOME:-/tmp/kimball-clickhouse}
CH_PORT=${KIMBALL_CLICKHOUSE_PORT:-8123}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
LIB=$CH_HOME/npm/node_modules/$CH_PACKAGE/libchdb.so
PID_FILE=$CH_HOME/server.pid
FIFO=$CH_HOME/stop.fifo
OUT=$CH_HOME/serve.out
START_TIMEOUT_S=${KIMBALL_CLICKHOUSE_START_TIMEOUT:-120}

die() { echo "clickhouse.sh: $*" >&2; exit 1; }

# The HTTP base URL (http://host:port) and credentials of the server the tests use.
http_base() {
  if [ -n "${KIMBALL_TEST_CLICKHOUSE_URL:-}" ]; then
    local re='^(jdbc:)?(clickhouse|ch)(:http)?://([^/?]+)'
    [[ $KIMBALL_TEST_CLICKHOUSE_URL =~ $re ]] \
      || die "KIMBALL_TEST_CLICKHOUSE_URL must look like jdbc:clickhouse://host:port[/namespace][?user=..&password=..]"
    local hostport=${BASH_REMATCH[4]}
    [[ $hostport == *:* ]] || hostport=$hostport:8123
    echo "http://$hostport"
  else
    echo "http://127.0.0.1:$CH_PORT"
  fi
}

query_param() { # NAME: value of ?NAME= in KIMBALL_TEST_CLICKHOUSE_URL (empty if absent)
  local q=${KIMBALL_TEST_CLICKHOUSE_URL:-}
  [[ $q == *\?* ]] || return 0
  q=${q#*\?}
  local kv
  IFS='&' read -ra kvs <<< "$q"
  for kv in "${kvs[@]}"; do
    [ "${kv%%=*}" = "$1" ] && { echo "${kv#*=}"; return 0; }
  done
  return 0
}

# Prints the answer of a query, or fails. curl if present, python3 otherwise (both exist on a fresh machine).
http_query() {
  local base user password
  base=$(http_base); user=$(query_param user); password=$(query_param password)
  if command -v curl >/dev/null 2>&1; then
    curl -sf --max-time 5 -H "X-ClickHouse-User: ${user:-default}" ${password:+-H "X-ClickHouse-Key: $password"} \
      --data-binary "$1" "$base/"
  else
    CH_BASE=$base CH_USER=${user:-default} CH_KEY=$password python3 - "$1" <<'EOF'
import os, sys, urllib.request
req = urllib.request.Request(os.environ["CH_BASE"] + "/", data=sys.argv[1].encode(), headers={
    "X-ClickHouse-User": os.environ["CH_USER"], **({"X-ClickHouse-Key": os.environ["CH_KEY"]} if os.environ["CH_KEY"] else {})})
sys.stdout.write(urllib.request.urlopen(req, timeout=5).read().decode())
EOF
  fi
}

answers() { [ "$(http_query 'SELECT 1' 2>/dev/null)" = "1" ]; }

jdbc_url() {
  if [ -n "${KIMBALL_TEST_CLICKHOUSE_URL:-}" ]; then echo "$KIMBALL_TEST_CLICKHOUSE_URL"; else echo "jdbc:clickhouse://127.0.0.1:$CH_PORT"; fi
}

server_pid() { # the pid of our server if it is alive: not a stale pid file, a reused pid or a zombie of a killed server
  local p state
  p=$(cat "$PID_FILE" 2>/dev/null || true)
  [ -n "$p" ] && kill -0 "$p" 2>/dev/null || return 0
  if [ -r "/proc/$p/cmdline" ]; then
    tr '\0' ' ' < "/proc/$p/cmdline" | grep -q clickhouse_serve.py || return 0
    state=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | cut -d' ' -f1)
    [ "$state" = "Z" ] && return 0
  fi
  echo "$p"
}

show_log() {
  echo "---- $OUT" >&2; tail -n 40 "$OUT" >&2 2>/dev/null || true
  for f in "$CH_HOME/data/server.log"; do
    [ -s "$f" ] && { echo "---- $f (last 40 lines)" >&2; tail -n 40 "$f" >&2; }
  done
  return 0
}

install_engine() {
  local installed
  installed=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$CH_HOME/npm/node_modules/$CH_PACKAGE/package.json" 2>/dev/null || true)
  if [ -s "$LIB" ] && [ "$installed" = "$CH_VERSION" ]; then return 0; fi
  command -v npm >/dev/null 2>&1 || die "npm is needed to install $CH_PACKAGE@$CH_VERSION (apt-get install npm)"
  echo "clickhouse.sh: installing $CH_PACKAGE@$CH_VERSION into $CH_HOME/npm (about 150 MB download, 560 MB unpacked)" >&2
  mkdir -p "$CH_HOME/npm"
  [ -f "$CH_HOME/npm/package.json" ] || echo '{"private":true}' > "$CH_HOME/npm/package.json"
  (cd "$CH_HOME/npm" && npm install --no-audit --no-fund --ignore-scripts --save-exact "$CH_PACKAGE@$CH_VERSION" >&2) \
    || die "npm install of $CH_PACKAGE@$CH_VERSION failed (see above)"
  [ -s "$LIB" ] || die "the npm package installed but $LIB is missing"
}

wait_ready() {
  local pid=$1 deadline=$((SECONDS + START_TIMEOUT_S))
  while [ $SECONDS -lt $deadline ]; do
    if answers; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "clickhouse.sh: the ClickHouse server (pid $pid, port $CH_PORT) died while starting:" >&2
      show_log; exit 1
    fi
    sleep 0.1
  done
  echo "clickhouse.sh: ClickHouse not ready on port $CH_PORT after ${START_TIMEOUT_S}s; log:" >&2
  show_log; exit 1
}

start() {
  if [ -n "${KIMBALL_TEST_CLICKHOUSE_URL:-}" ]; then
    answers || die "KIMBALL_TEST_CLICKHOUSE_URL is set but no ClickHouse answers at $(http_base) (SELECT 1 failed); start that server or unset the variable to run a local one"
    echo "clickhouse $(http_query 'SELECT version()') answers at $(http_base) (KIMBALL_TEST_CLICKHOUSE_URL)" >&2
    jdbc_url; return 0
  fi
  mkdir -p "$CH_HOME/data"
  # One starter at a time: the lead's test command and a developer may start it together.
  exec 9>"$CH_HOME/.start.lock"
  command -v flock >/dev/null 2>&1 && flock 9
  if answers; then
    echo "clickhouse $(http_query 'SELECT version()') already running on 127.0.0.1:$CH_PORT" >&2
    jdbc_url; return 0
  fi
  local pid
  pid=$(server_pid)
  if [ -z "$pid" ]; then
    install_engine
    command -v python3 >/dev/null 2>&1 || die "python3 is needed to serve libchdb.so"
    [ -p "$FIFO" ] || { rm -f "$FIFO"; mkfifo "$FIFO"; }
    : > "$OUT"
    [ -f "$CH_HOME/data/server.log" ] && mv -f "$CH_HOME/data/server.log" "$CH_HOME/data/server.log.1"
    LIBCHDB=$LIB setsid nohup python3 "$HERE/clickhouse_serve.py" "$CH_HOME/data" "$CH_PORT" "$FIFO" \
      > "$OUT" 2>&1 < /dev/null 9>&- &
    pid=$!
    echo "$pid" > "$PID_FILE"
  fi
  wait_ready "$pid"
  echo "clickhouse $(http_query 'SELECT version()') ready on 127.0.0.1:$CH_PORT (pid $pid, home $CH_HOME)" >&2
  jdbc_url
}

stop() {
  if [ -n "${KIMBALL_TEST_CLICKHOUSE_URL:-}" ]; then
    echo "clickhouse.sh: KIMBALL_TEST_CLICKHOUSE_URL is set; not stopping a server this script did not start" >&2; return 0
  fi
  local pid
  pid=$(server_pid)
  if [ -z "$pid" ]; then echo "clickhouse.sh: not running (no live pid in $PID_FILE)" >&2; rm -f "$PID_FILE"; return 0; fi
  # A line on the pipe ends the blocking query, so the engine shuts down cleanly; kill if it hangs.
  timeout 5 sh -c "echo stop > '$FIFO'" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; echo "clickhouse.sh: stopped (pid $pid)" >&2; return 0; }
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  echo "clickhouse.sh: killed (pid $pid) after 10 s" >&2
}

status() {
  if answers; then
    echo "running: clickhouse $(http_query 'SELECT version()') at $(http_base)${KIMBALL_TEST_CLICKHOUSE_URL:+ (KIMBALL_TEST_CLICKHOUSE_URL)}"
    return 0
  fi
  local pid
  pid=$(server_pid)
  if [ -n "$pid" ]; then echo "starting or hung: pid $pid does not answer on $(http_base)"; return 1; fi
  echo "not running (nothing answers on $(http_base))"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) jdbc_url ;;
  log) show_log 2>&1 ;;
  *) echo "usage: $0 start|stop|status|url|log" >&2; exit 2 ;;
esac
