#!/usr/bin/env python3
"""`hearsay cluster` on a stream unlike the one it was tuned on, beside the plain peer.

Usage: rumour_stream.py BIN [--seeds 5,6,7]

The stream is FNC-1's rumour folders (the bodies FNC-1 relates to one headline, 4-12 each,
built as in folders.py, overlapping folders dropped), shuffled with each seed: untitled,
undated bodies, many rumours about the same few people and organisations. The gold story
is the headline, so two headlines about one event count as two stories (precision reads
low for everyone). Prints B-cubed precision, recall and F1 for `BIN cluster` and for
peer_singlepass.py at thresholds 0.2 and 0.25 (its best on ECB+), one line each, means after,
and hearsay's mean F1 last.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from folders import folders, score_streams

def stream():
    rows, used = [], set()
    for k, folder in enumerate(folders()["whole"]):
        ids = {i for i, _, _ in folder}
        if ids & used:
            continue
        used |= ids
        rows += [("b" + i, "", body, k) for i, body, _ in folder]
    return rows

def main():
    binary = os.path.abspath(sys.argv[1])
    seeds = [int(s) for s in (sys.argv[sys.argv.index("--seeds") + 1] if "--seeds" in sys.argv else "5,6,7").split(",")]
    score_streams(stream(), binary, seeds)

if __name__ == "__main__":
    main()
