#!/usr/bin/env bash
# Times `hearsay analyze` on one story run by many outlets: N files made from the articles of
# one folder of Benchmarks/stories, taken in turn, each with its own last line (a syndicated
# wire report carried word for word, under each site's own footer). For each binary given,
# alternately, twice: wall, CPU and peak memory, and whether the outputs are the same.
# Usage: Benchmarks/analyze/copies.sh STORY N BINARY...   (e.g. zoo-leopard-hoax 360)
set -euo pipefail
story=$1; n=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"
articles=("$here/../stories/$story"/*.txt)
for ((i = 0; i < n; i++)); do
  f=${articles[$((i % ${#articles[@]}))]}
  { cat "$f"; printf '\nCopyright site %d. All rights reserved.\n' "$i"; } > "$dir/in/$(printf %05d "$i").txt"
done
source "$here/compare.sh"
compare_binaries "$dir" "$@"
