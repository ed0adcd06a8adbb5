#!/usr/bin/env python3
"""Publication dates: how often `hearsay extract` finds one, and whether it agrees with
htmldate (trafilatura's date finder, the peer a user would otherwise run).

The extraction benchmark's ground truth has no dates, so "pages that have one" are the
pages where htmldate finds an original publication date. Reported: hearsay's coverage on
those pages, agreement on the day (within one day, as UTC and local days differ), and hearsay's dates on pages where htmldate found none.

Usage: Benchmarks/extraction/dates.py [--pages DIR] [--cmd "hearsay extract --format jsonl"]
Needs: pip install trafilatura lxml_html_clean (htmldate comes with it).
"""
from datetime import date
import argparse, json, os, shlex, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PAGES = os.path.join(HERE, "..", "..", "..", "shared", "data", "extraction", "html")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default=DEFAULT_PAGES)
    ap.add_argument("--cmd", default=os.path.join(HERE, "..", "..", ".build", "release", "hearsay") + " extract --format jsonl")
    a = ap.parse_args()
    from htmldate import find_date
    files = sorted(os.path.join(a.pages, f) for f in os.listdir(a.pages) if f.endswith(".html"))
    run = subprocess.run(shlex.split(a.cmd) + files, capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"hearsay failed: {run.stderr[-2000:]}")
    mine = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        mine[o["source"]] = (o.get("published") or "")[:10]
    has = agree = found = extra = 0
    disagreements = []
    for f in files:
        html = open(f, encoding="utf-8", errors="replace").read()
        ref = find_date(html, original_date=True, extensive_search=False) or ""
        got = mine.get(f, "")
        if ref:
            has += 1
            if got:
                found += 1
                # Pages declare UTC times whose day differs from the local one htmldate reads.
                if abs((date.fromisoformat(got) - date.fromisoformat(ref)).days) <= 1:
                    agree += 1
                else:
                    disagreements.append((os.path.basename(f)[:16], got, ref))
        elif got:
            extra += 1
    for d in disagreements:
        print(f"  differs: {d[0]} hearsay {d[1]} htmldate {d[2]}")
    print(f"pages: {len(files)}, with a date (htmldate): {has}, hearsay found one on {found} of them, same day (one day apart for time zones) on {agree}; hearsay dated {extra} pages htmldate could not")
    print(f"date found: {found / max(has, 1):.3f} of pages that have one")

if __name__ == "__main__":
    main()
