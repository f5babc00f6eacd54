#!/usr/bin/env bash
# Runs every test of Concord. Usage: ./test.sh [extra dotnet test arguments]
set -euo pipefail
cd "$(dirname "$0")"
dotnet test Concord.slnx "$@"
