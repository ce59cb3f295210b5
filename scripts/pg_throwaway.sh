#!/usr/bin/env bash
# A throwaway PostgreSQL (with PostGIS when installed) for the store's tests; no Docker.
#   scripts/pg_throwaway.sh install     apt-get install postgresql postgis when missing
#   scripts/pg_throwaway.sh start       a new cluster on a free port; prints two lines,
#                                       export INCIDENT_ATLAS_TEST_PG_URL=… and …_PG_DIR=…
#                                       (so: eval "$(scripts/pg_throwaway.sh start)")
#   scripts/pg_throwaway.sh stop DIR    stop it and delete DIR
# As root the server runs as the `postgres` user (PostgreSQL refuses to run as root), in a
# directory under /tmp it can reach. Everything lives in DIR: data, socket, log. fsync is
# off: the data is thrown away.
set -euo pipefail

bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$d" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  d=$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")
  if [ -x "$d/pg_ctl" ]; then echo "$d"; return; fi
  return 1
}

install() {
  local bin
  if bin=$(bindir) && [ -f "$("$bin/pg_config" --sharedir)/extension/postgis.control" ]; then
    return
  fi
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql postgis >/dev/null
}

as_owner() {  # run a server command as the cluster's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local dir bin port
  bin=$(bindir) || { echo "PostgreSQL is not installed (scripts/pg_throwaway.sh install)" >&2; exit 1; }
  if [ "$(id -u)" = 0 ]; then
    dir=$(mktemp -d /tmp/atlas-pg.XXXXXX)
    chown postgres: "$dir"
  else
    dir=$(mktemp -d "${TMPDIR:-/tmp}/atlas-pg.XXXXXX")
  fi
  port=$(free_port)
  as_owner "$bin/initdb" -D "$dir/data" -U atlas -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
    "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U atlas atlas
  if [ -f "$("$bin/pg_config" --sharedir)/extension/postgis.control" ]; then
    as_owner "$bin/psql" -q -h 127.0.0.1 -p "$port" -U atlas -d atlas -c "CREATE EXTENSION postgis" >/dev/null
  fi
  echo "export INCIDENT_ATLAS_TEST_PG_URL=postgresql://atlas@127.0.0.1:$port/atlas"
  echo "export INCIDENT_ATLAS_TEST_PG_DIR=$dir"
}

stop() {
  local dir=$1 bin
  if [ -f "$dir/data/postmaster.pid" ] && bin=$(bindir); then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop "${2:?usage: $0 stop DIR}" ;;
  *) echo "usage: $0 install | start | stop DIR" >&2; exit 2 ;;
esac
