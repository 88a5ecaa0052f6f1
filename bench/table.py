#!/usr/bin/env python3
"""Print bench/run.sh's summary table from the hyperfine JSON files of one session.

Usage: table.py RESULTS_DIR SCALE...
Reads sitegen-xN.json, hugo-xN.json (optional), time-xN.txt (peak RSS, from the extra
`/usr/bin/time -v` run that wrote to disk) and papers-xN.txt for each scale, and
jvm-start.json when PROFILE=1 recorded it; prints the last line of live-rebuild.txt and warm-build.txt.
"""
import json
import os
import re
import sys


def medians(path):
    """Median and min per destination ("disk" / "memory"), from a hyperfine --export-json file."""
    if not os.path.exists(path):
        return {}
    with open(path) as f:
        results = json.load(f)["results"]
    return {("memory" if "memory" in r["command"] else "disk"): (r["median"], r["min"]) for r in results}


def peak_rss_mb(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
    return int(m.group(1)) / 1024 if m else None


def papers(path):
    if not os.path.exists(path):
        return "-"
    with open(path) as f:
        return f.read().strip()


def main():
    results, scales = sys.argv[1], sys.argv[2:]
    row = "{:>5} {:>7} {:>7} {:>12} {:>12} {:>9} {:>9} {:>6} {:>7}"
    print(row.format("scale", "papers", "dest", "site-gen med", "site-gen min", "hugo med", "hugo min",
                     "ratio", "RSS MB"))
    for scale in scales:
        sg = medians(os.path.join(results, "sitegen-x%s.json" % scale))
        hg = medians(os.path.join(results, "hugo-x%s.json" % scale))
        count = papers(os.path.join(results, "papers-x%s.txt" % scale))
        rss = peak_rss_mb(os.path.join(results, "time-x%s.txt" % scale))
        for dest in ("disk", "memory"):
            if dest not in sg:
                continue
            s_med, s_min = sg[dest]
            h_med, h_min = hg.get(dest, (None, None))
            fmt = lambda v: "-" if v is None else "%.3f" % v
            ratio = "-" if h_med is None else "%.2f" % (s_med / h_med)
            print(row.format(scale, count, dest, fmt(s_med), fmt(s_min), fmt(h_med), fmt(h_min), ratio,
                             "-" if rss is None or dest == "memory" else "%.0f" % rss))
    for name in ("live-rebuild.txt", "warm-build.txt"):
        path = os.path.join(results, name)
        if os.path.exists(path):
            with open(path) as f:
                lines = f.read().strip().splitlines()
            if lines:
                print(lines[-1])
    start = os.path.join(results, "jvm-start.json")
    if os.path.exists(start):
        with open(start) as f:
            for r in json.load(f)["results"]:
                print("start-up, %s: median %.3f s, min %.3f s" % (r["command"], r["median"], r["min"]))


if __name__ == "__main__":
    main()
