#!/usr/bin/env bash
# PostgreSQL for KIMBALL's tests: start|stop|status|url
#
# If a server already answers on 127.0.0.1:$PORT (the machines this project runs on start one before
# the session: trust auth, database `test`), it is used as it is. Otherwise a throwaway server is
# created under KIMBALL_POSTGRES_HOME (Debian's postgresql package, installed if missing) with the same
# shape: user `postgres`, trust auth on loopback only, database `test`, durability off for speed.
# `start` prints the JDBC URL. `stop` stops only a server this script started.
#
# Env: KIMBALL_POSTGRES_HOME (default /tmp/kimball-postgres), KIMBALL_POSTGRES_PORT (default 5432).
set -euo pipefail

PG_HOME=${KIMBALL_POSTGRES_HOME:-/tmp/kimball-postgres}
PG_PORT=${KIMBALL_POSTGRES_PORT:-5432}
PG_DATA=$PG_HOME/data
PG_DB=test
PG_USER=postgres

die() { echo "postgres.sh: $*" >&2; exit 1; }

pg_bin() { # directory of the newest installed server binaries, or empty
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$v" ] && [ -x "/usr/lib/postgresql/$v/bin/initdb" ] && echo "/usr/lib/postgresql/$v/bin"
  return 0
}

answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT"
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null
  fi
}

jdbc_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB?user=$PG_USER"; }

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start() {
  if answers; then
    echo "postgres already answers on 127.0.0.1:$PG_PORT; using it" >&2
    jdbc_url; return 0
  fi
  local bin
  bin=$(pg_bin)
  if [ -z "$bin" ]; then
    [ "$(id -u)" = 0 ] || die "no PostgreSQL server installed and not root: apt-get install postgresql"
    echo "postgres.sh: installing Debian's postgresql" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
      || die "apt-get install postgresql failed"
    bin=$(pg_bin)
    [ -n "$bin" ] || die "postgresql installed but no initdb under /usr/lib/postgresql/*/bin"
  fi
  mkdir -p "$PG_HOME"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_HOME"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    as_postgres "$bin/initdb" -D "$PG_DATA" -U "$PG_USER" --auth-local=trust --auth-host=trust -E UTF8 \
      --locale=C.UTF-8 > "$PG_HOME/initdb.log" 2>&1 || { cat "$PG_HOME/initdb.log" >&2; die "initdb failed"; }
  fi
  as_postgres "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_HOME/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_HOME -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start > /dev/null || { tail -n 40 "$PG_HOME/postgres.log" >&2; die "pg_ctl start failed (log above)"; }
  for _ in $(seq 1 300); do answers && break; sleep 0.1; done
  answers || { tail -n 40 "$PG_HOME/postgres.log" >&2; die "postgres started but does not answer on $PG_PORT"; }
  if ! psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$PG_DB'" | grep -q 1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "CREATE DATABASE $PG_DB" || die "cannot create database $PG_DB"
  fi
  echo "postgres started on 127.0.0.1:$PG_PORT (data $PG_DATA)" >&2
  jdbc_url
}

stop() {
  local bin
  bin=$(pg_bin)
  if [ -n "$bin" ] && [ -s "$PG_DATA/PG_VERSION" ] && as_postgres "$bin/pg_ctl" -D "$PG_DATA" status > /dev/null 2>&1; then
    as_postgres "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop > /dev/null
    echo "postgres.sh: stopped the server in $PG_DATA" >&2
  else
    echo "postgres.sh: no server started by this script is running (a machine's own server is left alone)" >&2
  fi
}

status() {
  if answers; then echo "running: postgres answers on 127.0.0.1:$PG_PORT"; return 0; fi
  echo "not running (nothing answers on 127.0.0.1:$PG_PORT)"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  url) jdbc_url ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
