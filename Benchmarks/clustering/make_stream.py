#!/usr/bin/env python3
"""Writes a synthetic news stream for `hearsay cluster`: N articles from many stories that
overlap in time, each story with its own names, place, numbers and dates over a shared
vocabulary, so that every article shares common words with every other story. Prints the
gold story of each article to a second file for scoring.

Usage: make_stream.py N OUT.jsonl GOLD.tsv [--seed S]
"""
import json, random, sys, string, datetime

def word(rng, lo=3, hi=9):
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(lo, hi)))

def main():
    n, out, gold = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 1
    rng = random.Random(seed)
    common = [word(rng) for _ in range(20000)]          # the language's everyday words
    kinds = [[word(rng) for _ in range(40)] for _ in range(60)]   # vocabularies of event kinds (quakes, deals...)
    start = datetime.date(2020, 1, 1)
    stories, live, made = [], [], 0
    with open(out, "w") as f, open(gold, "w") as g:
        for i in range(n):
            # about 300 stories running at once, each given 3 to 60 articles over its life
            while len(live) < 300:
                kind = rng.choice(kinds)
                s = {"id": made, "names": [word(rng).capitalize() + " " + word(rng).capitalize() for _ in range(4)],
                     "place": word(rng).capitalize(), "kind": rng.sample(kind, 15),
                     "own": [word(rng) for _ in range(25)], "num": str(rng.randint(2, 9999)),
                     "left": rng.randint(3, 60)}
                made += 1
                live.append(s)
            s = rng.choice(live)
            s["left"] -= 1
            if s["left"] <= 0:
                live.remove(s)
            # published as it arrives: 400 articles a day
            day = start + datetime.timedelta(days=i // 400)
            sentences = []
            for _ in range(rng.randint(8, 16)):
                ws = rng.sample(common, rng.randint(8, 14)) + rng.sample(s["kind"], 2) + rng.sample(s["own"], 2)
                rng.shuffle(ws)
                if rng.random() < 0.6:
                    ws.insert(rng.randint(1, len(ws)), rng.choice(s["names"]))
                if rng.random() < 0.3:
                    ws.insert(rng.randint(1, len(ws)), "in " + s["place"])
                if rng.random() < 0.2:
                    ws.insert(rng.randint(1, len(ws)), s["num"])
                text = " ".join(ws)
                sentences.append(text[0].upper() + text[1:] + ".")
            title = " ".join([rng.choice(s["names"]).split()[1]] + rng.sample(s["kind"], 3) + [s["place"]])
            rec = {"id": "a%d" % i, "title": title, "body": "\n".join(sentences), "published": day.isoformat()}
            f.write(json.dumps(rec) + "\n")
            g.write("a%d\t%d\n" % (i, s["id"]))

if __name__ == "__main__":
    main()
