#!/usr/bin/env bash
# One size of the register, measured: generates a synthetic register of STATEMENTS statements, serves it (Release
# build, --public), runs wrk -c32 on a list, a search and the home page (p50/p95/p99), then bench/wrk/api.sh and
# bench/wrk/pages.sh, samples the server's memory from /proc/PID/status, and prints one markdown table row.
#
#   bench/scale.sh STATEMENTS sqlite|postgres [ITEMS_PER_STATEMENT] [SECONDS]
#
# sqlite: a fresh file under $SCALE_DIR (default /tmp/concord-scale). postgres: a fresh database on the server of
# $CONCORD_SCALE_POSTGRES (a connection string), else on the test server of scripts/postgres.sh (fsync off: its
# write figures flatter). The row is appended to $SCALE_DIR/results.md and the detail kept beside it.
# Lists and searches are measured twice: the same URL repeated (answered from the cache after the first) and every
# request a different URL (bench/wrk/fresh.lua: no answer from the cache). The home page is measured repeated under
# load, and cold (the first read after the register changed) with one client over twenty of its pages.
# SCALE_REUSE=1 measures again a register generated before by the same command, without generating it again.
# Measure on a quiet machine: wrk and the server share its cores. An answer slower than 10 s counts as an error.
set -euo pipefail
statements=${1:?usage: scale.sh STATEMENTS sqlite|postgres [ITEMS_PER_STATEMENT] [SECONDS]}
provider=${2:?usage: scale.sh STATEMENTS sqlite|postgres [ITEMS_PER_STATEMENT] [SECONDS]}
per=${3:-100}
seconds=${4:-10}
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${SCALE_DIR:-/tmp/concord-scale}
port=${SCALE_PORT:-5097}
base="http://127.0.0.1:$port"
name="scale-$statements-$per-$provider"
mkdir -p "$dir"
detail="$dir/$name.md"

case "$provider" in
  sqlite)
    [ "${SCALE_REUSE:-}" = 1 ] || rm -f "$dir/$name.db" "$dir/$name.db-wal" "$dir/$name.db-shm"
    db="$dir/$name.db"
    size() { stat -c %s "$db" "$db-wal" 2>/dev/null | awk '{ s += $1 } END { printf "%.0f\n", s }'; } ;;
  postgres)
    server=${CONCORD_SCALE_POSTGRES:-$(bash "$root/scripts/postgres.sh" start)}
    database="concord_scale_${statements}_${per}"
    conn() { echo "$server" | sed -E "s/Database=[^;]*/Database=$1/"; }
    pg() { python3 - "$(conn postgres)" "$1" <<'PY'
import sys, subprocess
parts = dict(p.split('=', 1) for p in sys.argv[1].split(';') if p)
args = ['psql', '-X', '-q', '-t', '-A', '-h', parts.get('Host', '127.0.0.1'), '-p', parts.get('Port', '5432'), '-U', parts.get('Username', 'postgres'), '-d', parts.get('Database', 'postgres'), '-c', sys.argv[2]]
sys.exit(subprocess.call(args))
PY
    }
    if [ "${SCALE_REUSE:-}" != 1 ]; then
      pg "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)"
      pg "CREATE DATABASE \"$database\""
    fi
    db=$(conn "$database")
    size() { pg "SELECT pg_database_size('$database')"; } ;;
  *) echo "scale.sh: provider is sqlite or postgres, not '$provider'" >&2; exit 2 ;;
esac

echo "building (Release)..." >&2
dotnet build -c Release -v q -nologo "$root/bench/Concord.Load" >&2
dotnet build -c Release -v q -nologo "$root/src/Concord" >&2

if [ "${SCALE_REUSE:-}" = 1 ]; then
  [ -f "$dir/$name.generated" ] || { echo "scale.sh: nothing generated before in $dir/$name.generated" >&2; exit 1; }
  { read -r gen_seconds; read -r gen; } <"$dir/$name.generated"
