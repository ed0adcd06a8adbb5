#!/usr/bin/env bash
# Near-duplicate benchmark: Hearsay's NearDuplicateIndex vs datasketch's MinHashLSH on the
# same 10,000+ documents in one run. Needs `pip install datasketch` and the FNC-1 bodies
# in ../shared/data/fnc1 (beside the repository). Prints a Markdown table and the ratio.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bodies="${BODIES:-$here/../../../shared/data/fnc1/train_bodies.csv}"
[ -f "$bodies" ] || { echo "run.sh: $bodies not found (set BODIES=path/to/train_bodies.csv)" >&2; exit 1; }
python3 -c "import datasketch" 2>/dev/null || { echo "run.sh: datasketch missing: pip install datasketch" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/bench.py" corpus "$bodies" "$work/corpus.jsonl" >&2
swift build -c release --package-path "$here" >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)/NearDuplicateBench"
# Each false-negative weight fixes a banding; both libraries run with each, under three
# hash seeds (recall varies by about +-0.005 from seed to seed).
runs=()
for w in 0.5 0.6; do
    for seed in 1 2 3; do
        "$bin" "$work/corpus.jsonl" "$work/swift-pairs-$w-$seed.tsv" "$work/swift-shingles.tsv" "$w" "$seed" > "$work/swift-$w-$seed.json"
        python3 "$here/bench.py" datasketch "$work/corpus.jsonl" "$work/ds-pairs-$w-$seed.tsv" "$w" "$seed" > "$work/ds-$w-$seed.json"
        runs+=("hearsay NearDuplicateIndex (fn weight $w)" "$work/swift-$w-$seed.json" "$work/swift-pairs-$w-$seed.tsv")
        runs+=("datasketch MinHashLSH (fn weight $w)" "$work/ds-$w-$seed.json" "$work/ds-pairs-$w-$seed.tsv")
    done
done
python3 "$here/bench.py" report "$work/corpus.jsonl" "$work/swift-shingles.tsv" "${runs[@]}"
