#!/usr/bin/env bash
# Browser test of `hearsay serve`: stores the example stories (and the seed articles when
# ../shared is there), one story per folder as `hearsay ingest` makes them, serves them on
# a free loopback port and checks every page in headless Chromium against the API's own
# JSON (.ci/browser_check.py). Needs a built `hearsay` (BIN=path to override) and
# Debian's chromium. SCREENSHOT=FILE keeps a picture of the largest story's page.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$(swift build --show-bin-path)/hearsay}
command -v chromium >/dev/null || { echo "FAIL: chromium is not installed (apt-get install -y chromium)"; exit 1; }

WORK=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

for folder in Examples/*/; do "$BIN" ingest -q --db "$WORK/hearsay.db" "$folder"; done
if [ -d ../shared/corpus/seeds ]; then
  "$BIN" ingest -q --db "$WORK/hearsay.db" ../shared/corpus/seeds
else
  echo "../shared is absent: the seed story is not part of this run"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
TOKEN=browser-test-$RANDOM$RANDOM
"$BIN" serve --db "$WORK/hearsay.db" --host 127.0.0.1 --port "$PORT" --token "$TOKEN" > "$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { echo "FAIL: the server stopped"; cat "$WORK/serve.log"; exit 1; }
  sleep 0.2
done

python3 .ci/browser_check.py "http://127.0.0.1:$PORT" --token "$TOKEN" ${SCREENSHOT:+--screenshot "$SCREENSHOT"}

# The OpenAPI description must be a valid 3.1 document (validator from PyPI, when reachable).
if python3 -m pip install -q openapi-spec-validator==0.9.0 >/dev/null 2>&1; then
  curl -sf "http://127.0.0.1:$PORT/openapi.json" > "$WORK/openapi.json"
  python3 -c "import json, sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1]))); print('openapi.json: valid OpenAPI 3.1')" "$WORK/openapi.json"
else
  echo "openapi-spec-validator could not be installed: OpenAPI validation skipped"
fi
