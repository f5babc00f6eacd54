#!/usr/bin/env bash
# Server time of every page, one client at a time: wrk -c1 on each URL of a running `concord serve --public`.
#   bench/wrk/pages.sh http://127.0.0.1:5099 [seconds]
# Ids come from the register's own API, so any register will do (the figures in docs/performance.md use the
# benchmark register of bench/Concord.Load).
set -euo pipefail
base=${1:?usage: pages.sh BASE_URL [seconds]}
seconds=${2:-5}
# The first id of a list, or nothing when the register has none (that page is then left out).
json() { curl -sf "$base$1" | python3 -c "import sys, json; d = json.load(sys.stdin); print($2 if d['items'] else '')"; }

statement=$(json "/api/statements?limit=1" "d['items'][0]['key']")
commitment=$(json "/api/commitments?statement=$statement&limit=1" "d['items'][0]['id']")
mechanism=$(json "/api/mechanisms?limit=1" "d['items'][0]['id']")
initiative=$(json "/api/initiatives?limit=1" "d['items'][0]['id']")
agency=$(json "/api/agencies?limit=1" "d['items'][0]['id']")

pages=(
  "/" "/?page=50" "/statements/$statement" "/commitments/$commitment" "/search?q=duong+sat"
  "/timeline" "/timeline?statement=$statement" "/report" "/statements/$statement/report"
  "/registers" "/mechanisms" ${mechanism:+"/mechanisms/$mechanism"} "/initiatives" ${initiative:+"/initiatives/$initiative"}
  "/agencies" ${agency:+"/agencies/$agency"}
)
printf '| page | p50 | p90 | p99 | bytes |\n| --- | ---: | ---: | ---: | ---: |\n'
for page in "${pages[@]}"; do
  wrk -t1 -c1 -d2s "$base$page" > /dev/null   # warm-up: compiled views, caches, the page's queries planned
  out=$(wrk -t1 -c1 -d"${seconds}s" --latency "$base$page")
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$base$page")
  pick() { echo "$out" | awk -v p="$1" '$1 == p { print $2 }'; }
  printf '| `%s` | %s | %s | %s | %s |\n' "$page" "$(pick 50%)" "$(pick 90%)" "$(pick 99%)" "$bytes"
done
