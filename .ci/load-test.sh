#!/usr/bin/env bash
# Bounded loopback load test of the story endpoint (GET /api/stories/ID, the v1 document of
# one story): wrk for DURATION seconds over CONNECTIONS connections on 127.0.0.1, then the
# server stops. Fails on any non-2xx response or socket error. Prints requests/s and p99.
#
# --compare also serves the same document as a static file, the way a user without
# `hearsay serve` would publish `hearsay analyze --format json` output: with nginx when it
# is installed, and with Python's http.server. Same machine, same run, ratio printed.
# Needs a built `hearsay` (BIN=path to override) and Debian's wrk.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-$(swift build --show-bin-path)/hearsay}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-16}
command -v wrk >/dev/null || { echo "FAIL: wrk is not installed (apt-get install -y wrk)"; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 100); do curl -sf "$1" >/dev/null && return 0; sleep 0.2; done; echo "FAIL: $1 never answered"; exit 1; }

# One wrk run: prints "name  requests/s  p99" and fails on errors.
load() {
  local name=$1 url=$2 out="$WORK/wrk-$1.txt"
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency "$url" > "$out"
  if grep -qE "Non-2xx|Socket errors" "$out"; then echo "FAIL: $name had errors"; cat "$out"; exit 1; fi
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  printf '%-28s %12s req/s   p99 %s\n' "$name" "$rps" "$p99"
  echo "$rps" > "$WORK/rps-$name"
}

SOURCE=Examples/airline-merger
[ -d ../shared/corpus/seeds ] && SOURCE=../shared/corpus/seeds
"$BIN" ingest -q --db "$WORK/hearsay.db" "$SOURCE"
PORT=$(free_port)
"$BIN" serve --db "$WORK/hearsay.db" --port "$PORT" > "$WORK/serve.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$PORT/api/health"
STORY=$(curl -sf "http://127.0.0.1:$PORT/api/stories" | python3 -c 'import json, sys; print(json.load(sys.stdin)[0]["id"])')
URL="http://127.0.0.1:$PORT/api/stories/$STORY"
curl -sf "$URL" > "$WORK/story.json"
echo "story $STORY from $SOURCE: $(wc -c < "$WORK/story.json") bytes; wrk -t2 -c$CONNECTIONS -d${DURATION}s"
load hearsay-serve "$URL"

if [ "${1:-}" = "--compare" ]; then
  mkdir -p "$WORK/static" && cp "$WORK/story.json" "$WORK/static/story.json"
  # nginx's workers run as an unprivileged user: the files must be readable to them.
  chmod 755 "$WORK" "$WORK/static" && chmod 644 "$WORK/static/story.json"
  if command -v nginx >/dev/null; then
    NPORT=$(free_port)
    cat > "$WORK/nginx.conf" <<EOF
worker_processes 2; daemon off; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; types { application/json json; }
  server { listen 127.0.0.1:$NPORT; root $WORK/static; } }
EOF
    nginx -c "$WORK/nginx.conf" &
    PIDS+=($!)
    wait_for "http://127.0.0.1:$NPORT/story.json"
    load nginx-static-file "http://127.0.0.1:$NPORT/story.json"
  fi
  PPORT=$(free_port)
  python3 -m http.server "$PPORT" --bind 127.0.0.1 --directory "$WORK/static" > /dev/null 2>&1 &
  PIDS+=($!)
  wait_for "http://127.0.0.1:$PPORT/story.json"
  load python-http.server "http://127.0.0.1:$PPORT/story.json"
  for peer in nginx-static-file python-http.server; do
    [ -f "$WORK/rps-$peer" ] && python3 -c "import sys; print(f'hearsay-serve / {sys.argv[3]}: {float(sys.argv[1]) / float(sys.argv[2]):.2f}x')" \
      "$(cat "$WORK/rps-hearsay-serve")" "$(cat "$WORK/rps-$peer")" "$peer"
  done
fi
