#!/usr/bin/env bash
# Runs every test of Redev, as CI does. Installs what the tests need when it is missing
# (PostgreSQL, Chromium and its driver, a font for charts, pdftotext), starts a throwaway PostgreSQL on
# 127.0.0.1, runs `dotnet test`, stops the server, and ends with "N passed, N failed[, N skipped]".
# A missing PostgreSQL fails the run: the tests that need it fail, they are never skipped.
set -uo pipefail
cd "$(dirname "$0")"

log() { printf '== %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_missing() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  # Traditional Chinese pages need a CJK font for the browser tests' screenshots.
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing+=(fonts-wqy-microhei)
  # The statement's print test reads the PDF Chromium prints with pdftotext.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is not on PATH" >&2; exit 2; }
}

free_port() {
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 30000 ))
    (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo 0
}

PGDIR=""
start_postgres() {
  local bin port run
  bin=$(pg_bin)
  [ -n "$bin" ] || { log "PostgreSQL is not installed"; return 1; }
  PGDIR=$(mktemp -d /tmp/redev-pg.XXXXXX)
  chmod 755 "$PGDIR"
  port=$(free_port)
  run=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PGDIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$bin/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; return 1; }
  # fsync=off is acceptable only because this cluster is thrown away; benchmarks never use it.
  "${run[@]}" "$bin/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -o "-p $port -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
    || { cat "$PGDIR/server.log" >&2; return 1; }
  export REDEV_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  log "PostgreSQL on 127.0.0.1:$port"
}

stop_postgres() {
  [ -n "$PGDIR" ] || return 0
  local run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$(pg_bin)/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$PGDIR"
}
trap stop_postgres EXIT

install_missing
start_postgres || log "PostgreSQL did not start: its tests will fail"

out=$(mktemp)
dotnet test --solution Redev.slnx -c Release "$@" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}

# The runner prints one summary per run; add up every "total/failed/skipped" block it printed.
read -r total failed skipped < <(awk '
  /^[[:space:]]*total:/ {t+=$2} /^[[:space:]]*failed:/ {f+=$2} /^[[:space:]]*skipped:/ {s+=$2}
  END {print t+0, f+0, s+0}' "$out")
rm -f "$out"
passed=$(( total - failed - skipped ))
if [ "$total" -eq 0 ] || { [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # A build error or a crashed test host counts as a failure, never as zero tests passing.
  failed=$(( failed + 1 ))
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$rc" -eq 0 ]
