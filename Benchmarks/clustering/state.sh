#!/usr/bin/env bash
# What one more small batch costs `hearsay ingest` on a store of N articles (default 20,000),
# carrying on from the saved clustering state and, for comparison, replaying the store (as a
# store without a usable state does). Prints the times, the state's size and whether both
# ways put the new articles in the same stories.
# Usage: state.sh [path/to/hearsay] [N]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${1:-$here/../../.build/release/hearsay}"
n="${2:-20000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/make_stream.py" "$((n + 10))" "$work/all.jsonl" "$work/gold.tsv" >&2
head -n "$n" "$work/all.jsonl" > "$work/base.jsonl"
tail -n 10 "$work/all.jsonl" > "$work/more.jsonl"
seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; printf "%.3f" "$(echo "$(date +%s.%N) - $s" | bc)"; }
echo "ingest $n articles into an empty store: $(seconds "$bin" ingest --quiet --db "$work/a.db" "$work/base.jsonl") s"
for ext in "" -wal -shm; do [ -f "$work/a.db$ext" ] && cp "$work/a.db$ext" "$work/b.db$ext"; done
python3 - "$work/b.db" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print("clustering state: %d bytes, %d articles assigned" % db.execute("SELECT length(state), assignedArticles FROM clusterState").fetchone())
db.execute("DELETE FROM clusterState"); db.commit()
PY
echo "ingest 10 more, from the saved state: $(seconds "$bin" ingest --quiet --db "$work/a.db" "$work/more.jsonl") s"
echo "ingest 10 more, replaying the store:   $(seconds "$bin" ingest --quiet --db "$work/b.db" "$work/more.jsonl") s"
python3 - "$work/a.db" "$work/b.db" <<'PY'
import sqlite3, sys
q = "SELECT article, story FROM storyArticle ORDER BY article"
same = sqlite3.connect(sys.argv[1]).execute(q).fetchall() == sqlite3.connect(sys.argv[2]).execute(q).fetchall()
print("same stories both ways:", same)
PY
