"""Writes FNC-1 training pairs as `hearsay stance --pairs` JSON Lines (the benchmark's input)."""
import csv, json, sys
fnc, out = sys.argv[1], sys.argv[2]
bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(open(f"{fnc}/train_bodies.csv", encoding="utf-8"))}
with open(out, "w", encoding="utf-8") as f:
    for i, r in enumerate(csv.DictReader(open(f"{fnc}/train_stances.csv", encoding="utf-8"))):
        f.write(json.dumps({"id": str(i), "claim": r["Headline"], "body": bodies[r["Body ID"]]}) + "\n")
