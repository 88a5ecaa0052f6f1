#!/usr/bin/env python3
"""Summarise `jfr print --events jdk.ExecutionSample --stack-depth N FILE` read from stdin.

Prints CPU samples per pipeline stage (the package under dev.sitegen of the innermost site-gen
frame: digest, catalog, text, render, search, site, ...; "(outside site-gen)" when the stack has
no site-gen frame, e.g. JVM start-up or GC), the hottest self frames and the hottest site-gen
frames. The JFR "profile" settings sample running Java threads every 10-20 ms, so a 1 s build
gives only ~100 samples: read the shares, not the exact counts.
"""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
STAGE = re.compile(r"^dev\.sitegen\.(\w+)\.")
TOP = 12


def samples(lines):
    """Yields each sample's frames, innermost first, as 'package.Class.method'."""
    frames, inside = [], False
    for line in lines:
        if line.strip() == "stackTrace = [":
            frames, inside = [], True
        elif inside and line.strip() == "]":
            inside = False
            yield frames
        elif inside:
            m = FRAME.match(line)
            if m:
                frames.append(m.group(1))


def show(title, counter, total):
    print("  " + title)
    for name, n in counter.most_common(TOP):
        print("    %5.1f%%  %5d  %s" % (100.0 * n / total, n, name))


def main():
    stages, self_frames, own_frames = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for frames in samples(sys.stdin):
        if not frames:
            continue
        total += 1
        self_frames[frames[0]] += 1
        own = next((f for f in frames if f.startswith("dev.sitegen.")), None)
        if own is None:
            stages["(outside site-gen)"] += 1
        else:
            own_frames[own] += 1
            m = STAGE.match(own)
            stages[m.group(1) if m else own] += 1
    if total == 0:
        print("  no execution samples (build too short, or recording failed)")
        return
    print("  %d execution samples" % total)
    show("by stage (innermost dev.sitegen frame's package):", stages, total)
    show("hottest self frames:", self_frames, total)
    show("hottest site-gen frames (innermost per sample):", own_frames, total)


if __name__ == "__main__":
    main()
