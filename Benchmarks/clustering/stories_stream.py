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
import glob, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from folders import score_streams

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
    score_streams(stream(dirs), binary, seeds)

if __name__ == "__main__":
    main()
