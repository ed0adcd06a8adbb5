#!/usr/bin/env python3
"""Fail when a scorer's figure is below its floor.

Usage: floors.py OUTPUT "check name=floor" ...
A check name is the start of a line of the scorer's output; its figure is the first
number after the name ("quotes found   13.36/14" -> 13.36; "B-cubed F1: 0.93" -> 0.93).
"""
import re, sys

text = open(sys.argv[1], encoding="utf-8").read().splitlines()
failed = False
for spec in sys.argv[2:]:
    name, floor = spec.rsplit("=", 1)
    line = next((l for l in text if l.startswith(name)), None)
    if line is None:
        print(f"FLOOR FAIL: no line for {name!r}"); failed = True; continue
    m = re.search(r"-?\d+(\.\d+)?", line[len(name):])
    value = float(m.group(0)) if m else float("nan")
    ok = value >= float(floor) - 1e-9
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {value} (floor {floor})")
    failed |= not ok
sys.exit(1 if failed else 0)
