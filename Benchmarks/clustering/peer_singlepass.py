#!/usr/bin/env python3
"""The peer: plain single-pass TF-IDF clustering, as one would write it in Python (the
calibration baseline the issue names). Lower-cased words minus stop words, online document
frequencies, cosine with each story's centroid found through an inverted index, join the
best story at or above the threshold. Same input and output as `hearsay cluster --format
jsonl`. Usage: peer_singlepass.py FILE.jsonl [--threshold 0.25]"""
import collections, json, math, re, sys

STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being has
have had do does did it its this that these those he she they we i you him her them us me my our your
their his not no so than then there here what which who when where why how all any both each more most
other some such only own same too very just also about into over after before up down out off said says
s t new one two will would can could should may might must""".split())
WORD = re.compile(r"[a-z0-9]+")

def main():
    path = sys.argv[1]
    th = float(sys.argv[sys.argv.index("--threshold") + 1]) if "--threshold" in sys.argv else 0.25
    df = collections.Counter()
    n = 0
    centroids, norms, postings = [], [], collections.defaultdict(list)
    out = []
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        rec = json.loads(line)
        tf = collections.Counter(w for w in WORD.findall((rec.get("title", "") + "\n" + rec.get("body", "")).lower())
                                 if w not in STOP)
        n += 1
        for w in tf:
            df[w] += 1
        v = {w: (1 + math.log(c)) * math.log((n + 1) / (df[w] + 1) + 1) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        v = {w: x / norm for w, x in v.items()}
        dots = collections.Counter()
        for w, x in v.items():
            for s in postings.get(w, ()):
                dots[s] += x * centroids[s][w]
        best, score = None, -1.0
        for s, d in dots.items():
            c = d / norms[s]
            if c > score:
                best, score = s, c
        if best is None or score < th:
            best = len(centroids)
            centroids.append({})
            norms.append(0.0)
        cen = centroids[best]
        for w, x in v.items():
            if w not in cen:
                postings[w].append(best)
            cen[w] = cen.get(w, 0.0) + x
        norms[best] = math.sqrt(sum(x * x for x in cen.values()))
        out.append(json.dumps({"id": rec["id"], "story": "p%d" % best}))
    sys.stdout.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
