#!/usr/bin/env python3
"""determinism.py --cmd "BIN analyze --format json --quiet" [--runs N] [STORY...]

Runs the analysis of each annotated story N times (default 2), each run a new process, so
Swift's per-process hash seed differs, and fails naming every story whose output is not
byte-identical across runs. A user re-running an analysis must get the same brief."""
import argparse, glob, os, shlex, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("stories", nargs="*")
    a = ap.parse_args()
    stories = [s.rstrip("/") for s in a.stories] or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(HERE, "*", "gold.json")))
    differ = []
    for story in stories:
        with tempfile.TemporaryDirectory() as tmp:
            for f in glob.glob(os.path.join(story, "*.txt")):
                shutil.copy(f, tmp)
            outs = {subprocess.run(shlex.split(a.cmd) + [tmp], capture_output=True, check=True).stdout for _ in range(a.runs)}
        if len(outs) > 1:
            differ.append(os.path.basename(story))
            print(f"{os.path.basename(story)}: {len(outs)} different outputs in {a.runs} runs")
    print(f"stories with run-to-run differences: {len(differ)} of {len(stories)}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
