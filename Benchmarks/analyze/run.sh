#!/usr/bin/env bash
# Times `hearsay analyze` on a folder of N FNC-1 bodies (many stories at once), for each
# binary given, alternately, twice: wall, CPU and peak memory, and whether the outputs
# are the same. Usage: Benchmarks/analyze/run.sh N BINARY... (needs ../shared beside the
# project).
set -euo pipefail
n=$1; shift
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../shared/data/fnc1/train_bodies.csv"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$data" "$n" "$dir/in" <<'PY'
import csv, os, random, sys
csv.field_size_limit(10**9)
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
random.Random(1).shuffle(rows)
os.makedirs(sys.argv[3])
for r in rows[:int(sys.argv[2])]:
    open(os.path.join(sys.argv[3], r["Body ID"] + ".txt"), "w").write(r["articleBody"])
PY
source "$here/compare.sh"
compare_binaries "$dir" "$@"