else
  echo "generating $statements statements of $per items into $provider..." >&2
  rm -f "$dir/$name.generated"
  started=$(date +%s.%N)
  gen=$(dotnet "$root/bench/Concord.Load/bin/Release/net10.0/Concord.Load.dll" generate --db "$db" --statements "$statements" --items-per-statement "$per" 2>"$dir/$name.generate.log")
  gen_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  printf '%s\n%s\n' "$gen_seconds" "$gen" >"$dir/$name.generated"
fi
echo "$gen" >&2

dotnet "$root/src/Concord/bin/Release/net10.0/concord.dll" serve --db "$db" --public --urls "$base" >"$dir/$name.serve.log" 2>&1 &
server_pid=$!
sampler_pid=
cleanup() {
  [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 120); do curl -sf "$base/api/statements?limit=1" >/dev/null && break; sleep 0.5; done
curl -sf "$base/api/statements?limit=1" >/dev/null || { echo "scale.sh: the server did not answer; see $dir/$name.serve.log" >&2; exit 1; }
rss() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$server_pid/status"; }
rss_idle=$(rss VmRSS)
# The highest resident size while under load (VmHWM is the process's peak since start).
( peak=0; while kill -0 "$server_pid" 2>/dev/null; do r=$(rss VmRSS 2>/dev/null || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$dir/$name.rss"; sleep 0.5; done ) &
sampler_pid=$!

measure() {  # URL [script] -> "p50 / p95 / p99" in ms
  local script=$root/bench/wrk/${2:-percentiles}.lua
  wrk -t2 -c32 -d3s -s "$script" "$base$1" >/dev/null
  wrk -t2 -c32 -d"${seconds}s" --timeout 10s -s "$script" "$base$1" | awk '$1 == "percentiles" { printf "%s / %s / %s", $2, $3, $4; if ($6 > 0) printf " (%d errors)", $6 }'
}
cold_home() {  # one client, twenty pages of the home page never read before -> "median / slowest" in ms
  local pages=$(( statements / 10 < 21 ? statements / 10 : 21 ))
  curl -s -o /dev/null "$base/"   # the first page: the page's code compiled and its queries planned
  for page in $(seq 2 "$pages"); do curl -s -o /dev/null -w '%{time_total}\n' "$base/?page=$page"; done |
    sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.1f / %.1f", t[int((NR + 1) / 2)], t[NR] }'
}
home_cold=$(cold_home)
list=$(measure "/api/commitments?status=in-progress&limit=50")
list_fresh=$(measure "/api/commitments?status=in-progress&limit=50" fresh)
search=$(measure "/api/search?q=duong%20sat&limit=20")
search_fresh=$(measure "/api/search?q=duong%20sat&limit=20" fresh)
home=$(measure "/")
{
  echo "# $statements statements × $per items on $provider ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo; echo "$gen"; echo
  echo "## API, wrk -c32"; echo; bash "$root/bench/wrk/api.sh" "$base" "$seconds"
  echo; echo "## Pages, wrk -c1"; echo; bash "$root/bench/wrk/pages.sh" "$base" "$seconds"
} >"$detail"
rss_peak=$(awk '$1 == "VmHWM:" { print int($2 / 1024) }' "/proc/$server_pid/status")
items=$(echo "$gen" | sed -nE 's/.* ([0-9]+) items, .*/\1/p')
rate=$(echo "$gen" | sed -nE 's/.* ([0-9]+) items\/s.*/\1/p')
mb=$(( $(size) / 1048576 ))

header='| statements | items | provider | generate (s) | items/s | database (MB) | server RSS idle / peak (MB) | list p50 / p95 / p99 (ms) | list, fresh | search p50 / p95 / p99 (ms) | search, fresh | home page p50 / p95 / p99 (ms) | home page cold, median / slowest (ms) |'
[ -f "$dir/results.md" ] || printf '%s\n|%s\n' "$header" " ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |" >"$dir/results.md"
row="| $statements | $items | $provider | $(printf '%.0f' "$gen_seconds") | $rate | $mb | $rss_idle / $rss_peak | $list | $list_fresh | $search | $search_fresh | $home | $home_cold |"
echo "$row" >>"$dir/results.md"
echo "$header"
echo "$row"
echo "(detail: $detail; all rows: $dir/results.md)" >&2
