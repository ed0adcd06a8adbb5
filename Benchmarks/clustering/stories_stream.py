#!/usr/bin/env python3
"""`hearsay cluster` on our own written stories as one live feed, beside the plain peer.

Usage: stories_stream.py BIN [--seeds 0,1,2] [STORY_DIR ...]

Every article of every story folder in Benchmarks/stories (or of the folders given) becomes one
line (the file's first line as the title, the rest as the body, as a feed would carry a page:
byline, date line and page furniture included), shuffled with each seed. The gold story is the
folder. These are raw articles of many rumours of a few kinds at once (hoaxes, denied reports,
closures, leaks), each told by four to six outlets in their own words; nothing in `cluster` was
tuned on them. Prints B-cubed precision, recall and F1 for `BIN cluster` and for
peer_singlepass.py at thresholds 0.2 and 0.25, one line each, means after, and hearsay's mean
F1 last.
"""
import collections, glob, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from folders import bcubed

def stream(dirs):
    rows = []
    for story in dirs:
        for path in sorted(glob.glob(os.path.join(story, "*.txt"))):
            text = open(path, encoding="utf-8", errors="replace").read().strip()
            title, _, body = text.partition("\n")
            rows.append((os.path.basename(story) + "/" + os.path.basename(path), title.strip(), body.strip(), os.path.basename(story)))
    return rows

def main():
    args = sys.argv[1:]
    binary = os.path.abspath(args.pop(0))
    seeds = [0, 1, 2]
    if "--seeds" in args:
        at = args.index("--seeds")
        seeds = [int(s) for s in args[at + 1].split(",")]
        del args[at:at + 2]
    dirs = args or sorted(d for d in glob.glob(os.path.join(HERE, "..", "stories", "*")) if os.path.isdir(d))
    commands = {
        "hearsay cluster": [binary, "cluster", "{input}", "--format", "jsonl"] + (["--settings", os.environ["CLUSTER_SETTINGS"]] if os.environ.get("CLUSTER_SETTINGS") else []),
        "peer, threshold 0.2": [sys.executable, os.path.join(HERE, "peer_singlepass.py"), "{input}", "--threshold", "0.2"],
        "peer, threshold 0.25": [sys.executable, os.path.join(HERE, "peer_singlepass.py"), "{input}", "--threshold", "0.25"],
    }
    rows = stream(dirs)
    scores = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            order = list(rows)
            random.Random(seed).shuffle(order)
            path = os.path.join(tmp, f"stream-{seed}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i, title, body, _ in order:
                    f.write(json.dumps({"id": i, "title": title, "body": body}) + "\n")
            for name, command in commands.items():
                out = subprocess.run([path if a == "{input}" else a for a in command], capture_output=True, text=True, check=True)
                got = {o["id"]: o["story"] for o in map(json.loads, out.stdout.splitlines())}
                p, r, f1 = bcubed([k for *_, k in order], [got[i] for i, *_ in order])
                scores[name].append((p, r, f1))
                print(f"seed {seed}  {name:22s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  stories {len(set(got.values()))}", flush=True)
    print(f"{len(rows)} articles, {len({k for *_, k in rows})} stories, {len(seeds)} orders")
    for name, s in scores.items():
        print(f"mean  {name:22s} P {sum(x[0] for x in s) / len(s):.3f}  R {sum(x[1] for x in s) / len(s):.3f}  F1 {sum(x[2] for x in s) / len(s):.3f}")
    print(f"hearsay cluster B-cubed F1: {sum(x[2] for x in scores['hearsay cluster']) / len(seeds):.4f}")

if __name__ == "__main__":
    main()
