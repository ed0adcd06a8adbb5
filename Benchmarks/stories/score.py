#!/usr/bin/env python3
"""Score `hearsay analyze` on our own annotated stories the way the seeds are scored.

Usage: Benchmarks/stories/score.py --cmd "BIN analyze --format json --quiet" [--scorer PATH] [STORY_DIR...]

Each story is a folder here (the articles, in the seeds' form) with a `gold.json` in the
format of ../shared/gold/seeds.json. The checks are ../shared/eval/score-seeds itself, run
unchanged on each folder; a check whose gold list is empty (a story without contradictions,
bylines or misquotes) has nothing to score: the scorer is given a placeholder that matches
nothing, so that it does not divide by zero, and the check is left out of that story's total. Prints one line per story, the points lost per check over all stories, and
last `stories score: X/100` (all stories' points over all their maxima).
"""
import argparse, contextlib, glob, importlib.machinery, importlib.util, io, json, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "..", "..", "shared", "eval", "score-seeds")

# The gold list each check divides by; an empty one means the check does not apply.
NOTHING = "\u0000"
PLACEHOLDERS = {
    "boilerplate_not_body": {"article": NOTHING, "text": NOTHING},
    "metadata": {"article": NOTHING, "field": "byline", "value": NOTHING},
    "quote_variants": {"speaker_aliases": [], "quotes": [NOTHING], "differs": []},
    "actor_stances": {"actor_aliases": [NOTHING], "stance": NOTHING},
    "citations": {"source_aliases": [NOTHING], "articles": [NOTHING]},
    "roles": {"name_aliases": [NOTHING], "role_contains_any": [NOTHING]},
    "contradictions": {"subject_aliases": [NOTHING], "attribute": NOTHING, "values_any": [[NOTHING]], "articles": []},
    "uncorroborated_must_flag": NOTHING,
    "uncorroborated_must_not_flag": NOTHING,
}
APPLIES = {
    "boilerplate removed from bodies": lambda g: g["boilerplate_not_body"],
    "metadata (byline, tickers)": lambda g: g["metadata"],
    "misquote variants grouped and flagged": lambda g: g["quote_variants"],
    "denials by the principals": lambda g: g["actor_stances"],
    "citations of sources": lambda g: g["citations"],
    "people and their roles": lambda g: g["roles"],
    "contradictions between outlets": lambda g: g["contradictions"],
    "uncorroborated quotes flagged": lambda g: g["uncorroborated_must_flag"],
    "corroborated quotes left unflagged": lambda g: g["uncorroborated_must_flag"] and g["uncorroborated_must_not_flag"],
}


def load_scorer(path):
    loader = importlib.machinery.SourceFileLoader("score_seeds", path)
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader("score_seeds", loader))
    loader.exec_module(module)
    return module


def score(scorer, story, cmd):
    gold = json.load(open(os.path.join(story, "gold.json")))
    padded = {k: (v or [PLACEHOLDERS[k]] if k in PLACEHOLDERS else v) for k, v in gold.items()}
    with tempfile.NamedTemporaryFile("w", suffix=".json") as given, tempfile.NamedTemporaryFile(suffix=".json") as out:
        json.dump(padded, given)
        given.flush()
        sys.argv = ["score-seeds", "--cmd", cmd, "--corpus", story, "--gold", given.name, "--json", out.name]
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            try:
                scorer.main()
            except SystemExit as e:
                if e.code:
                    raise SystemExit(f"{story}: the command failed: {printed.getvalue().strip().splitlines()[-1:]}")
        checks = json.load(open(out.name))
    return [c for c in checks if c["check"] not in APPLIES or APPLIES[c["check"]](gold)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--scorer", default=SCORER, help="score-seeds, when ../shared is not beside the repo (a git worktree)")
    ap.add_argument("stories", nargs="*")
    a = ap.parse_args()
    if not os.path.exists(a.scorer):
        print(f"skipped: {a.scorer} is absent (give --scorer PATH)")
        return
    stories = [s.rstrip("/") for s in a.stories] or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(HERE, "*", "gold.json")))
    scorer = load_scorer(a.scorer)
    lost, got_all, max_all = {}, 0.0, 0
    for story in stories:
        checks = score(scorer, story, a.cmd)
        got = sum(c["got"] for c in checks)
        maximum = sum(c["max"] for c in checks)
        got_all, max_all = got_all + got, max_all + maximum
        misses = [c for c in checks if c["got"] < c["max"]]
        print(f"{os.path.basename(story):24s} {100 * got / maximum:5.1f}  " + "; ".join(f"{c['check']} {c['detail']}"[:90] for c in misses))
        for c in checks:
            g, m = lost.get(c["check"], (0.0, 0))
            lost[c["check"]] = (g + c["max"] - c["got"], m + c["max"])
    for name, (g, m) in lost.items():
        print(f"  {name:40s} lost {g:6.2f} of {m}")
    print(f"stories score: {100 * got_all / max_all:.1f}/100")


if __name__ == "__main__":
    main()
