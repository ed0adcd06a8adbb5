#!/usr/bin/env python3
"""B-cubed precision, recall and F1 of `hearsay cluster --format jsonl` output against the
gold file make_stream.py wrote. Usage: score_stream.py GOLD.tsv OUT.jsonl"""
import collections, json, sys

gold = dict(l.rstrip("\n").split("\t") for l in open(sys.argv[1]))
pred = {o["id"]: o["story"] for o in map(json.loads, open(sys.argv[2]))}
ids = list(gold)
gs, ps = collections.defaultdict(set), collections.defaultdict(set)
for i in ids:
    gs[gold[i]].add(i)
    ps[pred[i]].add(i)
P = sum(len(gs[gold[i]] & ps[pred[i]]) / len(ps[pred[i]]) for i in ids) / len(ids)
R = sum(len(gs[gold[i]] & ps[pred[i]]) / len(gs[gold[i]]) for i in ids) / len(ids)
print(f"articles {len(ids)}, stories found {len(ps)}, expected {len(gs)}")
print(f"B-cubed precision {P:.4f}, recall {R:.4f}, F1 {2 * P * R / (P + R):.4f}")
