#!/usr/bin/env bash
# Seconds from `finbot serve` to its first answer over HTTP, with the index and the dense model
# already cached (run `finbot serve` once before). Usage: bash scripts/time_restart.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-7860}
if curl -s "localhost:$port/api/health" > /dev/null 2>&1; then
  echo "something already serves on port $port; stop it first" >&2
  exit 1
fi
start=$(date +%s.%N)
.venv/bin/finbot serve --port "$port" > /dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
until curl -s "localhost:$port/api/health" > /dev/null 2>&1; do sleep 0.2; done
up=$(date +%s.%N)
curl -s -X POST "localhost:$port/api/ask" -H 'content-type: application/json' \
  -d '{"question": "What is the contactless payment limit in the UK?"}' > /dev/null
answered=$(date +%s.%N)
python3 -c "print(f'serving after {$up - $start:.1f} s; first answer after {$answered - $start:.1f} s')"
