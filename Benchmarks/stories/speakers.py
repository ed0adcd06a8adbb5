#!/usr/bin/env python3
"""List the gold quotes whose speaker Hearsay misses, with the context, classified.

Usage: Benchmarks/stories/speakers.py --bin BIN [--cache DIR] [--class NAME] [--summary] [STORY_DIR...]

For each story (all folders here by default) runs `BIN analyze --format json --quiet` on the
gold's articles (or reads DIR/<story>.json when --cache holds it), matches every required gold quote as
../shared/eval/score-seeds does (a predicted quote covering 70% of its words), and prints the
ones found with a wrong speaker or not found at all: the gold speaker, Hearsay's speaker, the
paragraph with the quotation and its neighbours, and rough classes of the miss (the speaker is
named in the previous or next paragraph, a pronoun, "a spokesperson for X", a colon, "according
to", a title before the name, a quote inside a quote, a role only...). A quote may fall in
several classes; the classes are guesses from the text, for reading the misses by kind.
"""
import argparse, collections, concurrent.futures, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from score import SCORER, load_scorer  # noqa: E402

S = load_scorer(SCORER)
norm, covered, name_in = S.norm, S.covered, S.name_in

VERBS = r"(?:said|says|added|adds|told|tells|wrote|writes|explained|insisted|argued|noted|warned|stated|claimed|continued|asked|replied|declared|posted|confirmed|denied)"
PRONOUN = re.compile(r"\b(?:he|she|they|it|his|her)\s+" + VERBS + r"\b|\b" + VERBS + r"\s+(?:he|she|they|it)\b", re.I)
VOICE = re.compile(r"\b(?:spokes(?:person|man|woman)|representative|press officer|statement)\b", re.I)
TITLES = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Minister|Mayor|Councillor|Cllr|Senator|Judge|Inspector|Chief|President|Director|Father|Rev|Sgt|Captain|Coach)\.?\s+[A-Z]")


def run(binary, story, cache):
    name = os.path.basename(story)
    path = os.path.join(cache, name + ".json") if cache else None
    if path and os.path.exists(path):
        return json.load(open(path))
    files = [os.path.join(story, f) for f in json.load(open(os.path.join(story, "gold.json")))["articles"]]
    out = subprocess.run([binary, "analyze", "--format", "json", "--quiet", *files], capture_output=True, text=True)
    if path:
        os.makedirs(cache, exist_ok=True)
        open(path, "w").write(out.stdout)
    return json.loads(out.stdout)


def paragraphs(story, article):
    return [p for p in open(os.path.join(story, article), encoding="utf-8", errors="replace").read().split("\n") if p.strip()]


def locate(paras, text):
    """Index of the paragraph holding most of the quotation's words."""
    best, at = 0.0, None
    for i, p in enumerate(paras):
        c = covered(text, p)
        if c > best:
            best, at = c, i
    return at


def mentions(aliases, text):
    n = norm(text)
    return any(len(norm(a)) > 2 and norm(a) in n for a in aliases)


def classify(g, paras, i, predicted):
    if i is None:
        return ["unlocated"]
    p, before = paras[i], paras[i - 1] if i > 0 else ""
    after = paras[i + 1] if i + 1 < len(paras) else ""
    aliases = g["speaker_aliases"]
    start = norm(p).find(norm(g["text"])[:30])
    lead = p[:start] if start > 0 else ""
    kinds = []
    if predicted is None:
        kinds.append("not found")
    here = mentions(aliases, p)
    if not here and mentions(aliases, before):
        kinds.append("speaker in previous paragraph")
    if not here and not mentions(aliases, before) and any(mentions(aliases, q) for q in paras[i + 1:i + 4]):
        kinds.append("speaker in a later paragraph")
    if not here and not mentions(aliases, before) and not any(mentions(aliases, q) for q in paras[i + 1:i + 4]):
        kinds.append("speaker far away")
    if PRONOUN.search(p):
        kinds.append("pronoun")
    if VOICE.search(p) or VOICE.search(before):
        kinds.append("spokesperson/statement")
    if re.search(r":\s*[\"“‘']?\s*$", lead) or before.rstrip().endswith(":"):
        kinds.append("colon")
    if re.search(r"\baccording to\b", p, re.I):
        kinds.append("according to")
    if TITLES.search(p) or TITLES.search(before):
        kinds.append("title before name")
    if re.search(r"[‘'][A-Za-z][^’']{2,}[’']", g["text"]) or re.search(r"[\"“][^\"”]+[\"”]", g["text"]):
        kinds.append("quote inside quote")
    if p.lstrip()[:1] in "\"“‘«" and not here:
        kinds.append("paragraph opens with quote")
    if all(a[:1].islower() or a.lower().startswith(("the ", "a ", "an ")) for a in aliases):
        kinds.append("role only")
    if not kinds or kinds == ["not found"]:
        kinds.append("other")
    return kinds


def misses(binary, story, cache):
    gold = json.load(open(os.path.join(story, "gold.json")))
    out = run(binary, story, cache)
    files = {a.get("id"): os.path.basename(a.get("source") or "") for a in out.get("articles", [])}
    stories = out.get("stories", [])
    main = max(stories, key=lambda s: len(s.get("articles", [])), default={})
    quotes = main.get("quotes", [])
    rows = []
    for g in gold["quotes"]:
        if not g["required"]:
            continue
        cands = [q for q in quotes if files.get(q.get("article")) == g["article"] and covered(g["text"], q.get("text", "")) >= 0.7]
        if any(name_in(q.get("speaker") or "", g["speaker_aliases"]) for q in cands):
            continue
        best = max(cands, key=lambda q: covered(g["text"], q.get("text", ""))) if cands else None
        paras = paragraphs(story, g["article"])
        i = locate(paras, g["text"])
        rows.append({
            "story": os.path.basename(story), "id": g["id"], "article": g["article"],
            "gold": g["speaker"], "aliases": g["speaker_aliases"],
            "hearsay": None if best is None else best.get("speaker"),
            "text": g["text"], "para": i,
            "context": [] if i is None else paras[max(0, i - 1):i + 2],
            "classes": classify(g, paras, i, best),
        })
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--cache", help="keep each story's JSON here and reuse it")
    ap.add_argument("--class", dest="only", help="print only the misses of this class")
    ap.add_argument("--summary", action="store_true", help="only the counts per class")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("stories", nargs="*")
    a = ap.parse_args()
    stories = [s.rstrip("/") for s in a.stories] or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(HERE, "*", "gold.json")))
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        rows = [r for rs in pool.map(lambda s: misses(a.bin, s, a.cache), stories) for r in rs]
    counts = collections.Counter(c for r in rows for c in r["classes"])
    if not a.summary:
        for r in rows:
            if a.only and a.only not in r["classes"]:
                continue
            print(f"== {r['story']} {r['id']} {r['article']} p{r['para']}  gold={r['gold']!r}  hearsay={r['hearsay']!r}")
            print(f"   classes: {', '.join(r['classes'])}")
            print(f"   quote: {r['text'][:160]}")
            for p in r["context"]:
                print(f"   | {p[:400]}")
    print(f"{len(rows)} misses ({sum(r['hearsay'] is None for r in rows)} not found)")
    for c, n in counts.most_common():
        print(f"  {c:32s} {n}")


if __name__ == "__main__":
    main()
