#!/usr/bin/env python3
"""How `hearsay analyze` groups a folder: rumour folders kept whole, look-alike events kept apart.

Usage: folders.py BIN [BIN ...]   (each a hearsay binary; one row each, same folders)

Folders are built from ../shared data in a temporary directory (nothing is copied into the
project): 150 FNC-1 rumour folders (the bodies FNC-1 relates to one headline, 4-12 each),
the same folders with two unrelated bodies added, 40 folders mixing three FNC-1 rumours,
and the 21 ECB+ topics (each two look-alike events). Each is analysed with
`BIN analyze --format json DIR` and scored from the stories it reports.
"""
import collections, csv, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared", "data")
csv.field_size_limit(10**9)

def bcubed(gold, pred):
    gs, ps = collections.defaultdict(set), collections.defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred)):
        gs[g].add(i); ps[p].add(i)
    P = sum(len(gs[g] & ps[p]) / len(ps[p]) for g, p in zip(gold, pred)) / len(gold)
    R = sum(len(gs[g] & ps[p]) / len(gs[g]) for g, p in zip(gold, pred)) / len(gold)
    return P, R, 2 * P * R / (P + R)


def score_streams(rows, binary, seeds, published=None):
    """Feeds `rows` ((id, title, body, gold story) each) to `binary cluster` and to the peer at
    thresholds 0.2 and 0.25, once per seed's shuffle; prints a line per run, the means, and
    hearsay's mean F1 last. `published` maps ids to ISO dates the feed carries (the peer has no
    use for them). CLUSTER_SETTINGS names a settings file for `cluster`."""
    import tempfile
    settings = ["--settings", os.environ["CLUSTER_SETTINGS"]] if os.environ.get("CLUSTER_SETTINGS") else []
    commands = {
        "hearsay cluster": [binary, "cluster", "{input}", "--format", "jsonl"] + settings,
        "peer, threshold 0.2": [sys.executable, os.path.join(HERE, "peer_singlepass.py"), "{input}", "--threshold", "0.2"],
        "peer, threshold 0.25": [sys.executable, os.path.join(HERE, "peer_singlepass.py"), "{input}", "--threshold", "0.25"],
    }
    scores = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            order = list(rows)
            random.Random(seed).shuffle(order)
            path = os.path.join(tmp, f"stream-{seed}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for i, title, body, _ in order:
                    line = {"id": i, "title": title, "body": body}
                    if published and published.get(i):
                        line["published"] = published[i]
                    f.write(json.dumps(line) + "\n")
            for name, command in commands.items():
                out = subprocess.run([path if a == "{input}" else a for a in command], capture_output=True, text=True, check=True)
                got = {o["id"]: o["story"] for o in map(json.loads, out.stdout.splitlines())}
                p, r, f1 = bcubed([k for *_, k in order], [got[i] for i, *_ in order])
                scores[name].append((p, r, f1))
                print(f"seed {seed}  {name:22s} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  stories {len(set(got.values()))}", flush=True)
    print(f"{len(rows)} articles, {len({k for *_, k in rows})} stories, {len(seeds)} orders")
    for name, s in scores.items():
        print(f"mean  {name:22s} P {sum(x[0] for x in s) / len(s):.3f}  R {sum(x[1] for x in s) / len(s):.3f}  F1 {sum(x[2] for x in s) / len(s):.3f}")
    # The main figure last, as the scorers print theirs (.ci/run holds it to a floor).
    print(f"hearsay cluster B-cubed F1: {sum(x[2] for x in scores['hearsay cluster']) / len(seeds):.4f}")


def folders():
    bodies, seen = {}, set()
    for r in csv.DictReader(open(os.path.join(SHARED, "fnc1", "train_bodies.csv"), encoding="utf-8")):
        # Hearsay stores a text once however many files carry it: keep the first copy.
        if r["articleBody"].strip() not in seen:
            seen.add(r["articleBody"].strip())
            bodies[r["Body ID"]] = r["articleBody"].strip()
    related = collections.defaultdict(set)
    for r in csv.DictReader(open(os.path.join(SHARED, "fnc1", "train_stances.csv"), encoding="utf-8")):
        if r["Stance"] != "unrelated":
            if r["Body ID"] in bodies:
                related[r["Headline"]].add(r["Body ID"])
    groups = sorted((h, sorted(v)) for h, v in related.items() if 4 <= len(v) <= 12)
    random.Random(0).shuffle(groups)
    groups = groups[:150]
    headlines_of = collections.defaultdict(set)
    for h, v in related.items():
        for i in v:
            headlines_of[i].add(h)
    out = {"whole": [], "strays": [], "mixed": [], "ecb": []}
    rng = random.Random(1)
    for _, ids in groups:
        out["whole"].append([(i, bodies[i], "s") for i in ids])
        # Strays: bodies that share no FNC-1 headline with any of the folder's.
        theirs = set().union(*(headlines_of[i] for i in ids))
        strays = [i for i in rng.sample(sorted(bodies), 20) if i not in ids and headlines_of[i].isdisjoint(theirs)][:2]
        out["strays"].append([(i, bodies[i], "s") for i in ids] + [(i, bodies[i], i) for i in strays])
    for _ in range(40):
        pick, used = [], set()
        for _, ids in rng.sample(groups, 12):
            if used.isdisjoint(ids) and len(pick) < 3:
                pick.append(ids); used |= set(ids)
        out["mixed"].append([(i, bodies[i], k) for k, ids in enumerate(pick) for i in ids])
    topics = collections.defaultdict(list)
    for line in open(os.path.join(SHARED, "clustering", "ecbplus-dev.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        topics[d["topic"]].append((d["doc"].replace(".xml", ""), d["text"], d["subtopic"]))
    out["ecb"] = [topics[t] for t in sorted(topics)]
    return out

def analyse(binary, folder, tmp):
    d = tempfile.mkdtemp(dir=tmp)
    # File order is the order articles are read; shuffle it so no folder is pre-sorted.
    for k, (name, text, _) in enumerate(sorted(folder, key=lambda x: random.Random(x[0]).random())):
        with open(os.path.join(d, f"{k:03d}-{name}.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
    run = subprocess.run([binary, "analyze", "--format", "json", "--quiet", d], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"{binary} failed on {d}: {run.stderr.strip()[-300:]}")
    story = {}
    doc = json.loads(run.stdout)
    source = {a["id"]: os.path.basename(a["source"]).split("-", 1)[1][:-4] for a in doc["articles"]}
    for s in doc["stories"]:
        for a in s["articles"]:
            story[source[a]] = s["id"]
    return [story[name] for name, _, _ in folder]

def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    sets = folders()
    print("| binary | rumour folders kept whole (150) | same, with 2 strays: kept whole / strays left alone | 3 rumours mixed: B-cubed F1 (40) | ECB+ topics: B-cubed F1 (21) |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for binary in sys.argv[1:]:
            whole = sum(len(set(analyse(binary, f, tmp))) == 1 for f in sets["whole"])
            kept = alone = strays = 0
            for f in sets["strays"]:
                pred = analyse(binary, f, tmp)
                main_story = collections.Counter(p for p, (_, _, g) in zip(pred, f) if g == "s").most_common(1)[0][0]
                kept += all(p == main_story for p, (_, _, g) in zip(pred, f) if g == "s")
                for p, (_, _, g) in zip(pred, f):
                    if g != "s":
                        strays += 1
                        alone += pred.count(p) == 1
            mixed = [bcubed([g for _, _, g in f], analyse(binary, f, tmp))[2] for f in sets["mixed"]]
            ecb = [bcubed([g for _, _, g in f], analyse(binary, f, tmp))[2] for f in sets["ecb"]]
            print(f"| {binary} | {whole}/150 | {kept}/150, {alone}/{strays} | {sum(mixed) / len(mixed):.3f} | {sum(ecb) / len(ecb):.3f} |", flush=True)

if __name__ == "__main__":
    main()
