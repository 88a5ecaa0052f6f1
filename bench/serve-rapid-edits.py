#!/usr/bin/env python3
"""Rapid edits under serve, then serve's site against a fresh build of the same content.

Usage: bench/serve-rapid-edits.py [JAR] [CONTENT_DIR] [EDITS] [GAP_SECONDS]  (defaults: target/site-gen.jar content 50 0.3)
Copies the content to a temporary directory, starts `bin/site-gen serve` with JAR, then saves EDITS edits of
the digest GAP_SECONDS apart, each drawn from three kinds that add and remove folders: a word added to an
abstract (the paper's id and folder change), a tag replaced by a new one (a tag page appears, and one may go)
and a paper deleted. A gap shorter than a rebuild makes serve coalesce saves and read half-written files.
When serve has been quiet for 5 s it is stopped, and its site is compared with `java -jar JAR build` of the
final content: every file's bytes, and folders left empty. Exits 1 if they differ.
"""
import os, random, re, subprocess, sys, time
from live_serve import LiveServe

jar = sys.argv[1] if len(sys.argv) > 1 else "target/site-gen.jar"
source = sys.argv[2] if len(sys.argv) > 2 else "content"
edits = int(sys.argv[3]) if len(sys.argv) > 3 else 50
gap = float(sys.argv[4]) if len(sys.argv) > 4 else 0.3

with LiveServe(jar, source, "serve-rapid-") as serve:
    text = open(serve.digest, encoding="utf-8").read()
    entry_start = re.compile(r"(?m)^[^\n#][^\n]*\n[^\n]*\n#")  # area line, topic line, tag line
    rng = random.Random(7)
    counts = {"abstract": 0, "tag": 0, "delete": 0}
    for i in range(edits):
        kind = rng.choice(sorted(counts))
        if kind == "abstract":
            at = rng.choice([m.end() for m in re.finditer(r"查看完整摘要 \(Abstract\)\n+", text)])
            text = text[:at] + f"Edit{i} " + text[at:]
        elif kind == "tag":
            line = rng.choice(list(re.finditer(r"(?m)^#[^\n]*$", text)))
            tags = line.group(0).split("#")[1:]
            tags[rng.randrange(len(tags))] = f"Rapid Tag {i} "
            text = text[:line.start()] + "#" + "#".join(tags).rstrip() + text[line.end():]
        else:
            starts = [m.start() for m in entry_start.finditer(text)]
            k = rng.randrange(len(starts) - 1)
            text = text[:starts[k]] + text[starts[k + 1]:]
        counts[kind] += 1
        with open(serve.digest, "w", encoding="utf-8") as f:
            f.write(text)
        time.sleep(gap)
    saved = time.monotonic()
    while time.monotonic() - max(serve.last_line, saved) < 5:
        time.sleep(0.2)
    serve.stop()
    rebuilds = sum("rebuilt in " in line for line in serve.log)
    failed = sum("still serving the last good site" in line for line in serve.log)
    print(f"{edits} edits {counts}, {gap} s apart: {rebuilds} rebuilds, {failed} failed (a half-written file)")
    fresh = os.path.join(serve.work, "fresh")
    subprocess.run(["java", "-jar", serve.jar, "build", "--quiet", "--content", serve.content, "--out", fresh],
                   check=True)
    empty = subprocess.run(["find", serve.out, "-type", "d", "-empty"], capture_output=True, text=True).stdout.split()
    differ = subprocess.run(["diff", "-rq", fresh, serve.out], capture_output=True, text=True).stdout
print(f"folders left empty: {len(empty)}", *empty[:5])
print("files differing from a fresh build:", differ.count("\n"))
print(differ[:2000], end="")
sys.exit(1 if empty or differ else 0)
