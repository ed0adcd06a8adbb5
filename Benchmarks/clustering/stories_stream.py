#!/usr/bin/env python3
"""`hearsay cluster` on our own written stories as one live feed, beside the plain peer.

Usage: stories_stream.py BIN [--seeds 0,1,2] [--dated [--late DAYS]] [STORY_DIR ...]

Every article of every story folder in Benchmarks/stories (or of the folders given) becomes one
line (the file's first line as the title, the rest as the body, as a feed would carry a page:
byline, date line and page furniture included), shuffled with each seed. The gold story is the
folder. These are raw articles of many rumours of a few kinds at once (hoaxes, denied reports,
closures, leaks), each told by four to six outlets in their own words; nothing in `cluster` was
tuned on them. With --dated each line also carries the date of the article's date line as
`published`, as a feed's entries do; shuffled, the dates arrive out of order (a back-filled
archive), which exercises the closing of quiet stories. With --late DAYS as well, each story's
last dated report (of three or more) is published DAYS later: an outcome months after the
reports. Prints B-cubed precision, recall and F1 for `BIN cluster` and for
peer_singlepass.py at thresholds 0.2 and 0.25, one line each, means after, and hearsay's mean
F1 last.
"""
import datetime, glob, os, re, sys

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

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
DAY_MONTH = re.compile(r"\b(\d{1,2}) (%s) (\d{4})\b" % "|".join(MONTHS), re.I)
MONTH_DAY = re.compile(r"\b(%s) (\d{1,2}),? (\d{4})\b" % "|".join(MONTHS), re.I)
ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

def date_line(body):
    """The first date in the article's first four lines (its date line), as ISO text."""
    for line in body.splitlines()[:4]:
        if m := ISO.search(line):
            return m.group(0)
        if m := DAY_MONTH.search(line):
            return "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        if m := MONTH_DAY.search(line):
            return "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))
    return None

def main():
    args = sys.argv[1:]
    binary = os.path.abspath(args.pop(0))
    seeds = [0, 1, 2]
    if "--seeds" in args:
        at = args.index("--seeds")
        seeds = [int(s) for s in args[at + 1].split(",")]
        del args[at:at + 2]
    dated = "--dated" in args
    if dated:
        args.remove("--dated")
    late = 0
    if "--late" in args:
        at = args.index("--late")
        late = int(args[at + 1])
        del args[at:at + 2]
    dirs = args or sorted(d for d in glob.glob(os.path.join(HERE, "..", "stories", "*")) if os.path.isdir(d))
    rows = stream(dirs)
    published = {i: date_line(body) for i, _, body, _ in rows} if dated else None
    if dated:
        print(f"{sum(1 for d in published.values() if d)} of {len(rows)} articles dated", flush=True)
    if dated and late:
        by_story = {}
        for i, *_, story in rows:
            if published[i]:
                by_story.setdefault(story, []).append(i)
        moved = 0
        for ids in by_story.values():
            if len(ids) >= 3:
                last = max(ids, key=lambda i: (published[i], i))
                published[last] = (datetime.date.fromisoformat(published[last]) + datetime.timedelta(days=late)).isoformat()
                moved += 1
        print(f"{moved} stories' last reports published {late} days later", flush=True)
    score_streams(rows, binary, seeds, published)

if __name__ == "__main__":
    main()
