#!/usr/bin/env python3
"""Near-duplicate detection: Hearsay's NearDuplicateIndex against datasketch's MinHashLSH.

  bench.py corpus BODIES.csv OUT.jsonl   FNC-1 bodies plus seeded synthetic near-duplicates
  bench.py datasketch CORPUS.jsonl PAIRS.tsv FN_WEIGHT SEED  time datasketch (signature, query, insert per doc)
  bench.py report CORPUS.jsonl SHINGLES.tsv NAME TIMING.json PAIRS.tsv [NAME TIMING.json PAIRS.tsv ...]

Both sides shingle alike (5-word shingles over the same tokeniser, checked per document),
use 128 permutations and threshold 0.8. Truth: every pair whose exact Jaccard similarity
of shingle sets is >= 0.8, found with an exact prefix-filtering join.
"""
import csv, json, math, random, re, sys, time

WORD = "0-9a-z\u00c0-\u1fff\u2080-\u2fff\u3040-\U0010ffff"
APOSTROPHE = re.compile(f"(?<=[{WORD}])['\u2019](?=[{WORD}])")
TOKEN = re.compile(f"[{WORD}]+")
ASCII_LOWER = {c: c + 32 for c in range(65, 91)}

def tokens(text):
    """Same words as Hearsay's WordShingles: ASCII case folded, apostrophes inside words dropped."""
    return TOKEN.findall(APOSTROPHE.sub("", text.translate(ASCII_LOWER)))

def shingles(text, k=5):
    t = tokens(text)
    if not t:
        return []
    k = min(k, len(t))
    return [" ".join(t[i:i + k]) for i in range(len(t) - k + 1)]

def make_corpus(bodies_csv, out):
    rng = random.Random(20260202)
    bodies = [r["articleBody"] for r in csv.DictReader(open(bodies_csv, encoding="utf-8"))]
    vocab = [w for b in bodies[:300] for w in b.split()]
    docs = [(f"b{i}", b) for i, b in enumerate(bodies)]
    # Word edit rates around the 0.8 Jaccard line: each edit breaks up to five shingles.
    rates = [0.004, 0.01, 0.016, 0.022, 0.03]
    for i, b in enumerate(bodies):
        words = b.split()
        for v, rate in enumerate(rates):
            out_words = []
            for w in words:
                x = rng.random()
                if x < rate / 3:
                    continue
                if x < 2 * rate / 3:
                    out_words.append(rng.choice(vocab))
                elif x < rate:
                    out_words.extend([w, rng.choice(vocab)])
                else:
                    out_words.append(w)
            docs.append((f"b{i}v{v}", " ".join(out_words)))
    docs = [d for d in docs if tokens(d[1])]
    rng.shuffle(docs)
    with open(out, "w", encoding="utf-8") as f:
        for i, b in docs:
            f.write(json.dumps({"id": i, "body": b}, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents written to {out}")

def read(corpus):
    return [json.loads(l) for l in open(corpus, encoding="utf-8")]

def run_datasketch(corpus, pairs_out, fn_weight, seed):
    from datasketch import MinHash, MinHashLSH
    docs = read(corpus)
    w = float(fn_weight)
    lsh = MinHashLSH(threshold=0.8, num_perm=128, weights=(1 - w, w))
    pairs = []
    start = time.perf_counter()
    for d in docs:
        m = MinHash(num_perm=128, seed=int(seed))
        m.update_batch([s.encode("utf-8") for s in shingles(d["body"])])
        for c in lsh.query(m):
            pairs.append((c, d["id"]))
        lsh.insert(d["id"], m)
    seconds = time.perf_counter() - start
    with open(pairs_out, "w") as f:
        f.writelines(f"{a}\t{b}\n" for a, b in pairs)
    print(json.dumps({"documents": len(docs), "seconds": seconds, "bands": lsh.b, "rows": lsh.r, "pairs": len(pairs)}))

def truth_pairs(sets, t=0.8):
    freq = {}
    for s in sets:
        for x in s:
            freq[x] = freq.get(x, 0) + 1
    ordered = [sorted(s, key=lambda x: (freq[x], x)) for s in sets]
    index, found = {}, set()
    for i in sorted(range(len(sets)), key=lambda i: len(sets[i])):
        s = ordered[i]
        n = len(s)
        if n == 0:
            continue
        prefix = n - math.ceil(t * n) + 1
        cands = set()
        for x in s[:prefix]:
            cands.update(index.get(x, ()))
        for j in cands:
            inter = len(sets[i] & sets[j])
            if inter / (len(sets[i]) + len(sets[j]) - inter) >= t:
                found.add(frozenset((i, j)))
        for x in s[:prefix]:
            index.setdefault(x, []).append(i)
    return found

def read_pairs(path, pos):
    out = set()
    for line in open(path):
        a, b = line.rstrip("\n").split("\t")
        if a != b:
            out.add(frozenset((pos[a], pos[b])))
    return out

def report(corpus, swift_shingles, *runs):
    """Each run is NAME TIMING.json PAIRS.tsv; runs of the same NAME (other seeds) are
    averaged. Names come in pairs (hearsay, datasketch) with the same banding, and each
    pair's speed ratio is printed."""
    docs = read(corpus)
    pos = {d["id"]: i for i, d in enumerate(docs)}
    sets = [set(shingles(d["body"])) for d in docs]
    counts = dict(l.rstrip("\n").split("\t") for l in open(swift_shingles))
    differ = sum(1 for d, s in zip(docs, sets) if int(counts[d["id"]]) != len(s))
    truth = truth_pairs(sets)
    by_name = {}
    for name, timing_file, pairs_file in zip(runs[0::3], runs[1::3], runs[2::3]):
        timing, pairs = json.load(open(timing_file)), read_pairs(pairs_file, pos)
        recall = len(pairs & truth) / len(truth) if truth else 1.0
        by_name.setdefault(name, []).append((timing["documents"] / timing["seconds"], recall, len(pairs), timing["bands"], timing["rows"]))
    rows = []
    for name, rs in by_name.items():
        mean = lambda xs: sum(xs) / len(xs)
        rows.append((name, mean([r[0] for r in rs]), mean([r[1] for r in rs]), min(r[1] for r in rs), max(r[1] for r in rs), mean([r[2] for r in rs]), rs[0][3], rs[0][4], len(rs)))
    print(f"documents: {len(docs)}; pairs with Jaccard >= 0.8: {len(truth)}; documents whose shingle count differs between the two tokenisers: {differ}")
    print("| index | bands x rows | docs/s (signature+query+insert) | recall at J>=0.8, mean (min-max over seeds) | candidate pairs | seeds |")
    print("|---|---|---|---|---|---|")
    for name, rate, recall, lo, hi, n, b, r, k in rows:
        print(f"| {name} | {b} x {r} | {rate:,.0f} | {recall:.4f} ({lo:.4f}-{hi:.4f}) | {n:,.0f} | {k} |")
    for ours, theirs in zip(rows[0::2], rows[1::2]):
        print(f"speed ratio at {ours[6]} x {ours[7]}: {ours[1] / theirs[1]:.1f}x (recall {ours[2]:.4f} vs {theirs[2]:.4f})")

if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"corpus": make_corpus, "datasketch": run_datasketch, "report": report}[cmd](*args)
