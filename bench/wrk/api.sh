#!/usr/bin/env bash
# Lists and searches of the API under 32 concurrent clients: wrk -c32 on each URL of a running
# `concord serve --public`.   bench/wrk/api.sh http://127.0.0.1:5099 [seconds]
set -euo pipefail
base=${1:?usage: api.sh BASE_URL [seconds]}
seconds=${2:-10}
statement=$(curl -sf "$base/api/statements?limit=1" | python3 -c "import sys, json; print(json.load(sys.stdin)['items'][0]['key'])")

urls=(
  "/api/statements?limit=20" "/api/commitments?limit=50" "/api/commitments?statement=$statement&limit=50"
  "/api/commitments?status=in-progress&limit=50" "/api/commitments?overdue=true&limit=50"
  "/api/commitments?agency=3&status=stalled&limit=50" "/api/search?q=duong%20sat&limit=20"
)
printf '| request | p50 | p90 | p99 | requests/s |\n| --- | ---: | ---: | ---: | ---: |\n'
for url in "${urls[@]}"; do
  wrk -t2 -c32 -d3s "$base$url" > /dev/null
  out=$(wrk -t2 -c32 -d"${seconds}s" --latency "$base$url")
  pick() { echo "$out" | awk -v p="$1" '$1 == p { print $2 }'; }
  rps=$(echo "$out" | awk '$1 == "Requests/sec:" { print $2 }')
  printf '| `%s` | %s | %s | %s | %s |\n' "$url" "$(pick 50%)" "$(pick 90%)" "$(pick 99%)" "$rps"
done
