#!/usr/bin/env python3
"""Extraction speed, side by side in one run: trafilatura (the peer a user would otherwise
pick) and `hearsay extract` on the same pages, pages/s for both and the ratio.

trafilatura runs in this process over the pages read into memory beforehand (its best
case: no interpreter start-up, no file reads); hearsay runs as the command a user types,
reading the files itself, start-up included. Each is run `--rounds` times; the best
round counts. CPU time (user + system) is the main figure: on a shared machine wall time
mostly measures the neighbours, and hearsay's wall time also depends on free cores.

Usage: Benchmarks/extraction/speed.py [--pages DIR] [--cmd PATH/TO/hearsay] [--rounds N]
Needs: pip install trafilatura lxml_html_clean; swift build -c release --product hearsay
"""
import argparse, os, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_PAGES = os.path.join(HERE, "..", "..", "..", "shared", "data", "extraction", "html")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", default=DEFAULT_PAGES)
    ap.add_argument("--cmd", default=os.path.join(HERE, "..", "..", ".build", "release", "hearsay"))
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    import trafilatura
    files = sorted(os.path.join(a.pages, f) for f in os.listdir(a.pages) if f.endswith(".html"))
    pages = [open(f, encoding="utf-8", errors="replace").read() for f in files]

    def run_trafilatura():
        wall, cpu = time.perf_counter(), time.process_time()
        for html in pages:
            trafilatura.extract(html, output_format="txt", with_metadata=True)
        return time.perf_counter() - wall, time.process_time() - cpu

    def run_hearsay():
        wall, before = time.perf_counter(), os.times()
        r = subprocess.run([a.cmd, "extract", "--format", "jsonl"] + files, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        after = os.times()
        if r.returncode != 0:
            sys.exit(f"hearsay failed: {r.stderr.decode()[-2000:]}")
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        return time.perf_counter() - wall, cpu

    traf = [run_trafilatura() for _ in range(a.rounds)]
    mine = [run_hearsay() for _ in range(a.rounds)]
    tw, tc = min(w for w, _ in traf), min(c for _, c in traf)
    mw, mc = min(w for w, _ in mine), min(c for _, c in mine)
    n = len(files)
    print(f"pages: {n}, cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.1f}")
    print(f"  trafilatura {trafilatura.__version__}: wall {tw:.2f} s ({n / tw:.1f} pages/s, one core), cpu {tc:.2f} s ({n / tc:.1f} pages per cpu-second)")
    print(f"  hearsay extract: wall {mw:.2f} s ({n / mw:.1f} pages/s, all cores, start-up included), cpu {mc:.2f} s ({n / mc:.1f} pages per cpu-second)")
    print(f"  wall-clock ratio: {tw / mw:.1f}x (depends on free cores)")
    print(f"speed ratio, cpu time (hearsay / trafilatura): {tc / mc:.1f}x")

if __name__ == "__main__":
    main()
