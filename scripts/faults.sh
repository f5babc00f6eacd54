#!/usr/bin/env bash
# Runs Concord's fault tests (docs/reliability.md) harder than CI does: the real `concord` killed with SIGKILL inside
# ingests, imports and bursts of updates at more points and for more rounds, PostgreSQL restarted under the server, a
# full disk, a read-only register, a backup under write load, and many clients updating the same commitments.
# Every test checks the register afterwards (integrity, ownership, history against rows, revision counter) and that
# every acknowledged write is there and no interrupted one is, in part or whole.
#
# Usage: scripts/faults.sh [ROUNDS] [TEST]   (default 5 rounds of random kills per provider; TEST narrows the run to
#        the tests whose name contains it, e.g. `scripts/faults.sh 1 ConcurrentUpdate` for the load alone)
# Environment (all optional):
#   CONCORD_TEST_POSTGRES   a PostgreSQL server to test on; else the one of scripts/postgres.sh is started
#   CONCORD_FAULT_POINTS    where the hook holds the process before the kill (default "save:1 save:2 commit:1")
#   CONCORD_FAULT_SEED      repeats the random kill delays of an earlier run (each failure prints its seed)
#   CONCORD_LOAD_CLIENTS    clients updating the same commitments at once (default 16)
#   CONCORD_LOAD_ATTEMPTS   changes each client tries (default 25)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
only=${2:-}
case "$rounds" in ''|*[!0-9]*) echo "usage: $0 [ROUNDS] [TEST]" >&2; exit 2 ;; esac
case "$only" in *[!A-Za-z0-9_.]*) echo "usage: $0 [ROUNDS] [TEST]" >&2; exit 2 ;; esac

if [ -z "${CONCORD_TEST_POSTGRES:-}" ]; then
  CONCORD_TEST_POSTGRES=$(scripts/postgres.sh start)
fi
export CONCORD_TEST_POSTGRES
export CONCORD_FAULT_ROUNDS=$rounds
export CONCORD_FAULT_POINTS=${CONCORD_FAULT_POINTS:-"save:1 save:2 commit:1"}
export CONCORD_LOAD_CLIENTS=${CONCORD_LOAD_CLIENTS:-16}
export CONCORD_LOAD_ATTEMPTS=${CONCORD_LOAD_ATTEMPTS:-25}
[ -n "${CONCORD_FAULT_SEED:-}" ] && export CONCORD_FAULT_SEED

echo "faults: $rounds rounds of random kills, hook points: $CONCORD_FAULT_POINTS, load: $CONCORD_LOAD_CLIENTS clients x $CONCORD_LOAD_ATTEMPTS changes" >&2
exec dotnet test tests/Concord.Tests --filter "FullyQualifiedName~Concord.Tests.Faults.${only}" --logger "console;verbosity=detailed"
