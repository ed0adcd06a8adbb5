#!/usr/bin/env bash
# Stance throughput: `hearsay stance --pairs` (release build) against the UCL FNC-1
# baseline in scikit-learn, on the same FNC-1 training pairs, in one run.
# Usage: Benchmarks/Stance/run.sh [N pairs, default all 49,972]
set -euo pipefail
cd "$(dirname "$0")/../.."
FNC=${FNC:-../shared/data/fnc1}
N=${1:-0}
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
python3 Benchmarks/Stance/make_pairs.py "$FNC" "$TMP/all.jsonl"
if [ "$N" -gt 0 ]; then head -n "$N" "$TMP/all.jsonl" > "$TMP/pairs.jsonl"; else mv "$TMP/all.jsonl" "$TMP/pairs.jsonl"; fi
PAIRS=$(wc -l < "$TMP/pairs.jsonl")
swift build -c release --product hearsay >/dev/null
BIN=$(swift build -c release --show-bin-path)/hearsay
"$BIN" stance --format jsonl --pairs "$TMP/pairs.jsonl" > /dev/null   # warm the file cache
best=999999
for _ in 1 2 3; do
  s=$(date +%s.%N); "$BIN" stance --format jsonl --pairs "$TMP/pairs.jsonl" > "$TMP/out.jsonl"; e=$(date +%s.%N)
  best=$(python3 -c "print(min($best, $e - $s))")
done
[ "$(wc -l < "$TMP/out.jsonl")" -eq "$PAIRS" ] || { echo "FAIL: missing answers"; exit 1; }
hearsay_rate=$(python3 -c "print(round($PAIRS / $best))")
echo "hearsay stance: $PAIRS pairs in ${best:0:5} s (best of 3, whole process): $hearsay_rate pairs/s"
if python3 -c "import sklearn" 2>/dev/null; then
  read -r n secs < <(python3 Benchmarks/Stance/peer.py "$TMP/pairs.jsonl")
  peer_rate=$(python3 -c "print(round($n / $secs))")
  echo "UCL baseline (scikit-learn): $n pairs in $secs s (prediction only): $peer_rate pairs/s"
  echo "ratio: $(python3 -c "print(round($hearsay_rate / $peer_rate, 2))")x"
else
  echo "scikit-learn is not installed (pip install scikit-learn): peer skipped"
fi
