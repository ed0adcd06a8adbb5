#!/usr/bin/env python3
"""Check a story folder's gold.json against its articles: every quote, alias, value and
furniture line must be in the articles; ids must exist; every key must be there."""
import json, os, re, sys, unicodedata

KEYS = ['about', 'articles', 'stories', 'boilerplate_not_body', 'metadata', 'quotes', 'not_quotes',
        'quote_variants', 'core_claim', 'actor_stances', 'citations', 'contradictions', 'roles',
        'uncorroborated_must_flag', 'uncorroborated_must_not_flag']
STATUS = {"reported", "denied", "disputed", "confirmed", "refuted"}

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2026", "...").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()

def main(d):
    errs = []
    g = json.load(open(os.path.join(d, "gold.json")))
    for k in KEYS:
        if k not in g:
            errs.append(f"missing key {k}")
    texts = {}
    for f in g.get("articles", []):
        p = os.path.join(d, f)
        if not os.path.exists(p):
            errs.append(f"article {f} missing")
            continue
        texts[f] = norm(open(p, encoding="utf-8").read())
    alltext = " ".join(texts.values())
    def inall(s, what):
        if norm(s) not in alltext:
            errs.append(f"{what}: {s!r} is in no article")
    for b in g.get("boilerplate_not_body", []):
        if norm(b["text"]) not in texts.get(b["article"], ""):
            errs.append(f"furniture not in {b['article']}: {b['text']!r}")
    for m in g.get("metadata", []):
        if norm(m["value"]) not in texts.get(m["article"], ""):
            errs.append(f"metadata not in {m['article']}: {m['value']!r}")
    ids = set()
    for q in g.get("quotes", []):
        ids.add(q["id"])
        if norm(q["text"]) not in texts.get(q["article"], ""):
            errs.append(f"quote {q['id']} text not in {q['article']}: {q['text'][:60]!r}")
        for a in q.get("speaker_aliases", []):
            inall(a, f"quote {q['id']} alias")
        if q.get("speaker") not in q.get("speaker_aliases", []):
            errs.append(f"quote {q['id']}: speaker not among its aliases")
    for v in g.get("quote_variants", []):
        for i in v["quotes"]:
            if i not in ids:
                errs.append(f"variant names unknown quote {i}")
        for w in v.get("differs", []):
            inall(w, "variant differs")
    cc = g.get("core_claim", {})
    for a in cc.get("origin_aliases", []):
        inall(a, "origin alias")
    for a in cc.get("sourcing_hint_any", []):
        inall(a, "sourcing hint")
    for a in cc.get("must_mention", []):
        inall(a, "must_mention")
    for s in cc.get("status_any", []):
        if s not in STATUS:
            errs.append(f"status {s!r} not one of {sorted(STATUS)}")
    for s in g.get("actor_stances", []):
        if s["stance"] not in ("confirms", "denies"):
            errs.append(f"actor stance {s['stance']!r}")
        for a in s["actor_aliases"]:
            inall(a, "actor alias")
    for c in g.get("citations", []):
        for a in c["source_aliases"]:
            inall(a, "citation alias")
        for f in c["articles"]:
            if f not in texts:
                errs.append(f"citation names unknown article {f}")
    for c in g.get("contradictions", []):
        if not any(norm(a) in alltext for a in c["subject_aliases"]):
            errs.append(f"contradiction subject: none of {c['subject_aliases']} is in an article")
        if len(c["values_any"]) < 2:
            errs.append(f"contradiction on {c['subject_aliases'][0]} has fewer than two sides")
        for side in c["values_any"]:
            if not any(norm(v) in alltext for v in side):
                errs.append(f"contradiction value side {side} is in no article")
    for r in g.get("roles", []):
        for a in r["name_aliases"]:
            inall(a, "role name")
    for i in g.get("uncorroborated_must_flag", []) + g.get("uncorroborated_must_not_flag", []):
        if i not in ids:
            errs.append(f"uncorroborated list names unknown quote {i}")
    if set(g.get("uncorroborated_must_flag", [])) & set(g.get("uncorroborated_must_not_flag", [])):
        errs.append("a quote is in both uncorroborated lists")
    if not g.get("uncorroborated_must_flag") or not g.get("uncorroborated_must_not_flag"):
        errs.append("both uncorroborated lists need at least one id")
    for e in errs:
        print(f"{d}: {e}")
    print(f"{d}: {'OK' if not errs else str(len(errs)) + ' problems'}")
    return not errs

if __name__ == "__main__":
    ok = all([main(d.rstrip("/")) for d in sys.argv[1:]])
    sys.exit(0 if ok else 1)
