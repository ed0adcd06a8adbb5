# Sourced by run.sh and copies.sh: `compare_binaries DIR BINARY...` runs `hearsay analyze DIR/in`
# with each binary, alternately, twice (wall, CPU, peak memory), then prints each binary's story
# count and whether the first two outputs are the same.
compare_binaries() {
  local dir=$1; shift
  local round k bin
  for round in 1 2; do
    k=0
    for bin in "$@"; do
      k=$((k + 1))
      /usr/bin/time -f "$bin: %e s wall, %U s user + %S s sys, %M KB peak" "$bin" analyze "$dir/in" --format json --quiet > "$dir/out$k.json"
    done
  done
  k=0
  for bin in "$@"; do k=$((k + 1)); echo "$bin: stories $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['stories']))" "$dir/out$k.json")"; done
  if [ $# -gt 1 ]; then cmp -s "$dir/out1.json" "$dir/out2.json" && echo "outputs: identical" || echo "outputs: differ"; fi
}
